/**
 * Pins data/calendar/statutory.yaml, the 13 statutory holiday days of each year 2027-2060, to the
 * Holiday Measures art. 2 and to sources independent of its generator (lunar-javascript).
 */
import { MakeTime, SearchSunLongitude } from 'astronomy-engine';
// @ts-expect-error -- solarlunar ships solarlunar.d.ts, but its package.json "exports" hides it.
import solarLunarUntyped from 'solarlunar';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { addDays, type IsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';
import { repoRoot } from '../helpers/calendar.js';

interface StatutoryYaml {
  law: { source: string; ref: string };
  holidays: Record<string, { en: string; zh: string }>;
  years: Record<string, { date: string; holiday: string }[]>;
}

const table = parse(readFileSync(`${repoRoot}data/calendar/statutory.yaml`, 'utf8')) as StatutoryYaml;
const published = parse(readFileSync(`${repoRoot}data/calendar/cn.yaml`, 'utf8')) as {
  years: Record<string, { off: string[] }>;
};

// The independent sources: solarlunar's lunar-month table (1900-2100) and astronomy-engine's
// ephemeris. Both work from year/month/day numbers and UTC instants, so no TZ pin is needed.
/** The part of solarlunar used here. */
interface SolarLunar {
  lunar2solar(y: number, m: number, d: number, leap?: boolean): { cYear: number; cMonth: number; cDay: number } | -1;
  leapMonth(y: number): number;
  leapDays(y: number): number;
  monthDays(y: number, m: number): number;
}
const solarLunar = solarLunarUntyped as SolarLunar;

const YEARS = Array.from({ length: 2060 - 2027 + 1 }, (_, i) => 2027 + i);
const DAYS_BY_LAW: Record<string, number> = {
  'new-year': 1,
  'spring-festival-eve': 1,
  'spring-festival': 3,
  qingming: 1,
  'labour-day': 2,
  'dragon-boat': 1,
  'mid-autumn': 1,
  'national-day': 3,
};
/** The one date two holidays can share: Mid-Autumn (lunar 8-15) on 1-3 Oct. */
const SHARED: Record<string, string[]> = { 'mid-autumn-national-day': ['mid-autumn', 'national-day'] };

/** A year's holiday days, one per holiday a date stands for, as `[date, holiday]`. */
function holidayDays(year: number): [string, string][] {
  return (table.years[String(year)] ?? []).flatMap(({ date, holiday }) =>
    (SHARED[holiday] ?? [holiday]).map((h): [string, string] => [date, h]),
  );
}

function datesOf(year: number, holiday: string): string[] {
  return holidayDays(year)
    .filter(([, h]) => h === holiday)
    .map(([d]) => d);
}

const pad = (n: number) => String(n).padStart(2, '0');

function lunarToGregorian(year: number, month: number, day: number, leap = false): IsoDate {
  const r = solarLunar.lunar2solar(year, month, day, leap);
  if (r === -1) throw new RangeError(`solarlunar has no lunar ${year}-${month}-${day}`);
  return `${r.cYear}-${pad(r.cMonth)}-${pad(r.cDay)}` as IsoDate;
}

/** The last day of the 12th lunar month of lunar year `year` (its leap 12th month, if any). */
function lastDayOfYear(year: number): IsoDate {
  return solarLunar.leapMonth(year) === 12
    ? lunarToGregorian(year, 12, solarLunar.leapDays(year), true)
    : lunarToGregorian(year, 12, solarLunar.monthDays(year, 12));
}

/** The China (UTC+8) date on which the Sun reaches apparent ecliptic longitude 15° in `year`. */
function qingming(year: number): IsoDate {
  const t = SearchSunLongitude(15, MakeTime(new Date(Date.UTC(year, 2, 25))), 30);
  if (t === null) throw new RangeError(`astronomy-engine found no Qingming in ${year}`);
  return new Date(t.date.getTime() + 8 * 3600_000).toISOString().slice(0, 10) as IsoDate;
}

/** A year's statutory holiday days by the independent sources, as `[date, holiday]`. */
function independentDays(year: number): [string, string][] {
  const newYear = lunarToGregorian(year, 1, 1);
  return [
    [`${year}-01-01`, 'new-year'],
    [lastDayOfYear(year - 1), 'spring-festival-eve'],
    [newYear, 'spring-festival'],
    [addDays(newYear, 1), 'spring-festival'],
    [addDays(newYear, 2), 'spring-festival'],
    [qingming(year), 'qingming'],
    [`${year}-05-01`, 'labour-day'],
    [`${year}-05-02`, 'labour-day'],
    [lunarToGregorian(year, 5, 5), 'dragon-boat'],
    [lunarToGregorian(year, 8, 15), 'mid-autumn'],
    [`${year}-10-01`, 'national-day'],
    [`${year}-10-02`, 'national-day'],
    [`${year}-10-03`, 'national-day'],
  ];
}

describe('the statutory holiday table', () => {
  it('cites art. 2 of the Holiday Measures and names every holiday it uses', () => {
    expect(table.law).toEqual({ source: 'holiday-measures', ref: 'art. 2 (2024 revision, in force 2025-01-01)' });
    expect(Object.keys(table.holidays)).toEqual([...Object.keys(DAYS_BY_LAW), ...Object.keys(SHARED)]);
    const used = new Set(Object.values(table.years).flatMap((days) => days.map((d) => d.holiday)));
    for (const h of used) expect(table.holidays, h).toHaveProperty(h);
  });

  it('lists every year from 2027 to 2060 in order, and no other', () => {
    expect(Object.keys(table.years)).toEqual(YEARS.map(String));
  });

  it('gives each year 13 holiday days on distinct dates of that year, in date order', () => {
    for (const year of YEARS) {
      const entries = table.years[String(year)] ?? [];
      const dates = entries.map((e) => e.date);
      expect(holidayDays(year), String(year)).toHaveLength(13);
      expect(dates, String(year)).toEqual([...new Set(dates)].sort());
      for (const d of dates) expect([parseIsoDate(d), d.slice(0, 4)], d).toEqual([d, String(year)]);
    }
  });

  it('gives each holiday the number of days the law gives it', () => {
    for (const year of YEARS) {
      const counts: Record<string, number> = {};
      for (const [, h] of holidayDays(year)) counts[h] = (counts[h] ?? 0) + 1;
      expect(counts, String(year)).toEqual(DAYS_BY_LAW);
    }
  });

  it("puts New Year's Day, Labour Day and National Day on their fixed dates", () => {
    for (const year of YEARS) {
      const md = (h: string) => datesOf(year, h).map((d) => d.slice(5));
      expect(md('new-year'), String(year)).toEqual(['01-01']);
      expect(md('labour-day'), String(year)).toEqual(['05-01', '05-02']);
      expect(md('national-day'), String(year)).toEqual(['10-01', '10-02', '10-03']);
    }
  });

  it('agrees with solarlunar on every lunar holiday and with astronomy-engine on Qingming, 2027-2060', () => {
    const disagreements: string[] = [];
    for (const year of YEARS) {
      for (const holiday of ['spring-festival-eve', 'spring-festival', 'qingming', 'dragon-boat', 'mid-autumn']) {
        const theirs = independentDays(year)
          .filter(([, h]) => h === holiday)
          .map(([d]) => d);
        const ours = datesOf(year, holiday);
        const source = holiday === 'qingming' ? 'astronomy-engine' : 'solarlunar';
        if (ours.join() !== theirs.join())
          disagreements.push(`${year} ${holiday}: statutory.yaml ${ours.join(' ')}, ${source} ${theirs.join(' ')}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('puts Spring Festival Eve on the day before lunar new year, then three Spring Festival days in a row', () => {
    for (const year of YEARS) {
      const [eve] = datesOf(year, 'spring-festival-eve') as [IsoDate];
      const festival = datesOf(year, 'spring-festival');
      expect(festival, String(year)).toEqual([addDays(eve, 1), addDays(eve, 2), addDays(eve, 3)]);
    }
  });

  it('has the dates already known for 2027, 2028 and 2030', () => {
    expect(table.years['2027']?.filter((e) => e.holiday !== 'national-day' && !e.date.endsWith('-01-01'))).toEqual([
      { date: '2027-02-05', holiday: 'spring-festival-eve' },
      { date: '2027-02-06', holiday: 'spring-festival' },
      { date: '2027-02-07', holiday: 'spring-festival' },
      { date: '2027-02-08', holiday: 'spring-festival' },
      { date: '2027-04-05', holiday: 'qingming' },
      { date: '2027-05-01', holiday: 'labour-day' },
      { date: '2027-05-02', holiday: 'labour-day' },
      { date: '2027-06-09', holiday: 'dragon-boat' },
      { date: '2027-09-15', holiday: 'mid-autumn' },
    ]);
    expect(datesOf(2028, 'spring-festival')[0]).toBe('2028-01-26');
    expect(datesOf(2030, 'spring-festival')[0]).toBe('2030-02-03');
  });

  it('keeps Qingming on 4 or 5 April', () => {
    for (const year of YEARS) expect(['04-04', '04-05'], String(year)).toContain(datesOf(year, 'qingming')[0]?.slice(5));
  });

  it('lists a date as Mid-Autumn and National Day both exactly when Mid-Autumn falls on 1-3 October', () => {
    const shared = YEARS.filter((y) => /-10-0[123]$/.test(lunarToGregorian(y, 8, 15)));
    const listed = YEARS.filter((y) => table.years[String(y)]?.some((e) => e.holiday === 'mid-autumn-national-day'));
    expect(listed).toEqual(shared);
    expect(shared).toEqual([2028, 2031, 2039, 2058]);
  });

  it('by the same sources, closes only days the published 2025 and 2026 arrangements declare rest days', () => {
    const missing: string[] = [];
    for (const year of [2025, 2026]) {
      const off = new Set(published.years[String(year)]?.off ?? []);
      for (const [date, holiday] of independentDays(year)) if (!off.has(date)) missing.push(`${date} ${holiday}`);
    }
    expect(missing).toEqual([]);
  });
});
