import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, fromDayNumber, type IsoDate, toDayNumber } from '../../src/calendar/isoDate.js';
import { shippedCalendar as cal } from '../helpers/calendar.js';

const d = (s: string) => s as IsoDate;
const covered = fc
  .integer({ min: toDayNumber(d('2010-01-01')), max: toDayNumber(d('2026-12-31')) })
  .map((n) => fromDayNumber(n));

/** Day-by-day reference: slow, obviously right, used only to check the index. */
function slowAddWorkdays(from: IsoDate, n: number): IsoDate {
  let day = from;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (cal.isWorkday(day)) left--;
  }
  return day;
}

describe('WorkCalendar', () => {
  it('knows 2010 to 2026', () => {
    expect(cal.coveredYears[0]).toBe(2010);
    expect(cal.coveredYears.at(-1)).toBe(2026);
  });

  it.each([
    ['2026-02-14', true, 'makeup-workday'],
    ['2026-02-28', true, 'makeup-workday'],
    ['2026-02-16', false, 'rest-day'],
    ['2026-02-23', false, 'rest-day'],
    ['2025-09-28', true, 'makeup-workday'],
    ['2025-10-08', false, 'rest-day'],
    ['2026-03-07', false, 'weekend'],
    ['2026-03-09', true, 'workday'],
    ['2020-02-01', false, 'rest-day'],
    ['2027-01-01', true, 'workday'],
  ])('%s is a working day: %s (%s)', (date, work, kind) => {
    expect(cal.isWorkday(d(date))).toBe(work);
    expect(cal.dayKind(d(date))).toBe(kind);
  });

  it.each([
    ['2025-09-26', 10, '2025-10-16'],
    ['2026-02-06', 10, '2026-02-27'],
    ['2026-03-10', 10, '2026-03-24'],
    ['2026-03-14', 10, '2026-03-27'],
    ['2026-10-03', 10, '2026-10-20'],
    ['2026-03-28', 10, '2026-04-13'],
    ['2026-09-14', 10, '2026-09-28'],
    ['2026-04-24', 10, '2026-05-12'],
  ])('10 working days after %s is %s', (from, n, expected) => {
    expect(cal.addWorkdays(d(from), n)).toBe(expected);
  });

  it.each([
    ['2025-09-26', '2025-10-20'],
    ['2026-02-06', '2026-03-02'],
    ['2026-10-03', '2026-10-21'],
  ])('without make-up days, 10 working days after %s is %s (ambiguity A1)', (from, expected) => {
    expect(cal.addWorkdays(d(from), 10, 'not-counted')).toBe(expected);
  });

  it('moves a closed day back to the last working day on or before it', () => {
    expect(cal.lastWorkdayOnOrBefore(d('2026-03-01'))).toBe('2026-02-28');
    expect(cal.lastWorkdayOnOrBefore(d('2026-05-31'))).toBe('2026-05-29');
    expect(cal.lastWorkdayOnOrBefore(d('2026-02-15'))).toBe('2026-02-14');
    expect(cal.firstWorkdayOnOrAfter(d('2026-02-15'))).toBe('2026-02-24');
  });

  it('agrees with a day-by-day count for any date and count', () => {
    fc.assert(
      fc.property(
        covered,
        fc.integer({ min: 1, max: 60 }),
        (from, n) => cal.addWorkdays(from, n) === slowAddWorkdays(from, n),
      ),
      { numRuns: 300 },
    );
  });

  it('lands on a working day, and counting back undoes counting forward', () => {
    fc.assert(
      fc.property(covered, fc.integer({ min: 1, max: 300 }), (from, n) => {
        const to = cal.addWorkdays(from, n);
        return (
          cal.isWorkday(to) &&
          cal.workdaysBetween(from, to) === n &&
          cal.addWorkdays(to, -n) === cal.lastWorkdayOnOrBefore(from)
        );
      }),
    );
  });

  it('counts working days additively', () => {
    fc.assert(
      fc.property(covered, covered, covered, (a, b, c) => {
        return cal.workdaysBetween(a, b) + cal.workdaysBetween(b, c) === cal.workdaysBetween(a, c);
      }),
    );
  });

  it('never finds a working day strictly between a date and its last working day', () => {
    fc.assert(
      fc.property(covered, (day) => {
        const last = cal.lastWorkdayOnOrBefore(day);
        return cal.isWorkday(last) && last <= day && cal.workdaysBetween(last, day) === 0;
      }),
    );
  });

  it('treats provisional years as weekends only and reports them', () => {
    expect(cal.addWorkdays(d('2026-12-30'), 10)).toBe('2027-01-13');
    expect(cal.uncoveredYears(d('2026-12-30'), d('2027-01-13'))).toEqual([2027]);
    expect(cal.uncoveredYears(d('2026-01-01'), d('2026-12-31'))).toEqual([]);
    expect(dayOfWeek(d('2027-01-02'))).toBe(6);
  });

  it('refuses dates it cannot compute even provisionally', () => {
    expect(() => cal.isWorkday(d('2100-01-01'))).toThrow(/outside the dates this calendar can compute/);
  });
});
