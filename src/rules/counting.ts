/**
 * Turns a rule's count ("10 working days after the event", "30 calendar days before expiry")
 * into a date on the working-day calendar, with the basis a person can check by hand.
 */
import { addDays, addMonthsClamped, type IsoDate, weekdayName } from '../calendar/isoDate.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import type { Count } from './schema.js';

/** The start of a count, resolved: its date and a label saying where that date came from. */
export interface ResolvedStart {
  date: IsoDate;
  label: string;
}

export interface Counted {
  date: IsoDate;
  basis: string;
  /**
   * The dates whose working-day status the computation looked at, for calendar-coverage checks;
   * absent when it used no calendar at all (a plain calendar-day or month count, `roll: none`).
   */
  span?: [IsoDate, IsoDate];
}

/** `2026-02-28 (Sat, make-up working day)`: a date with what kind of day it is. */
export function describeDay(cal: WorkCalendar, d: IsoDate): string {
  // A plain date count (a birthday, a certificate's validity) may lie outside the calendar.
  if (!cal.contains(d)) return `${d} (${weekdayName(d)})`;
  const kind = cal.dayKind(d);
  const what =
    kind === 'makeup-workday'
      ? ', make-up working day'
      : kind === 'rest-day'
        ? ', public holiday'
        : kind === 'weekend'
          ? ', weekend'
          : '';
  return `${d} (${weekdayName(d)}${what})`;
}

function roll(cal: WorkCalendar, raw: IsoDate, how: 'back' | 'forward' | 'none', what: string): Counted {
  if (how === 'none') return { date: raw, basis: `${what} = ${describeDay(cal, raw)}` };
  if (cal.isWorkday(raw)) return { date: raw, basis: `${what} = ${describeDay(cal, raw)}`, span: [raw, raw] };
  const date = how === 'back' ? cal.lastWorkdayOnOrBefore(raw) : cal.firstWorkdayOnOrAfter(raw);
  const moved =
    how === 'back'
      ? 'offices are closed, so the date is moved back to the last working day on or before it'
      : 'moved forward to the next working day';
  return {
    date,
    basis: `${what} = ${describeDay(cal, raw)}, not a working day; ${moved}: ${describeDay(cal, date)}`,
    span: how === 'back' ? [date, raw] : [raw, date],
  };
}

/**
 * Computes one count from its resolved start.
 *
 * @example
 * applyCount(cal, { 'working-days': 10, after: { fact: 'event-date' } }, { date: '2025-09-26', label: 'event-date' }).date
 * //=> '2025-10-16'
 */
export function applyCount(cal: WorkCalendar, count: Count, start: ResolvedStart): Counted {
  const from = `${start.label} ${start.date}`;
  if ('working-days' in count) {
    const n = count['working-days'];
    const makeup = count['makeup-days'] ?? 'counted';
    const startCounted = count['start-day'] === 'counted';
    // Civil Code art. 201: the day of the event is not counted; the alternative reading counts it as day 1.
    const base = startCounted ? addDays(start.date, -1) : start.date;
    const date = cal.addWorkdays(base, n, makeup);
    const inside = cal.daysOfKind(addDays(base, 1), date, 'makeup-workday');
    const parts = [
      startCounted
        ? `${n} working days counting ${from} itself as day 1`
        : `${n} working days after ${from}, the start day not counted (Civil Code art. 201)`,
    ];
    if (inside.length > 0) {
      parts.push(
        makeup === 'counted'
          ? `make-up working days counted: ${inside.map((d) => describeDay(cal, d)).join(', ')}`
          : `make-up working days not counted: ${inside.join(', ')}`,
      );
    }
    return { date, basis: `${parts.join('; ')} → ${describeDay(cal, date)}`, span: [start.date, date] };
  }
  if ('months' in count) {
    // Civil Code art. 202: the corresponding day of the final month, or its last day.
    const raw = addMonthsClamped(start.date, count.months);
    return roll(cal, raw, count.roll, `${count.months} months after ${from} (Civil Code art. 202)`);
  }
  const n = count['calendar-days'];
  if ('after' in count) {
    return roll(cal, addDays(start.date, n), count.roll, `${n} calendar days after ${from}`);
  }
  return roll(cal, addDays(start.date, -n), count.roll, `${n} calendar days before ${from}`);
}
