/**
 * Checks the shipped calendar against an independent source, the `chinese-days` package, for
 * every date 2010-01-01..2026-12-31. That package answers one day off in time zones west of UTC,
 * so this file pins its own process to Asia/Shanghai before loading it (vitest runs each file in
 * its own process); permit's own answers do not depend on TZ at all.
 */
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, type IsoDate } from '../../src/calendar/isoDate.js';
import { shippedCalendar as cal } from '../helpers/calendar.js';

process.env.TZ = 'Asia/Shanghai';
const chineseDays = await import('chinese-days');

describe('the shipped calendar against chinese-days', () => {
  it('agrees on whether each day of 2010-2026 is a working day', () => {
    const disagreements: string[] = [];
    let count = 0;
    for (let day = '2010-01-01' as IsoDate; day <= '2026-12-31'; day = addDays(day, 1)) {
      count++;
      if (cal.isWorkday(day) !== chineseDays.isWorkday(day)) disagreements.push(day);
    }
    expect(count).toBe(6209);
    expect(disagreements).toEqual([]);
  });

  it('agrees on which weekend days are make-up working days', () => {
    const disagreements: string[] = [];
    for (let day = '2010-01-01' as IsoDate; day <= '2026-12-31'; day = addDays(day, 1)) {
      const weekend = dayOfWeek(day) === 0 || dayOfWeek(day) === 6;
      const theirs = weekend && chineseDays.isWorkday(day);
      if ((cal.dayKind(day) === 'makeup-workday') !== theirs) disagreements.push(day);
    }
    expect(disagreements).toEqual([]);
  });
});
