/**
 * Where a dated item stands relative to the as-of date. Part of the JSON contract:
 * - `due`: `not-yet-open` (before its window opens), `upcoming`, `due-soon` (within
 *   {@link DUE_SOON_WORKDAYS} working days), `due-today`, `overdue`;
 * - `earliest`, `ends`, `estimate`: `upcoming`, `today`, `passed`.
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import type { DeadlineKind } from './schema.js';

export const DUE_SOON_WORKDAYS = 5;

export type DeadlineStatus =
  | 'not-yet-open'
  | 'upcoming'
  | 'due-soon'
  | 'due-today'
  | 'overdue'
  | 'today'
  | 'passed';

export function deadlineStatus(
  cal: WorkCalendar,
  kind: DeadlineKind,
  date: IsoDate,
  asOf: IsoDate,
  opens?: IsoDate,
): DeadlineStatus {
  if (kind !== 'due') return date > asOf ? 'upcoming' : date === asOf ? 'today' : 'passed';
  if (date < asOf) return 'overdue';
  if (date === asOf) return 'due-today';
  if (opens !== undefined && asOf < opens) return 'not-yet-open';
  return cal.workdaysBetween(asOf, date) <= DUE_SOON_WORKDAYS ? 'due-soon' : 'upcoming';
}
