import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, fromDayNumber, type IsoDate, toDayNumber } from '../../src/calendar/isoDate.js';
import { WorkCalendar } from '../../src/calendar/workCalendar.js';
import { shippedCalendar as cal, shippedStatutory } from '../helpers/calendar.js';

const d = (s: string) => s as IsoDate;
const covered = fc
  // From the first working day of the calendar, so that counting back always finds one.
  .integer({ min: toDayNumber(d('2010-01-04')), max: toDayNumber(d('2026-12-31')) })
  .map((n) => fromDayNumber(n));
/** Any date the calendar computes, published or provisional (the table reaches 2060). */
const anyDay = fc
  .integer({ min: toDayNumber(d('2010-01-04')), max: toDayNumber(d('2060-06-30')) })
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
    ['2027-01-01', false, 'rest-day'],
    ['2027-02-05', false, 'rest-day'],
    ['2027-02-09', true, 'workday'],
    ['2027-02-13', false, 'weekend'],
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

  it('closes the statutory holidays of a provisional year and reports the year', () => {
    // S18: New Year's Day 2027 is closed by law although the 2027 notice is not out yet.
    expect(cal.addWorkdays(d('2026-12-30'), 10)).toBe('2027-01-14');
    expect(cal.addWorkdays(d('2026-12-24'), 10)).toBe('2027-01-08');
    expect(cal.lastWorkdayOnOrBefore(d('2027-01-03'))).toBe('2026-12-31');
    // Spring Festival Eve 2027 (Fri 02-05) and the three days after it are closed.
    expect(cal.lastWorkdayOnOrBefore(d('2027-02-05'))).toBe('2027-02-04');
    expect(cal.firstWorkdayOnOrAfter(d('2027-02-05'))).toBe('2027-02-09');
    expect(cal.statutoryHoliday(d('2027-02-05'))).toEqual({
      id: 'spring-festival-eve',
      name: { en: 'Spring Festival Eve', zh: '除夕' },
    });
    expect(cal.statutoryHoliday(d('2026-02-16'))).toBeUndefined();
    expect(cal.uncoveredYears(d('2026-12-30'), d('2027-01-13'))).toEqual([2027]);
    expect(cal.uncoveredYears(d('2026-01-01'), d('2026-12-31'))).toEqual([]);
    expect(dayOfWeek(d('2027-01-02'))).toBe(6);
  });

  it('closes every statutory holiday of every provisional year, and no weekday else', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber(d('2027-01-01')), max: toDayNumber(d('2060-12-31')) }).map(fromDayNumber),
        (day) => {
          const weekend = dayOfWeek(day) === 0 || dayOfWeek(day) === 6;
          const holiday = cal.statutoryHoliday(day) !== undefined;
          return cal.isWorkday(day) === (!weekend && !holiday) && cal.dayKind(day) !== 'makeup-workday';
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('lands on a working day across provisional years too', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 60 }), (from, n) => {
        const to = cal.addWorkdays(from, n);
        return cal.isWorkday(to) && cal.workdaysBetween(from, to) === n;
      }),
    );
  });

  it('lets a published year replace the provisional one entirely', () => {
    const published = {
      year: 2027,
      off: [d('2027-01-01'), d('2027-01-02'), d('2027-01-03')],
      work: [d('2027-01-09')],
      notice: { title: 'test', urls: [] },
    };
    const withOverlay = new WorkCalendar([published], shippedStatutory);
    expect(withOverlay.isWorkday(d('2027-02-05'))).toBe(true);
    expect(withOverlay.isWorkday(d('2027-01-09'))).toBe(true);
    expect(withOverlay.statutoryHoliday(d('2027-01-01'))).toBeUndefined();
    expect(withOverlay.uncoveredYears(d('2027-01-01'), d('2027-12-31'))).toEqual([]);
    expect(withOverlay.isWorkday(d('2028-01-26'))).toBe(false);
  });

  it('refuses dates it cannot compute even provisionally, naming its span', () => {
    expect(() => cal.isWorkday(d('2061-01-01'))).toThrow(
      /2061-01-01 is outside the dates this calendar can compute \(2010-01-01 to 2060-12-31\)/,
    );
    expect(() => cal.isWorkday(d('2009-12-31'))).toThrow(/\(2010-01-01 to 2060-12-31\)/);
  });
});
