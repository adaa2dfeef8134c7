/**
 * Document validity (`valid-for`): issued within N months (months from the issue date), or
 * still valid N months (months left before an expiry), both counted as Civil Code art. 202 does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, fromDayNumber, type IsoDate, toDayNumber } from '../../src/calendar/isoDate.js';
import { day, message, quantity } from '../../src/core/message.js';
import { documentValidity } from '../../src/rules/validity.js';

const d = (s: string) => s as IsoDate;
const issued = { months: 6, from: { fact: 'issued' }, 'tested-on': { fact: 'submitted' } } as const;
const left = { 'months-left': 6, until: { fact: 'expiry' }, 'tested-on': { fact: 'submitted' } } as const;
const days = fc.integer({ min: toDayNumber(d('2000-01-01')), max: toDayNumber(d('2040-12-31')) }).map(fromDayNumber);

describe('documentValidity: months from issue', () => {
  it('lasts to the corresponding day N months after issue (S12), stale the day after', () => {
    expect(documentValidity(issued, { from: d('2025-11-10'), testedOn: d('2026-05-12') })).toEqual({
      lastValidDay: '2026-05-10',
      testedOn: '2026-05-12',
      stale: true,
      basis: message('document.valid-from-issue', { n: quantity(6, 'month'), issued: day(d('2025-11-10')) }),
    });
    expect(documentValidity(issued, { from: d('2025-11-10'), testedOn: d('2026-05-10') })?.stale).toBe(false);
    expect(documentValidity(issued, { from: d('2025-11-10'), testedOn: d('2026-05-11') })?.stale).toBe(true);
  });

  it('ends on the last day of a month without a corresponding day', () => {
    expect(documentValidity(issued, { from: d('2025-08-31'), testedOn: d('2026-02-28') })).toMatchObject({
      lastValidDay: '2026-02-28',
      stale: false,
    });
  });

  it('is unknown while the issue date or the test day is', () => {
    expect(documentValidity(issued, { from: undefined, testedOn: d('2026-05-12') })).toBeUndefined();
    expect(documentValidity(issued, { from: d('2025-11-10'), testedOn: undefined })).toBeUndefined();
  });
});

describe('documentValidity: months left before an expiry', () => {
  it('is usable until the last day from which N months still end by the expiry', () => {
    expect(documentValidity(left, { until: d('2026-08-31'), testedOn: d('2026-02-28') })).toEqual({
      lastValidDay: '2026-02-28',
      testedOn: '2026-02-28',
      stale: false,
      basis: message('document.valid-before-expiry', { n: quantity(6, 'month'), expiry: day(d('2026-08-31')) }),
    });
    expect(documentValidity(left, { until: d('2026-08-31'), testedOn: d('2026-03-01') })?.stale).toBe(true);
  });

  it('reaches the end of a longer month when the expiry is the end of a shorter one', () => {
    // From 2025-08-29, -30 and -31 the six months all end on 2026-02-28, the expiry.
    expect(documentValidity(left, { until: d('2026-02-28'), testedOn: d('2025-08-31') })).toMatchObject({
      lastValidDay: '2025-08-31',
      stale: false,
    });
    expect(documentValidity(left, { until: d('2026-02-28'), testedOn: d('2025-09-01') })?.stale).toBe(true);
  });

  it('is unknown while the expiry or the test day is', () => {
    expect(documentValidity(left, { until: undefined, testedOn: d('2026-02-28') })).toBeUndefined();
    expect(documentValidity(left, { until: d('2026-08-31'), testedOn: undefined })).toBeUndefined();
  });

  it('gives the latest day whose N months end by the expiry, for any expiry', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: 24 }), (until, m) => {
        const v = documentValidity({ ...left, 'months-left': m }, { until, testedOn: until });
        const last = v?.lastValidDay as IsoDate;
        expect(addMonthsClamped(last, m) <= until).toBe(true);
        expect(addMonthsClamped(addDays(last, 1), m) > until).toBe(true);
        expect(v?.stale).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
