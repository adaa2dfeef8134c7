/**
 * The reminder dates of a due deadline: the day N working days before the day to plan by, on the
 * working-day calendar (so a reminder never falls on a public holiday, and a make-up working day
 * (调休上班日) counts as the working day it is).
 */
import { CalendarRangeError, type WorkCalendar } from '../../calendar/workCalendar.js';
import type { IsoDate } from '../../calendar/isoDate.js';
import type { PlanDeadline } from '../../rules/plan.js';
import { isOpenDue } from './words.js';

export interface Reminder {
  /** Working days before the deadline's date (0 = on the day itself). */
  workingDays: number;
  date: IsoDate;
}

/**
 * One reminder per `remind` value, latest first, for a due deadline that is not met. A reminder
 * before the as-of date is left out (it can no longer remind anyone), and so is one the calendar
 * cannot compute.
 *
 * @example
 * // cancel-application due Thu 2025-10-16, counted back across the National Day holiday:
 * reminderDates({ date: '2025-10-16', kind: 'due', status: 'upcoming', … }, [10, 4], cal, '2025-09-26')
 * //=> [{ workingDays: 10, date: '2025-09-26' }, { workingDays: 4, date: '2025-10-11' }]
 * //   (10-01…08 are closed; Sat 10-11 and Sun 09-28 are make-up working days)
 */
export function reminderDates(d: PlanDeadline, remind: readonly number[], calendar: WorkCalendar, asOf: IsoDate): Reminder[] {
  if (!isOpenDue(d)) return [];
  const out: Reminder[] = [];
  for (const n of [...new Set(remind)].sort((a, b) => b - a)) {
    let date: IsoDate;
    try {
      date = n === 0 ? d.date : calendar.addWorkdays(d.date, -n);
    } catch (e) {
      if (e instanceof CalendarRangeError) continue;
      throw e;
    }
    if (date >= asOf) out.push({ workingDays: n, date });
  }
  return out;
}
