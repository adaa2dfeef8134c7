import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  dayOfWeek,
  fromDayNumber,
  type IsoDate,
  parseIsoDate,
  toDayNumber,
} from '../../src/calendar/isoDate.js';

const dayNumbers = fc.integer({
  min: toDayNumber('1900-01-01' as IsoDate),
  max: toDayNumber('2200-12-31' as IsoDate),
});

describe('parseIsoDate', () => {
  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-1-01', ' 2026-01-01', '20260101'])(
    'rejects %j',
    (text) => expect(parseIsoDate(text)).toBeUndefined(),
  );
  it.each(['2024-02-29', '2000-02-29', '2026-12-31'])('accepts %j', (text) =>
    expect(parseIsoDate(text)).toBe(text),
  );
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
  it('keeps the day of month when the target month has it', () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: -36, max: 36 }), (n, months) => {
        const d = fromDayNumber(n);
        const r = addMonthsClamped(d, months);
        const day = Number(d.slice(8));
        return Number(r.slice(8)) === day || Number(r.slice(8)) < day;
      }),
    );
  });
});
