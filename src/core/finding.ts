/**
 * One finding type for everything permit reports about a case: rule warnings, deadline and
 * document checks, schema problems of a case file, waivers. Shaped like ESLint's lint message:
 * a rule id, a severity, a message by id with its data, and where it points.
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { Text } from './message.js';
import type { ResolvedCitation } from '../sources/registry.js';

/** `error` fails a CI run; `warning` will become an error; `notice` is for information. */
export type Severity = 'error' | 'warning' | 'notice';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/** The date facts of a finding about a deadline, so every format can show them. */
export interface FindingDue {
  /** The day to plan by. */
  date: IsoDate;
  /** The last day of the legal period. */
  legalEnd: IsoDate;
  daysLeft: number;
  workingDaysLeft?: number;
  basis: Text;
}

/** How a waiver applies to a finding (validate). */
export interface FindingWaiver {
  reason: string;
  approvedBy: string;
  expires: IsoDate;
}

export interface Finding {
  /** Stable id: a core rule (`deadline-overdue`) or a rule file's warning (`cancel/cancellation-overdue`). */
  ruleId: string;
  severity: Severity;
  message: Text;
  /** What to do about it, where the message alone does not say. */
  action?: Text;
  /** The case file it concerns, and the node in it (1-based). */
  file?: string;
  line?: number;
  column?: number;
  caseId?: string;
  procedure?: string;
  /** The document, deadline or fact id the finding is about. */
  target?: string;
  source?: ResolvedCitation;
  seeAlso?: readonly ResolvedCitation[];
  /** The rule file line that defines it (`cancel.yaml:285`), for rule warnings. */
  rule?: string;
  /** Why it applies: the deciding comparisons. */
  why?: readonly Text[];
  due?: FindingDue;
  /** Set when a waiver covers the finding; it is still counted and listed. */
  waived?: FindingWaiver;
}

/** Orders findings most serious first: errors, then warnings, then notices; stable otherwise. */
export function bySeverity(a: Finding, b: Finding): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
}
