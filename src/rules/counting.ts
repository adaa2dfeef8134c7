/**
 * Turns a rule's count ("10 working days after the event", "30 calendar days before expiry")
 * into dates on the working-day calendar, with the basis a person can check by hand.
 *
 * A count gives two dates. `legalEnd` is the last day of the period as the law counts it;
 * `date` is the day to plan by. They differ only when a calendar-day period ends on a closed day
 * and the rule moves it back to the last working day before it (offices are closed).
 */
import { addDays, addMonthsClamped, type IsoDate } from '../calendar/isoDate.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { type DayValue, day, list, type Message, message, quantity } from '../core/message.js';
import type { Count } from './format/count.js';

/** The start of a count, resolved: its date and a label saying where that date came from. */
export interface ResolvedStart {
  date: IsoDate;
  label: Message;
}

export interface Counted {
  /** The day to plan by: a working day unless the rule says `roll: none`. */
  date: IsoDate;
  /** The period's own last day; equals `date` unless the date was moved back. */
  legalEnd: IsoDate;
  basis: Message;
  /**
   * The dates whose working-day status the computation looked at, for calendar-coverage checks;
   * absent when it used no calendar at all (a plain calendar-day or month count, `roll: none`).
   */
  span?: [IsoDate, IsoDate];
}

/** A date with what kind of day it is (make-up working day, weekend, holiday), for a basis. */
export function dayValue(cal: WorkCalendar, d: IsoDate): DayValue {
  // A plain date count (a birthday, a certificate's validity) may lie outside the calendar.
  if (!cal.contains(d)) return day(d);
  const holiday = cal.statutoryHoliday(d);
  if (holiday) return day(d, { dayKind: 'rest-day', holiday: holiday.name });
  const kind = cal.dayKind(d);
  return kind === 'workday' ? day(d) : day(d, { dayKind: kind });
}

function roll(cal: WorkCalendar, raw: IsoDate, how: 'back' | 'forward' | 'none', count: Message): Counted {
  const equals = () => message('count.equals', { count, date: dayValue(cal, raw) });
  if (how === 'none') return { date: raw, legalEnd: raw, basis: equals() };
  if (cal.isWorkday(raw)) return { date: raw, legalEnd: raw, basis: equals(), span: [raw, raw] };
  if (how === 'back') {
    const date = cal.lastWorkdayOnOrBefore(raw);
    return {
      date,
      legalEnd: raw,
      basis: message('count.moved-back', { count, raw: dayValue(cal, raw), date: dayValue(cal, date) }),
      span: [date, raw],
    };
  }
  // Rolled forward, the period itself is read as ending on the next working day (Civil Code art. 203).
  const date = cal.firstWorkdayOnOrAfter(raw);
  return {
    date,
    legalEnd: date,
    basis: message('count.moved-forward', { count, raw: dayValue(cal, raw), date: dayValue(cal, date) }),
    span: [raw, date],
  };
}

/**
 * Computes one count from its resolved start.
 *
 * @example
 * applyCount(cal, { 'working-days': 10, after: { fact: 'event-date' } }, start('2025-09-26')).date
 * //=> '2025-10-16' (counts the make-up Sun 09-28 and Sat 10-11, skips 10-01..08)
 */
export function applyCount(cal: WorkCalendar, count: Count, start: ResolvedStart): Counted {
  if ('working-days' in count) {
    const n = count['working-days'];
    const makeup = count['makeup-days'] ?? 'counted';
    const startCounted = count['start-day'] === 'counted';
    // Civil Code art. 201: the day of the event is not counted; the alternative reading counts it as day 1.
    const base = startCounted ? addDays(start.date, -1) : start.date;
    const date = cal.addWorkdays(base, n, makeup);
    const inside = cal.daysOfKind(addDays(base, 1), date, 'makeup-workday');
    const parts: Message[] = [
      message(startCounted ? 'count.working-days-start-counted' : 'count.working-days', {
        n: quantity(n, 'working-day'),
        start: start.label,
      }),
    ];
    if (inside.length > 0) {
      parts.push(
        message(makeup === 'counted' ? 'count.makeup-counted' : 'count.makeup-not-counted', {
          days: list(inside.map((d) => dayValue(cal, d))),
        }),
      );
    }
    return {
      date,
      legalEnd: date,
      basis: message('count.arrow', { count: list(parts, ';'), date: dayValue(cal, date) }),
      span: [start.date, date],
    };
  }
  if ('months' in count || 'years' in count) {
    // Civil Code art. 202: the corresponding day of the final month, or its last day.
    const after = 'after' in count;
    const months = 'months' in count ? count.months : count.years * 12;
    const raw = addMonthsClamped(start.date, after ? months : -months);
    const what = message(after ? 'count.months' : 'count.months-before', {
      n: 'months' in count ? quantity(count.months, 'month') : quantity(count.years, 'year'),
      start: start.label,
    });
    return roll(cal, raw, count.roll, what);
  }
  const n = count['calendar-days'];
  const after = 'after' in count;
  const what = message(after ? 'count.calendar-days-after' : 'count.calendar-days-before', {
    n: quantity(n, 'calendar-day'),
    start: start.label,
  });
  return roll(cal, addDays(start.date, after ? n : -n), count.roll, what);
}
