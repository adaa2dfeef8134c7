/**
 * The formats of `permit check` (one plan), each loaded only when chosen; `--format` choices
 * come from here.
 */
import type { WorkCalendar } from '../../calendar/workCalendar.js';
import type { Finding } from '../../core/finding.js';
import type { LangChoice } from '../../core/vocabulary.js';
import type { Plan } from '../../rules/plan.js';
import type { PlanContext } from '../planJson.js';

export interface PlanFormatOptions {
  lang: LangChoice;
  color: boolean;
  width: number;
  brief: boolean;
  explain: boolean;
  /** Working days before each due date to remind (calendar formats). */
  remind: readonly number[];
}

export interface PlanReport {
  plan: Plan;
  context: PlanContext;
  /** Where to file, rendered as text (only for the text format). */
  whereText?: (opts: { color: boolean; lang: LangChoice; width: number }) => string;
  /** The case the plan belongs to (calendar UIDs), when it came from a case file. */
  caseId?: string;
  /** Documents the case file marks ready (check --case): ticked in the checklist. */
  documentsReady?: ReadonlySet<string>;
  /** Findings of the case beyond the plan's own (deadline-overdue, document-missing…). */
  findings?: readonly Finding[];
  /** The working-day calendar the plan was computed on (the ics format places reminders on it). */
  calendar?: WorkCalendar;
}

export type PlanFormatter = (report: PlanReport, opts: PlanFormatOptions) => string;

export const PLAN_FORMATS: Record<string, () => Promise<PlanFormatter>> = {
  text: async () => {
    const { planToText } = await import('../planText.js');
    return (r, o) => planToText(r.plan, o, { ...(r.whereText ? { where: r.whereText(o) } : {}), ...(r.documentsReady ? { documentsReady: r.documentsReady } : {}) });
  },
  json: async () => {
    const { planToJson } = await import('../planJson.js');
    return (r) => `${JSON.stringify(planToJson(r.plan, r.context), null, 2)}\n`;
  },
  markdown: async () => (await import('./markdown.js')).planToMarkdown,
  ics: async () => (await import('./ics.js')).planToIcs,
};
