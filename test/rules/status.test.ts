/**
 * Deadline statuses at every boundary: the window opening, the day to plan by, the legal end,
 * and `warnWithin` working days ahead; and the statuses of the other kinds.
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import type { DeadlineKind } from '../../src/rules/format/items.js';
import { DUE_SOON_WORKDAYS, deadlineStatus, type StatusInput } from '../../src/rules/status.js';
import { shippedCalendar as cal } from '../helpers/calendar.js';

const d = (s: string) => s as IsoDate;
// Plan by Mon 2026-03-16; the legal end is Wed 03-18 (the raw day, moved back); the window opens
// Mon 03-02. From Mon 03-09 the plan date is 5 working days ahead; from Fri 03-06 to Sun 03-08, six.
const due = (asOf: string, extra: Partial<StatusInput> = {}): StatusInput => ({
  kind: 'due',
  date: d('2026-03-16'),
  legalEnd: d('2026-03-18'),
  opens: d('2026-03-02'),
  met: false,
  asOf: d(asOf),
  warnWithin: 5,
  ...extra,
});

describe('deadlineStatus of a due deadline', () => {
  it.each([
    ['2026-02-27', 'not-yet-open'],
    ['2026-03-01', 'not-yet-open'],
    ['2026-03-02', 'upcoming'],
    ['2026-03-06', 'upcoming'],
    ['2026-03-08', 'upcoming'],
    ['2026-03-09', 'due-soon'],
    ['2026-03-13', 'due-soon'],
    ['2026-03-16', 'due-today'],
    ['2026-03-17', 'past-plan-date'],
    ['2026-03-18', 'past-plan-date'],
    ['2026-03-19', 'overdue'],
    ['2027-01-04', 'overdue'],
  ])('on %s is %s', (asOf, status) => {
    expect(deadlineStatus(cal, due(asOf))).toBe(status);
  });

  it('counts warnWithin in working days, both ends of the boundary', () => {
    expect(deadlineStatus(cal, due('2026-03-09', { warnWithin: 5 }))).toBe('due-soon');
    expect(deadlineStatus(cal, due('2026-03-09', { warnWithin: 4 }))).toBe('upcoming');
    expect(deadlineStatus(cal, due('2026-03-13', { warnWithin: 1 }))).toBe('due-soon');
    expect(deadlineStatus(cal, due('2026-03-13', { warnWithin: 0 }))).toBe('upcoming');
    expect(cal.workdaysBetween(d('2026-03-06'), d('2026-03-16'))).toBe(6);
    expect(deadlineStatus(cal, due('2026-03-06', { warnWithin: 6 }))).toBe('due-soon');
  });

  it('is due soon within the window only once the window is open', () => {
    expect(deadlineStatus(cal, due('2026-03-10', { opens: d('2026-03-11') }))).toBe('not-yet-open');
    expect(deadlineStatus(cal, due('2026-03-11', { opens: d('2026-03-11') }))).toBe('due-soon');
  });

  it('without a window, is never not-yet-open', () => {
    expect(deadlineStatus(cal, due('2026-02-02', { opens: undefined }))).toBe('upcoming');
  });

  it('is met whatever the date, once met', () => {
    for (const asOf of ['2026-02-27', '2026-03-16', '2026-03-19']) expect(deadlineStatus(cal, due(asOf, { met: true }))).toBe('met');
  });

  it('uses 5 working days by default for --warn-within', () => {
    expect(DUE_SOON_WORKDAYS).toBe(5);
  });
});

describe('deadlineStatus of the other kinds', () => {
  it.each(['earliest', 'ends', 'estimate'] as DeadlineKind[])('%s: upcoming, today, passed or met', (kind) => {
    const at = (asOf: string, met = false) =>
      deadlineStatus(cal, { kind, date: d('2026-03-16'), legalEnd: d('2026-03-18'), met, asOf: d(asOf), warnWithin: 5 });
    expect(at('2026-03-15')).toBe('upcoming');
    expect(at('2026-03-10')).toBe('upcoming');
    expect(at('2026-03-16')).toBe('today');
    expect(at('2026-03-17')).toBe('passed');
    // Judged on the date alone: never overdue, even after the legal end.
    expect(at('2026-03-19')).toBe('passed');
    expect(at('2026-03-19', true)).toBe('met');
  });
});
