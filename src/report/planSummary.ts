/**
 * The order of urgency, and the first two lines of every checklist (text and Markdown): the next
 * action, and the counts. With nothing due but an error to act on (an expired permit), the line says so rather than
 * that nothing is due.
 */
import { day, message, quantity, type Text } from '../core/message.js';
import type { Plan, PlanDeadline } from '../rules/plan.js';
import { distance, leftText, statusText } from './calendar/words.js';

/** Most urgent first: what is late, then what is due, then what is coming; met last. */
const URGENCY = ['overdue', 'past-plan-date', 'due-today', 'due-soon', 'upcoming', 'not-yet-open', 'today', 'passed', 'met'];

export function byUrgency(a: PlanDeadline, b: PlanDeadline): number {
  const due = (d: PlanDeadline) => (d.kind === 'due' ? 0 : 1);
  return (
    URGENCY.indexOf(a.status) - URGENCY.indexOf(b.status) ||
    due(a) - due(b) ||
    (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)
  );
}

/** The most urgent due deadline not met, if any. */
export function nextAction(plan: Plan): PlanDeadline | undefined {
  return [...plan.deadlines].filter((d) => d.kind === 'due' && d.status !== 'met').sort(byUrgency)[0];
}

/** The next action (or why there is none) and the counts, as texts in both languages. */
export function summaryTexts(plan: Plan): { next: Text; counts: Text } {
  const errors = plan.warnings.filter((w) => w.severity === 'error').length;
  const warnings = plan.warnings.filter((w) => w.severity === 'warning').length;
  const counts = message('summary.counts', {
    errors: quantity(errors, 'error'),
    warnings: quantity(warnings, 'warning'),
    deadlines: quantity(plan.deadlines.length, 'deadline'),
    asOf: plan.asOf,
  });
  const next = nextAction(plan);
  let line: Text;
  if (!next && errors > 0) line = message('summary.errors-first', { errors: quantity(errors, 'error') });
  else if (!next) line = message(plan.deadlines.some((d) => d.kind === 'due') ? 'summary.all-met' : 'summary.nothing-due');
  else if (next.status === 'overdue') {
    const { n, unit } = distance(next);
    line = message('summary.next-overdue', { action: next.title, legalEnd: day(next.legalEnd), late: quantity(-n, unit) });
  } else if (next.status === 'past-plan-date')
    line = message('summary.next-past-plan', { action: next.title, date: day(next.date), legalEnd: day(next.legalEnd) });
  else line = message('summary.next', { action: next.title, date: day(next.date), status: statusText(next, plan.asOf), left: leftText(next) });
  return { next: line, counts };
}
