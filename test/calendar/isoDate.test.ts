import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isoDate,
  type IsoDate,
  parseIsoDate,
  toDayNumber,
  weekdayName,
  yearOf,
} from '../../src/calendar/isoDate.js';

const dayNumbers = fc.integer({
  min: toDayNumber('1900-01-01' as IsoDate),
  max: toDayNumber('2200-12-31' as IsoDate),
});

describe('daysInMonth', () => {
  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2024, 2, 29],
    [2000, 2, 29],
    [1900, 2, 28],
    [2100, 2, 28],
    [2026, 3, 31],
    [2026, 4, 30],
    [2026, 5, 31],
    [2026, 6, 30],
    [2026, 7, 31],
    [2026, 8, 31],
    [2026, 9, 30],
    [2026, 10, 31],
    [2026, 11, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('parseIsoDate', () => {
  it.each([
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2100-02-29',
    '2026-04-31',
    '2026-06-31',
    '2026-09-31',
    '2026-11-31',
    '2026-01-32',
    '2026-01-00',
    '2026-13-01',
    '2026-00-10',
    '2026-1-01',
    ' 2026-01-01',
    '2026-01-01 ',
    '2026-01-01T00:00',
    '20260101',
  ])('rejects %j', (text) => expect(parseIsoDate(text)).toBeUndefined());
  it.each(['2024-02-29', '2000-02-29', '2026-01-01', '2026-01-31', '2026-04-30', '2026-12-01', '2026-12-31'])(
    'accepts %j',
    (text) => expect(parseIsoDate(text)).toBe(text),
  );
  it('accepts every date the engine calls real, and only those', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, day) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const real = m >= 1 && m <= 12 && day >= 1 && new Date(Date.UTC(y, m - 1, day)).getUTCDate() === day;
        return (parseIsoDate(text) === text) === real && (parseIsoDate(text) === undefined) === !real;
      }),
    );
  });
});

describe('isoDate', () => {
  it('returns a valid date unchanged', () => {
    expect(isoDate('2026-02-28')).toBe('2026-02-28');
  });
  it('throws a RangeError naming the text for an impossible date', () => {
    expect(() => isoDate('2026-02-30')).toThrow(new RangeError('not a valid YYYY-MM-DD date: 2026-02-30'));
  });
});

describe('day numbers', () => {
  it('round-trips every day number through YYYY-MM-DD', () => {
    fc.assert(fc.property(dayNumbers, (n) => toDayNumber(fromDayNumber(n)) === n));
  });
  it('agrees with the UTC calendar of the JavaScript engine', () => {
    fc.assert(
      fc.property(
        dayNumbers,
        (n) => fromDayNumber(n) === new Date(n * 86_400_000).toISOString().slice(0, 10),
      ),
    );
  });
  it.each(['1600-02-29', '2000-02-29', '2400-02-29', '2000-03-01', '1999-12-31', '2000-01-01', '1970-01-01'])(
    'round-trips %s, at the end or start of a 400-year era',
    (date) => {
      expect(fromDayNumber(toDayNumber(date as IsoDate))).toBe(date);
      expect(toDayNumber(date as IsoDate)).toBe(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8))) / 86_400_000);
    },
  );
  it('reads the year of a date', () => {
    expect(yearOf('2027-01-01' as IsoDate)).toBe(2027);
    expect(yearOf('0999-12-31' as IsoDate)).toBe(999);
  });
  it('names every day of a week, Sunday first', () => {
    // 2026-02-15 is a Sunday.
    const week = Array.from({ length: 7 }, (_, i) => addDays('2026-02-15' as IsoDate, i));
    expect(week.map(weekdayName)).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(week.map(dayOfWeek)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekdayName('1969-12-31' as IsoDate)).toBe('Wed');
  });
  it('counts the days between two dates, negative when the second is earlier', () => {
    expect(daysBetween('2026-02-14' as IsoDate, '2026-03-01' as IsoDate)).toBe(15);
    expect(daysBetween('2026-03-01' as IsoDate, '2026-02-14' as IsoDate)).toBe(-15);
    expect(daysBetween('2026-03-01' as IsoDate, '2026-03-01' as IsoDate)).toBe(0);
    fc.assert(fc.property(dayNumbers, fc.integer({ min: -800, max: 800 }), (n, k) => daysBetween(fromDayNumber(n), fromDayNumber(n + k)) === k));
  });
  it('orders dates chronologically', () => {
    expect(compareDates('2026-02-14' as IsoDate, '2026-03-01' as IsoDate)).toBe(-1);
    expect(compareDates('2026-03-01' as IsoDate, '2026-02-14' as IsoDate)).toBe(1);
    expect(compareDates('2026-03-01' as IsoDate, '2026-03-01' as IsoDate)).toBe(0);
  });
  it('names 2026-02-14 a Saturday and 1970-01-01 a Thursday', () => {
    expect(dayOfWeek('2026-02-14' as IsoDate)).toBe(6);
    expect(dayOfWeek('1970-01-01' as IsoDate)).toBe(4);
  });
  it('adds days across a leap day', () => {
    expect(addDays('2024-02-28' as IsoDate, 2)).toBe('2024-03-01');
  });
});

describe('addMonthsClamped (Civil Code art. 202)', () => {
  it.each([
    ['2025-08-31', 6, '2026-02-28'],
    ['2025-11-10', 6, '2026-05-10'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('%s plus %i months is %s', (from, n, expected) => {
    expect(addMonthsClamped(from as IsoDate, n)).toBe(expected);
  });
  it('keeps the day of month when the target month has it, else takes its last day', () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: -36, max: 36 }), (n, months) => {
        const d = fromDayNumber(n);
        const r = addMonthsClamped(d, months);
        const day = Number(d.slice(8));
        // The target month by the engine's own calendar (Date.UTC normalises month overflow).
        const target = new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1 + months, 1));
        const last = daysInMonth(target.getUTCFullYear(), target.getUTCMonth() + 1);
        return r === `${target.toISOString().slice(0, 8)}${String(Math.min(day, last)).padStart(2, '0')}`;
      }),
    );
  });
});
