/**
 * A plan: what one procedure requires of one case on an as-of date. The evaluator's output and
 * every report's input; `permit check --format json` writes it as the `permit/plan@1` contract.
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { Finding } from '../core/finding.js';
import type { Message, Text } from '../core/message.js';
import type { Bilingual } from '../core/vocabulary.js';
import type { ResolvedCitation } from '../sources/registry.js';
import type { FactValue } from './conditions.js';
import type { DeadlineStatus } from './format/condition.js';
import type { DeadlineKind } from './format/items.js';

export interface PlanItem {
  id: string;
  /** `cancel.yaml:285`: the rule file (relative to its folder) and line that defines the item. */
  rule: string;
  source: ResolvedCitation;
  seeAlso?: readonly ResolvedCitation[];
  /** Why the item applies: the deciding fact comparisons (empty = applies to every case). */
  why: readonly Message[];
}

/** A note of an item whose condition holds. */
export interface PlanNote {
  id: string;
  text: Bilingual;
}

/** How long a document stays usable, and whether it still is on the day it is tested. */
export interface PlanValidity {
  /** The last day it may be used (issued + N months, or expiry − N months). */
  lastValidDay: IsoDate;
  /** The day it is tested on: the submission date, else the as-of date. */
  testedOn: IsoDate;
  stale: boolean;
  basis: Message;
}

export interface PlanDocument extends PlanItem {
  title: Bilingual;
  notes: readonly PlanNote[];
  /** Present when the document has a validity rule and the dates it needs are known. */
  validity?: PlanValidity;
}

export interface PlanAlternative {
  id: string;
  reading: Bilingual;
  date: IsoDate;
  basis: Message;
  source: ResolvedCitation;
  /** Years without a published holiday arrangement that this date was computed across. */
  provisionalYears: readonly number[];
}

/** How a deadline was met: a submission (a `met-by` fact) or a date recorded as done. */
export interface PlanMet {
  on: IsoDate;
  by: 'fact' | 'done';
  /** The fact that met it, for `by: fact`. */
  fact?: string;
}

export interface PlanDeadline extends PlanItem {
  kind: DeadlineKind;
  title: Bilingual;
  /** The day to plan by (what the table shows). */
  date: IsoDate;
  /** The last day of the period as the law counts it; later than `date` only when moved back. */
  legalEnd: IsoDate;
  opens?: IsoDate;
  basis: Message;
  status: DeadlineStatus;
  met?: PlanMet;
  /** Calendar and working days from the as-of date to `date` (negative once it has passed). */
  daysLeft: number;
  /** Absent when `date` lies outside the calendar (a far birthday, say). */
  workingDaysLeft?: number;
  /** Filed online: a filing before `legalEnd` is possible even when offices are closed. */
  online: boolean;
  notes: readonly PlanNote[];
  /** Other readings of the law that give a different date, stated beside the default. */
  alternatives: readonly PlanAlternative[];
  /** Years without a published arrangement that the date, `opens` or an alternative crossed. */
  provisionalYears: readonly number[];
}

export interface PlanStep extends PlanItem {
  title: Bilingual;
  notes: readonly PlanNote[];
  deadline?: string;
}

/** A default or a planned date used where the case gave nothing. */
export interface Assumption {
  fact: string;
  value: FactValue;
  /** `default`: the fact's default; `planned`: a date the plan assumed (e.g. a notice published today). */
  kind: 'default' | 'planned';
  text: Text;
}

/** A fact the plan needs but does not have, and the items it would decide. */
export interface OpenQuestion {
  fact: string;
  affects: readonly string[];
}

export interface Plan {
  procedure: string;
  title: Bilingual;
  asOf: IsoDate;
  /** The facts used, defaults included; facts found invalid are left out (see `warnings`). */
  facts: Readonly<Record<string, FactValue>>;
  assumptions: readonly Assumption[];
  documents: readonly PlanDocument[];
  deadlines: readonly PlanDeadline[];
  steps: readonly PlanStep[];
  /** The rule file's warnings that apply, and the engine's own findings about the plan. */
  warnings: readonly Finding[];
  /** Facts still unknown whose answers could change the plan; empty when the plan is complete. */
  openQuestions: readonly OpenQuestion[];
}
