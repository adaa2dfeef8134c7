/**
 * Counts on the shipped calendar: the day to plan by, the legal end, the span of days looked at
 * and the basis (message ids and data) for every kind of count and every `roll`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, fromDayNumber, type IsoDate, toDayNumber } from '../../src/calendar/isoDate.js';
import { day, list, message, quantity } from '../../src/core/message.js';
import { applyCount, dayValue, type ResolvedStart } from '../../src/rules/counting.js';
import type { Count } from '../../src/rules/format/shape.js';
import { shippedCalendar as cal } from '../helpers/calendar.js';

const d = (s: string) => s as IsoDate;
const start = (date: string): ResolvedStart => ({ date: d(date), label: message('count.start', { fact: 'event-date', date }) });
const label = (date: string) => start(date).label;
const from = { fact: 'event-date' };

describe('dayValue', () => {
  it.each([
    ['2026-03-09', day(d('2026-03-09'))],
    ['2026-02-14', day(d('2026-02-14'), { dayKind: 'makeup-workday' })],
    ['2026-03-07', day(d('2026-03-07'), { dayKind: 'weekend' })],
    ['2026-02-16', day(d('2026-02-16'), { dayKind: 'rest-day' })],
    ['2027-02-05', day(d('2027-02-05'), { dayKind: 'rest-day', holiday: { en: 'Spring Festival Eve', zh: '除夕' } })],
    ['2027-02-13', day(d('2027-02-13'), { dayKind: 'weekend' })],
    // Outside the calendar (a birthday in 2070): the plain date.
    ['2070-05-10', day(d('2070-05-10'))],
    ['2009-12-31', day(d('2009-12-31'))],
  ])('shows %s with what kind of day it is', (date, want) => {
    expect(dayValue(cal, d(date))).toEqual(want);
  });
});

describe('applyCount: working days', () => {
  it('skips the start day and counts make-up working days, naming them (Civil Code art. 201)', () => {
    expect(applyCount(cal, { 'working-days': 10, after: from }, start('2025-09-26'))).toEqual({
      date: '2025-10-16',
      legalEnd: '2025-10-16',
      basis: message('count.arrow', {
        count: list(
          [
            message('count.working-days', { n: quantity(10, 'working-day'), start: label('2025-09-26') }),
            message('count.makeup-counted', {
              days: list([day(d('2025-09-28'), { dayKind: 'makeup-workday' }), day(d('2025-10-11'), { dayKind: 'makeup-workday' })]),
            }),
          ],
          ';',
        ),
        date: day(d('2025-10-16')),
      }),
      span: ['2025-09-26', '2025-10-16'],
    });
  });

  it('skips make-up working days in the other reading, and says so', () => {
    const r = applyCount(cal, { 'working-days': 10, after: from, 'makeup-days': 'not-counted' }, start('2025-09-26'));
    expect(r.date).toBe('2025-10-20');
    expect(r.legalEnd).toBe('2025-10-20');
    expect(r.span).toEqual(['2025-09-26', '2025-10-20']);
    expect(r.basis).toEqual(
      message('count.arrow', {
        count: list(
          [
            message('count.working-days', { n: quantity(10, 'working-day'), start: label('2025-09-26') }),
            message('count.makeup-not-counted', {
              days: list([day(d('2025-09-28'), { dayKind: 'makeup-workday' }), day(d('2025-10-11'), { dayKind: 'makeup-workday' })]),
            }),
          ],
          ';',
        ),
        date: day(d('2025-10-20')),
      }),
    );
  });

  it('names no make-up days when none lies in the period, and not the start day itself', () => {
    // Sat 2026-02-14 is a make-up working day: as the start day it is not counted and not named.
    const r = applyCount(cal, { 'working-days': 10, after: from }, start('2026-02-14'));
    expect(r.date).toBe('2026-03-06');
    expect(r.basis).toEqual(
      message('count.arrow', {
        count: list(
          [
            message('count.working-days', { n: quantity(10, 'working-day'), start: label('2026-02-14') }),
            message('count.makeup-counted', { days: list([day(d('2026-02-28'), { dayKind: 'makeup-workday' })]) }),
          ],
          ';',
        ),
        date: day(d('2026-03-06')),
      }),
    );
    expect(applyCount(cal, { 'working-days': 10, after: from }, start('2026-03-10')).basis).toEqual(
      message('count.arrow', {
        count: list([message('count.working-days', { n: quantity(10, 'working-day'), start: label('2026-03-10') })], ';'),
        date: day(d('2026-03-24')),
      }),
    );
  });

  it('counts the start day as day 1 when the rule says so', () => {
    // From Sun 2026-02-15 (Spring Festival): day 1 is the first working day from it, 02-24.
    const r = applyCount(cal, { 'working-days': 10, after: from, 'start-day': 'counted' }, start('2026-02-15'));
    expect(r).toEqual({
      date: '2026-03-06',
      legalEnd: '2026-03-06',
      basis: message('count.arrow', {
        count: list(
          [
            message('count.working-days-start-counted', { n: quantity(10, 'working-day'), start: label('2026-02-15') }),
            message('count.makeup-counted', { days: list([day(d('2026-02-28'), { dayKind: 'makeup-workday' })]) }),
          ],
          ';',
        ),
        date: day(d('2026-03-06')),
      }),
      span: ['2026-02-15', '2026-03-06'],
    });
    // From a working day, that day is day 1: one day sooner than the default reading.
    expect(applyCount(cal, { 'working-days': 10, after: from, 'start-day': 'counted' }, start('2026-03-09')).date).toBe('2026-03-20');
    expect(applyCount(cal, { 'working-days': 10, after: from, 'start-day': 'excluded' }, start('2026-03-09')).date).toBe('2026-03-23');
    expect(applyCount(cal, { 'working-days': 1, after: from, 'start-day': 'counted' }, start('2026-03-09')).date).toBe('2026-03-09');
  });

  it('agrees with the calendar for any start and count', () => {
    const days = fc.integer({ min: toDayNumber(d('2010-02-01')), max: toDayNumber(d('2027-06-30')) }).map(fromDayNumber);
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: 30 }), fc.boolean(), (s, n, counted) => {
        const r = applyCount(cal, { 'working-days': n, after: from, ...(counted ? { 'start-day': 'counted' } : {}) }, start(s));
        expect(r.date).toBe(cal.addWorkdays(counted ? addDays(s, -1) : s, n));
        expect(r.legalEnd).toBe(r.date);
        expect(r.span).toEqual([s, r.date]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('applyCount: calendar days and roll', () => {
  // 30 days after 2026-01-30 is Sun 2026-03-01; Sat 02-28 is a make-up working day, Mon 03-02 open.
  const count = (roll: 'back' | 'forward' | 'none'): Count => ({ 'calendar-days': 30, after: from, roll });
  const what = message('count.calendar-days-after', { n: quantity(30, 'calendar-day'), start: label('2026-01-30') });
  const raw = day(d('2026-03-01'), { dayKind: 'weekend' });

  it('roll back: plans by the last working day before a closed day, the raw day stays the legal end', () => {
    expect(applyCount(cal, count('back'), start('2026-01-30'))).toEqual({
      date: '2026-02-28',
      legalEnd: '2026-03-01',
      basis: message('count.moved-back', { count: what, raw, date: day(d('2026-02-28'), { dayKind: 'makeup-workday' }) }),
      span: ['2026-02-28', '2026-03-01'],
    });
  });

  it('roll forward: the period ends on the next working day (Civil Code art. 203)', () => {
    expect(applyCount(cal, count('forward'), start('2026-01-30'))).toEqual({
      date: '2026-03-02',
      legalEnd: '2026-03-02',
      basis: message('count.moved-forward', { count: what, raw, date: day(d('2026-03-02')) }),
      span: ['2026-03-01', '2026-03-02'],
    });
  });

  it('roll none: the raw day, and no calendar consulted', () => {
    expect(applyCount(cal, count('none'), start('2026-01-30'))).toEqual({
      date: '2026-03-01',
      legalEnd: '2026-03-01',
      basis: message('count.equals', { count: what, date: raw }),
    });
  });

  it.each(['back', 'forward'] as const)('roll %s on a working day keeps it, and looks at that day only', (roll) => {
    expect(applyCount(cal, { 'calendar-days': 30, after: from, roll }, start('2026-02-01'))).toEqual({
      date: '2026-03-03',
      legalEnd: '2026-03-03',
      basis: message('count.equals', {
        count: message('count.calendar-days-after', { n: quantity(30, 'calendar-day'), start: label('2026-02-01') }),
        date: day(d('2026-03-03')),
      }),
      span: ['2026-03-03', '2026-03-03'],
    });
  });

  it('counts back before a date, then rolls', () => {
    // 30 days before 2026-03-31 is Sun 2026-03-01.
    expect(applyCount(cal, { 'calendar-days': 30, before: from, roll: 'back' }, start('2026-03-31'))).toEqual({
      date: '2026-02-28',
      legalEnd: '2026-03-01',
      basis: message('count.moved-back', {
        count: message('count.calendar-days-before', { n: quantity(30, 'calendar-day'), start: label('2026-03-31') }),
        raw,
        date: day(d('2026-02-28'), { dayKind: 'makeup-workday' }),
      }),
      span: ['2026-02-28', '2026-03-01'],
    });
  });

  it('rolls over a statutory holiday of a provisional year, naming it', () => {
    // 2027-02-05 (Fri) is Spring Festival Eve by law; the 2027 notice is not out.
    const r = applyCount(cal, { 'calendar-days': 5, after: from, roll: 'back' }, start('2027-01-31'));
    expect(r.date).toBe('2027-02-04');
    expect(r.legalEnd).toBe('2027-02-05');
    expect(r.basis).toEqual(
      message('count.moved-back', {
        count: message('count.calendar-days-after', { n: quantity(5, 'calendar-day'), start: label('2027-01-31') }),
        raw: day(d('2027-02-05'), { dayKind: 'rest-day', holiday: { en: 'Spring Festival Eve', zh: '除夕' } }),
        date: day(d('2027-02-04')),
      }),
    );
  });

  it('adds or subtracts exactly n days before rolling', () => {
    const days = fc.integer({ min: toDayNumber(d('2011-01-01')), max: toDayNumber(d('2026-06-30')) }).map(fromDayNumber);
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: 120 }), fc.boolean(), (s, n, after) => {
        const c = (after ? { 'calendar-days': n, after: from, roll: 'none' } : { 'calendar-days': n, before: from, roll: 'none' }) as Count;
        expect(applyCount(cal, c, start(s)).date).toBe(addDays(s, after ? n : -n));
      }),
      { numRuns: 100 },
    );
  });
});

describe('applyCount: months and years (Civil Code art. 202)', () => {
  it('ends on the corresponding day, or the last day of a month without one', () => {
    expect(applyCount(cal, { months: 6, after: from, roll: 'none' }, start('2025-08-31'))).toEqual({
      date: '2026-02-28',
      legalEnd: '2026-02-28',
      basis: message('count.equals', {
        count: message('count.months', { n: quantity(6, 'month'), start: label('2025-08-31') }),
        date: day(d('2026-02-28'), { dayKind: 'makeup-workday' }),
      }),
    });
  });

  it('counts months back before a date', () => {
    expect(applyCount(cal, { months: 1, before: from, roll: 'none' }, start('2026-03-31'))).toEqual({
      date: '2026-02-28',
      legalEnd: '2026-02-28',
      basis: message('count.equals', {
        count: message('count.months-before', { n: quantity(1, 'month'), start: label('2026-03-31') }),
        date: day(d('2026-02-28'), { dayKind: 'makeup-workday' }),
      }),
    });
  });

  it('counts years as twelve months each, and names them as years', () => {
    expect(applyCount(cal, { years: 1, after: from, roll: 'none' }, start('2024-02-29'))).toEqual({
      date: '2025-02-28',
      legalEnd: '2025-02-28',
      basis: message('count.equals', {
        count: message('count.months', { n: quantity(1, 'year'), start: label('2024-02-29') }),
        date: day(d('2025-02-28')),
      }),
    });
    expect(applyCount(cal, { years: 60, before: from, roll: 'none' }, start('2026-05-10')).basis).toEqual(
      message('count.equals', {
        count: message('count.months-before', { n: quantity(60, 'year'), start: label('2026-05-10') }),
        date: day(d('1966-05-10')),
      }),
    );
    // A birthday far outside the calendar needs no calendar with roll: none.
    expect(applyCount(cal, { years: 100, after: from, roll: 'none' }, start('1970-01-01')).date).toBe('2070-01-01');
  });

  it('rolls a month count like a calendar-day count', () => {
    // 1 month after 2026-01-31 is Sat 2026-02-28, a make-up working day: kept. After 2026-02-01 is Sun 03-01.
    expect(applyCount(cal, { months: 1, after: from, roll: 'back' }, start('2026-01-31')).span).toEqual(['2026-02-28', '2026-02-28']);
    expect(applyCount(cal, { months: 1, after: from, roll: 'forward' }, start('2026-02-01'))).toMatchObject({
      date: '2026-03-02',
      legalEnd: '2026-03-02',
      span: ['2026-03-01', '2026-03-02'],
    });
  });

  it('agrees with addMonthsClamped for any start', () => {
    const days = fc.integer({ min: toDayNumber(d('1950-01-01')), max: toDayNumber(d('2026-12-31')) }).map(fromDayNumber);
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: 30 }), fc.boolean(), fc.boolean(), (s, n, after, years) => {
        const months = years ? n * 12 : n;
        const c = { [years ? 'years' : 'months']: n, [after ? 'after' : 'before']: from, roll: 'none' } as Count;
        expect(applyCount(cal, c, start(s)).date).toBe(addMonthsClamped(s, after ? months : -months));
      }),
      { numRuns: 100 },
    );
  });
});
