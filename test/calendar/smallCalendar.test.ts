/**
 * WorkCalendar on a small hand-made calendar (one published year, two provisional ones), built
 * inside the tests, so every answer of its prefix index can be checked against a day-by-day
 * reading of the same data, including at the very edges of its span.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, fromDayNumber, type IsoDate, toDayNumber } from '../../src/calendar/isoDate.js';
import {
  type CalendarYear,
  CalendarRangeError,
  type DayKind,
  type MakeupDays,
  type StatutoryHolidays,
  WorkCalendar,
} from '../../src/calendar/workCalendar.js';

const d = (s: string) => s as IsoDate;

// 2026-01-01 Thu and 01-02 Fri are rest days, Sun 01-04 a make-up working day, so the first
// working day of the span is 01-04 (01-05 without make-up days); Sat 10-10 is a make-up day too.
const published: CalendarYear = {
  year: 2026,
  off: [d('2026-01-01'), d('2026-01-02'), d('2026-10-01'), d('2026-10-02'), d('2026-10-05')],
  work: [d('2026-01-04'), d('2026-10-10')],
  notice: { title: 'test notice', urls: [] },
};
const statutory: StatutoryHolidays = {
  names: { 'new-year': { en: "New Year's Day", zh: '元旦' }, eve: { en: 'Spring Festival Eve', zh: '除夕' } },
  years: new Map([
    [2027, [{ date: d('2027-01-01'), holiday: 'new-year' }, { date: d('2027-02-05'), holiday: 'eve' }]],
    // An id the names table lacks: the calendar still closes the day and names it by its id.
    [2028, [{ date: d('2028-01-03'), holiday: 'unnamed' }, { date: d('2028-12-29'), holiday: 'new-year' }]],
  ]),
};
// Built afresh for every test, inside it: a mutation test then runs every test of this file
// against a change to the constructor, not only the tests that build a calendar themselves.
const build = () => new WorkCalendar([published], statutory);
let cal: WorkCalendar;
beforeEach(() => {
  cal = build();
});

const FIRST = d('2026-01-01');
const LAST = d('2028-12-31');
const holidayDates = new Map([...statutory.years.values()].flat().map((h) => [h.date, h.holiday]));

/** The day-by-day reading of the data above: obviously right, and slow. */
function readKind(day: IsoDate): DayKind {
  if (published.work.includes(day)) return 'makeup-workday';
  if (published.off.includes(day) || holidayDates.has(day)) return 'rest-day';
  return dayOfWeek(day) === 0 || dayOfWeek(day) === 6 ? 'weekend' : 'workday';
}
const allDays: IsoDate[] = [];
for (let day = FIRST; day <= LAST; day = addDays(day, 1)) allDays.push(day);
const kinds = new Map(allDays.map((day) => [day, readKind(day)]));
const kindOf = (day: IsoDate) => kinds.get(day) as DayKind;
function works(day: IsoDate, makeup: MakeupDays): boolean {
  const k = kindOf(day);
  return k === 'workday' || (k === 'makeup-workday' && makeup === 'counted');
}
function slowAdd(from: IsoDate, n: number, makeup: MakeupDays): IsoDate | undefined {
  let day = from;
  for (let left = Math.abs(n); left > 0; ) {
    day = addDays(day, Math.sign(n));
    if (day < FIRST || day > LAST) return undefined;
    if (works(day, makeup)) left--;
  }
  return day;
}
/** Working days in (a, b], counted one day at a time (negative when b is earlier). */
function slowBetween(a: IsoDate, b: IsoDate, makeup: MakeupDays): number {
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let n = 0;
  for (let day = addDays(lo, 1); day <= hi; day = addDays(day, 1)) if (works(day, makeup)) n++;
  return sign * n || 0; // never -0: toBe compares with Object.is
}
function slowSearch(from: IsoDate, step: 1 | -1, makeup: MakeupDays): IsoDate | undefined {
  for (let day = from; day >= FIRST && day <= LAST; day = addDays(day, step)) if (works(day, makeup)) return day;
  return undefined;
}

const inSpan = fc.integer({ min: toDayNumber(FIRST), max: toDayNumber(LAST) }).map((n) => fromDayNumber(n));
const makeup = fc.constantFrom<MakeupDays>('counted', 'not-counted');

describe('a calendar built from one published year and a statutory table', () => {
  it('spans the published years and the statutory ones, and covers only the published', () => {
    expect(cal.spanStart).toBe('2026-01-01');
    expect(cal.spanEnd).toBe('2028-12-31');
    expect(cal.coveredYears).toEqual([2026]);
  });

  it('classifies every day of its span as the data says', () => {
    const wrong = allDays.filter(
      (day) =>
        cal.dayKind(day) !== kindOf(day) ||
        cal.isWorkday(day) !== works(day, 'counted') ||
        cal.isWorkday(day, 'not-counted') !== works(day, 'not-counted'),
    );
    expect(wrong).toEqual([]);
  });

  it.each([
    ['2026-01-01', 'rest-day'],
    ['2026-01-03', 'weekend'],
    ['2026-01-04', 'makeup-workday'],
    ['2026-01-05', 'workday'],
    ['2026-10-10', 'makeup-workday'],
    ['2027-01-01', 'rest-day'],
    ['2027-01-02', 'weekend'],
    ['2027-01-04', 'workday'],
    ['2028-01-03', 'rest-day'],
    ['2028-12-31', 'weekend'],
  ])('%s is a %s', (day, kind) => {
    expect(cal.dayKind(d(day))).toBe(kind);
  });

  it('counts working days forward and back as a day-by-day count does, in both readings', () => {
    fc.assert(
      fc.property(inSpan, fc.integer({ min: -40, max: 40 }), makeup, (from, n, m) => {
        const want = slowAdd(from, n, m);
        if (want === undefined) expect(() => cal.addWorkdays(from, n, m)).toThrow(CalendarRangeError);
        else expect(cal.addWorkdays(from, n, m)).toBe(want);
      }),
      { numRuns: 400 },
    );
  });

  it('returns the date itself for zero working days, even on a closed day', () => {
    expect(cal.addWorkdays(d('2026-01-03'), 0)).toBe('2026-01-03');
    expect(cal.addWorkdays(d('2027-01-01'), 0)).toBe('2027-01-01');
  });

  it('counts back from a closed day without counting the day itself', () => {
    // From Sat 2026-10-03: Wed 09-30 is the first working day back (10-01, 10-02 are rest days).
    expect(cal.addWorkdays(d('2026-10-03'), -1)).toBe('2026-09-30');
    expect(cal.addWorkdays(d('2026-10-03'), -2)).toBe('2026-09-29');
    expect(cal.addWorkdays(d('2026-10-06'), -1)).toBe('2026-09-30');
  });

  it('counts make-up working days only in the reading that counts them', () => {
    expect(cal.addWorkdays(d('2026-10-09'), 1)).toBe('2026-10-10');
    expect(cal.addWorkdays(d('2026-10-09'), 1, 'not-counted')).toBe('2026-10-12');
    expect(cal.addWorkdays(d('2026-10-12'), -1)).toBe('2026-10-10');
    expect(cal.addWorkdays(d('2026-10-12'), -1, 'not-counted')).toBe('2026-10-09');
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => cal.addWorkdays(d('2026-03-02'), 1.5)).toThrow(new RangeError('working days must be a whole number, got 1.5'));
    expect(() => cal.addWorkdays(d('2026-03-02'), Number.NaN)).toThrow(/whole number, got NaN/);
  });

  it('counts up to the last working day of the span and refuses one more', () => {
    const lastWorkday = d('2028-12-28'); // Fri 12-29 is closed by the table, 12-30/31 a weekend
    const n = slowBetween(d('2028-12-01'), lastWorkday, 'counted');
    expect(cal.addWorkdays(d('2028-12-01'), n)).toBe(lastWorkday);
    expect(() => cal.addWorkdays(d('2028-12-01'), n + 1)).toThrow(
      new CalendarRangeError(`${n + 1} working days from 2028-12-01 falls outside 2026-01-01 to 2028-12-31`),
    );
  });

  it('counts back to the first working day of the span and refuses one more', () => {
    expect(cal.addWorkdays(d('2026-01-06'), -2)).toBe('2026-01-04');
    expect(() => cal.addWorkdays(d('2026-01-06'), -3)).toThrow(
      new CalendarRangeError('-3 working days from 2026-01-06 falls outside 2026-01-01 to 2028-12-31'),
    );
    expect(cal.addWorkdays(d('2026-01-06'), -1, 'not-counted')).toBe('2026-01-05');
    expect(() => cal.addWorkdays(d('2026-01-06'), -2, 'not-counted')).toThrow(CalendarRangeError);
  });

  it('finds the last working day on or before, and the first on or after, any day', () => {
    fc.assert(
      fc.property(inSpan, makeup, (day, m) => {
        const before = slowSearch(day, -1, m);
        const after = slowSearch(day, 1, m);
        if (before === undefined) expect(() => cal.lastWorkdayOnOrBefore(day, m)).toThrow(CalendarRangeError);
        else expect(cal.lastWorkdayOnOrBefore(day, m)).toBe(before);
        if (after === undefined) expect(() => cal.firstWorkdayOnOrAfter(day, m)).toThrow(CalendarRangeError);
        else expect(cal.firstWorkdayOnOrAfter(day, m)).toBe(after);
      }),
      { numRuns: 300 },
    );
  });

  it('takes make-up working days as working days unless told otherwise', () => {
    expect(cal.firstWorkdayOnOrAfter(d('2026-01-01'))).toBe('2026-01-04');
    expect(cal.firstWorkdayOnOrAfter(d('2026-01-01'), 'not-counted')).toBe('2026-01-05');
    expect(cal.lastWorkdayOnOrBefore(d('2026-10-11'))).toBe('2026-10-10');
    expect(cal.lastWorkdayOnOrBefore(d('2026-10-11'), 'not-counted')).toBe('2026-10-09');
    expect(cal.isWorkday(d('2026-01-04'))).toBe(true);
    expect(cal.workdaysBetween(d('2026-01-01'), d('2026-01-05'))).toBe(2);
  });

  it('says when there is no working day before or after a date', () => {
    expect(() => cal.lastWorkdayOnOrBefore(d('2026-01-03'))).toThrow(
      new CalendarRangeError('no working day on or before 2026-01-03 in this calendar'),
    );
    expect(() => cal.firstWorkdayOnOrAfter(d('2028-12-29'))).toThrow(
      new CalendarRangeError('no working day on or after 2028-12-29 in this calendar'),
    );
  });

  it('counts working days between two dates as a day-by-day count does', () => {
    fc.assert(
      fc.property(inSpan, inSpan, makeup, (a, b, m) => {
        expect(cal.workdaysBetween(a, b, m)).toBe(slowBetween(a, b, m));
      }),
      { numRuns: 100 },
    );
  });

  it('lists the days of a kind in a range, both ends included', () => {
    expect(cal.daysOfKind(d('2026-01-01'), d('2026-01-04'), 'rest-day')).toEqual(['2026-01-01', '2026-01-02']);
    expect(cal.daysOfKind(d('2026-01-02'), d('2026-01-04'), 'makeup-workday')).toEqual(['2026-01-04']);
    expect(cal.daysOfKind(d('2026-01-04'), d('2026-01-04'), 'makeup-workday')).toEqual(['2026-01-04']);
    expect(cal.daysOfKind(d('2026-01-05'), d('2026-01-09'), 'workday')).toEqual([
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
    ]);
    expect(cal.daysOfKind(d('2026-01-05'), d('2026-01-09'), 'weekend')).toEqual([]);
    expect(cal.daysOfKind(d('2026-01-05'), d('2026-01-04'), 'workday')).toEqual([]);
    fc.assert(
      fc.property(inSpan, fc.integer({ min: 0, max: 60 }), fc.constantFrom<DayKind>('workday', 'makeup-workday', 'weekend', 'rest-day'), (from, len, kind) => {
        const to = addDays(from, len) > LAST ? LAST : addDays(from, len);
        expect(cal.daysOfKind(from, to, kind)).toEqual(allDays.filter((x) => x >= from && x <= to && kindOf(x) === kind));
      }),
      { numRuns: 100 },
    );
  });

  it('names the statutory holidays of provisional years, by id when the table has no name', () => {
    expect(cal.statutoryHoliday(d('2027-02-05'))).toEqual({ id: 'eve', name: { en: 'Spring Festival Eve', zh: '除夕' } });
    expect(cal.statutoryHoliday(d('2028-01-03'))).toEqual({ id: 'unnamed', name: { en: 'unnamed', zh: 'unnamed' } });
    expect(cal.statutoryHoliday(d('2026-01-01'))).toBeUndefined();
    expect(cal.statutoryHoliday(d('2027-01-04'))).toBeUndefined();
    expect(cal.statutoryHolidaysBetween(d('2026-12-01'), d('2028-01-03'))).toEqual([
      { date: '2027-01-01', name: { en: "New Year's Day", zh: '元旦' } },
      { date: '2027-02-05', name: { en: 'Spring Festival Eve', zh: '除夕' } },
      { date: '2028-01-03', name: { en: 'unnamed', zh: 'unnamed' } },
    ]);
    expect(cal.statutoryHolidaysBetween(d('2027-01-01'), d('2027-01-01'))).toEqual([
      { date: '2027-01-01', name: { en: "New Year's Day", zh: '元旦' } },
    ]);
    expect(cal.statutoryHolidaysBetween(d('2027-01-02'), d('2027-02-04'))).toEqual([]);
  });

  it('finds the statutory holidays of any span as walking it day by day would', () => {
    fc.assert(
      fc.property(inSpan, inSpan, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const walked: { date: IsoDate; name: unknown }[] = [];
        for (let day = from; day <= to; day = addDays(day, 1)) {
          const h = cal.statutoryHoliday(day);
          if (h) walked.push({ date: day, name: h.name });
        }
        expect(cal.statutoryHolidaysBetween(from, to)).toEqual(walked);
      }),
      { numRuns: 200 },
    );
    expect(() => cal.statutoryHolidaysBetween(d('2025-12-31'), d('2026-01-02'))).toThrow(/outside the dates/);
  });

  it('knows the edges of what it can compute', () => {
    expect(cal.contains(FIRST)).toBe(true);
    expect(cal.contains(LAST)).toBe(true);
    expect(cal.contains(d('2025-12-31'))).toBe(false);
    expect(cal.contains(d('2029-01-01'))).toBe(false);
    expect(cal.dayKind(FIRST)).toBe('rest-day');
    expect(cal.dayKind(LAST)).toBe('weekend');
    expect(cal.workdaysBetween(FIRST, LAST)).toBe(slowBetween(FIRST, LAST, 'counted'));
    for (const outside of ['2025-12-31', '2029-01-01']) {
      expect(() => cal.dayKind(d(outside))).toThrow(
        new CalendarRangeError(`${outside} is outside the dates this calendar can compute (2026-01-01 to 2028-12-31)`),
      );
    }
  });

  it('throws errors named CalendarRangeError, which are RangeErrors', () => {
    let caught: unknown;
    try {
      cal.dayKind(d('2029-01-01'));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CalendarRangeError);
    expect(caught).toBeInstanceOf(RangeError);
    expect((caught as Error).name).toBe('CalendarRangeError');
  });

  it('names the uncovered years between two dates in either order', () => {
    expect(cal.uncoveredYears(d('2026-05-01'), d('2028-02-01'))).toEqual([2027, 2028]);
    expect(cal.uncoveredYears(d('2028-02-01'), d('2026-05-01'))).toEqual([2027, 2028]);
    expect(cal.uncoveredYears(d('2027-03-01'), d('2027-03-01'))).toEqual([2027]);
    expect(cal.uncoveredYears(d('2026-03-01'), d('2026-12-31'))).toEqual([]);
  });
});

describe('building a calendar', () => {
  it('needs at least one published year', () => {
    expect(() => new WorkCalendar([], statutory)).toThrow(new Error('a calendar needs at least one published year'));
  });

  it('orders the published years and spans them even without a statutory table', () => {
    const year = (y: number): CalendarYear => ({ year: y, off: [], work: [], notice: { title: 't', urls: [] } });
    const c = new WorkCalendar([year(2025), year(2023), year(2024)]);
    expect(c.coveredYears).toEqual([2023, 2024, 2025]);
    expect([c.spanStart, c.spanEnd]).toEqual(['2023-01-01', '2025-12-31']);
    expect(c.uncoveredYears(d('2023-01-01'), d('2025-12-31'))).toEqual([]);
    // With nothing declared, exactly Monday to Friday are working days.
    expect(c.daysOfKind(d('2024-02-26'), d('2024-03-04'), 'weekend')).toEqual(['2024-03-02', '2024-03-03']);
    expect(c.workdaysBetween(d('2023-01-01'), d('2025-12-31'))).toBe(783);
    expect(c.statutoryHolidaysBetween(d('2023-01-01'), d('2025-12-31'))).toEqual([]);
  });

  it('lets the last of two arrangements for one year win', () => {
    const first: CalendarYear = { ...published, off: [d('2026-03-02')], work: [] };
    const c = new WorkCalendar([first, published]);
    expect(c.isWorkday(d('2026-03-02'))).toBe(true);
    expect(c.isWorkday(d('2026-01-02'))).toBe(false);
  });

  it('does not close the statutory days of a year that is published', () => {
    const y2027: CalendarYear = { year: 2027, off: [], work: [], notice: { title: 't', urls: [] } };
    const c = new WorkCalendar([published, y2027], statutory);
    expect(c.dayKind(d('2027-01-01'))).toBe('workday');
    expect(c.statutoryHoliday(d('2027-01-01'))).toBeUndefined();
    expect(c.dayKind(d('2028-01-03'))).toBe('rest-day');
    expect(c.spanEnd).toBe('2028-12-31');
  });
});
