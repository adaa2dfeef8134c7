/**
 * `permit check --format ics`: the plan's deadlines as a calendar file, with reminders N working
 * days before each due date (`--remind`, default 10,5,1). See ../calendar/ics.ts.
 */
import { createHash } from 'node:crypto';
import { message } from '../../core/message.js';
import type { Plan } from '../../rules/plan.js';
import { buildIcs } from '../calendar/ics.js';
import type { PlanFormatter } from './formats.js';

/**
 * The case part of the UIDs when the plan came from flags, not a case file: a digest of the
 * procedure and the facts, so two employees' plans never share an event. Only a case file's id
 * keeps the UIDs when a fact is corrected (use `--case`).
 */
export function anonymousCaseId(plan: Plan): string {
  const facts = Object.entries(plan.facts)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${String(v)}`);
  return `plan-${createHash('sha256').update([plan.procedure, ...facts].join('\n')).digest('hex').slice(0, 12)}`;
}

export const planToIcs: PlanFormatter = (report, opts) => {
  const { plan } = report;
  const caseId = report.caseId ?? anonymousCaseId(plan);
  return buildIcs(
    plan.deadlines.map((deadline) => ({
      key: `${caseId}.${plan.procedure}.${deadline.id}`,
      procedure: plan.procedure,
      deadline,
      ...(report.caseId ? { who: report.caseId, caseLine: report.caseId } : {}),
    })),
    {
      lang: opts.lang,
      version: report.context.version,
      asOf: plan.asOf,
      name: message('calendar.name-plan', { title: plan.title }),
      remind: opts.remind,
      calendar: report.calendar,
    },
  );
};
