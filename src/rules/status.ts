/**
 * Where a dated item stands relative to the as-of date. Part of the JSON contract:
 * - `due`: `met` (submitted or done in time), `not-yet-open` (before its window opens),
 *   `upcoming`, `due-soon` (within `warnWithin` working days), `due-today`, `past-plan-date`
 *   (after the day to plan by, but the legal period still runs), `overdue` (after the legal end);
 * - `earliest`, `ends`, `estimate`: `met`, `upcoming`, `today`, `passed`.
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import type { DeadlineStatus } from './format/condition.js';
import type { DeadlineKind } from './format/items.js';

/** The default of `--warn-within`: a due date this many working days ahead is due soon. */
export const DUE_SOON_WORKDAYS = 5;

export interface StatusInput {
  kind: DeadlineKind;
  date: IsoDate;
  legalEnd: IsoDate;
  opens?: IsoDate | undefined;
  met: boolean;
  asOf: IsoDate;
  warnWithin: number;
}

/**
 * @example
 * deadlineStatus(cal, { kind: 'due', date: '2026-02-14', legalEnd: '2026-02-23', met: false, asOf: '2026-02-16', warnWithin: 5 })
 * //=> 'past-plan-date' (the 30th day before expiry falls in the Spring Festival closure)
 */
export function deadlineStatus(cal: WorkCalendar, s: StatusInput): DeadlineStatus {
  if (s.met) return 'met';
  if (s.kind !== 'due') return s.date > s.asOf ? 'upcoming' : s.date === s.asOf ? 'today' : 'passed';
  if (s.asOf > s.legalEnd) return 'overdue';
  if (s.asOf > s.date) return 'past-plan-date';
  if (s.asOf === s.date) return 'due-today';
  if (s.opens !== undefined && s.asOf < s.opens) return 'not-yet-open';
  return cal.workdaysBetween(s.asOf, s.date) <= s.warnWithin ? 'due-soon' : 'upcoming';
}
