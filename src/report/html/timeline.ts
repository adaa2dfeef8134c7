/**
 * The timeline of the compliance page: the weeks of the 90 days after the as-of date, and which
 * column a date falls in. Pure date arithmetic on `YYYY-MM-DD`, no clock.
 */
import { addDays, dayOfWeek, type IsoDate } from '../../calendar/isoDate.js';
import type { PlanDeadline } from '../../rules/plan.js';
import type { IconName } from './icons.js';

/** How many days after the as-of date the timeline shows. */
export const TIMELINE_DAYS = 90;

/** One column: the days from `start` to `end`, both included. */
export interface Week {
  start: IsoDate;
  end: IsoDate;
}

/**
 * The weeks from the as-of date to `days` days after it: the first from the as-of date to its
 * Sunday, then Monday to Sunday, the last cut at the final day.
 *
 * @example
 * weeksFrom('2026-12-01', 90)[0] //=> { start: '2026-12-01', end: '2026-12-06' } (a Tuesday to its Sunday)
 * weeksFrom('2026-12-01', 90).at(-1) //=> { start: '2027-03-01', end: '2027-03-01' } (the 90th day, a Monday)
 */
export function weeksFrom(asOf: IsoDate, days: number = TIMELINE_DAYS): Week[] {
  const last = addDays(asOf, days);
  const weeks: Week[] = [];
  let start = asOf;
  while (start <= last) {
    // Sunday is 0: a week ends on the Sunday on or after its start.
    const sunday = addDays(start, (7 - dayOfWeek(start)) % 7);
    const end = sunday < last ? sunday : last;
    weeks.push({ start, end });
    start = addDays(end, 1);
  }
  return weeks;
}

/**
 * Where a date goes: the index of its week, `late` for a date before the as-of date, `after` for
 * one past the last week.
 *
 * @example
 * columnOf('2026-11-30', weeksFrom('2026-12-01')) //=> 'late'
 */
export function columnOf(date: IsoDate, weeks: readonly Week[]): number | 'late' | 'after' {
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last || date < first.start) return 'late';
  if (date > last.end) return 'after';
  return weeks.findIndex((w) => date >= w.start && date <= w.end);
}

/** The colour family of a status; each has its own icon and border, so colour is never alone. */
export type Tone = 'overdue' | 'urgent' | 'soon' | 'upcoming' | 'later' | 'done' | 'other';

export function toneOf(d: Pick<PlanDeadline, 'kind' | 'status'>): Tone {
  switch (d.status) {
    case 'overdue':
      return 'overdue';
    case 'past-plan-date':
    case 'due-today':
      return 'urgent';
    case 'due-soon':
      return 'soon';
    case 'not-yet-open':
      return 'later';
    case 'met':
    case 'passed':
      return 'done';
    case 'today':
      return 'upcoming';
    default:
      return d.kind === 'due' ? 'upcoming' : 'other';
  }
}

/** The icon of a deadline: its status, or for a date that is not a filing, what kind of date it is. */
export function iconOf(d: Pick<PlanDeadline, 'kind' | 'status'>): IconName {
  const tone = toneOf(d);
  if (d.status === 'passed') return 'passed';
  if (tone === 'other' || (tone === 'upcoming' && d.kind !== 'due')) {
    return d.kind === 'earliest' ? 'opens' : d.kind === 'ends' ? 'ends' : d.kind === 'estimate' ? 'estimate' : 'upcoming';
  }
  return tone;
}

/** Statuses that put a deadline in "overdue and due soon". */
export const PRESSING_STATUSES: ReadonlySet<string> = new Set(['overdue', 'past-plan-date', 'due-today', 'due-soon']);
