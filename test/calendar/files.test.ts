/**
 * The calendar data files, ESLint-style: what a valid file gives back, and every problem of an
 * invalid one pinned to its line, column and code, all of them at once.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar, parseCalendarFile } from '../../src/calendar/calendarFile.js';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { parseStatutoryFile } from '../../src/calendar/statutoryFile.js';
import { DiagnosticError } from '../../src/yaml/diagnostics.js';

const d = (s: string) => s as IsoDate;

/** Every problem as `line:col code message`, or [] when the text parses. */
function problems(parse: () => unknown): string[] {
  try {
    parse();
  } catch (e) {
    if (e instanceof DiagnosticError) return e.diagnostics.map((p) => `${p.line}:${p.col} ${p.code} ${p.message}`);
    throw e;
  }
  return [];
}

const year = (y: string, off: string, work: string) =>
  `  "${y}":\n    notice: { title: Notice ${y}, urls: [https://example.org/${y}] }\n    off: [${off}]\n    work: [${work}]\n`;

describe('parseCalendarFile', () => {
  it('gives back each year with its rest days, make-up working days and notice', () => {
    const text = `source: test\nyears:\n${year('2026', '2026-01-01, 2026-01-02', '2026-01-04')}${year('2027', '', '')}`;
    expect(parseCalendarFile('c.yaml', text)).toEqual([
      {
        year: 2026,
        off: ['2026-01-01', '2026-01-02'],
        work: ['2026-01-04'],
        notice: { title: 'Notice 2026', urls: ['https://example.org/2026'] },
      },
      { year: 2027, off: [], work: [], notice: { title: 'Notice 2027', urls: ['https://example.org/2027'] } },
    ]);
  });

  it('reports every misplaced, repeated or weekday make-up date at its position', () => {
    const text = `years:\n${year('2026', '2026-01-01, 2025-12-31, 2026-01-01', '2026-01-05, 2027-01-02, 2026-01-04, 2026-01-01, 2026-01-04')}`;
    expect(problems(() => parseCalendarFile('c.yaml', text))).toEqual([
      '4:23 calendar 2025-12-31 is listed under 2026; list each date under its own year',
      '4:35 calendar 2026-01-01 is listed twice',
      '5:12 calendar 2026-01-05 is a weekday; make-up working days are weekend dates',
      '5:24 calendar 2027-01-02 is listed under 2026; list each date under its own year',
      '5:48 calendar 2026-01-01 is a weekday; make-up working days are weekend dates',
      '5:48 calendar 2026-01-01 is listed twice (or both off and work)',
      '5:60 calendar 2026-01-04 is listed twice (or both off and work)',
    ]);
  });

  it('accepts Saturday and Sunday make-up working days, and nothing else', () => {
    // 2026-01-03 is a Saturday, 2026-01-04 a Sunday; 2026-01-09 a Friday, 2026-01-05 a Monday.
    expect(problems(() => parseCalendarFile('c.yaml', `years:\n${year('2026', '', '2026-01-03, 2026-01-04')}`))).toEqual([]);
    expect(problems(() => parseCalendarFile('c.yaml', `years:\n${year('2026', '', '2026-01-09, 2026-01-05')}`))).toEqual([
      '5:12 calendar 2026-01-09 is a weekday; make-up working days are weekend dates',
      '5:24 calendar 2026-01-05 is a weekday; make-up working days are weekend dates',
    ]);
  });

  it.each([
    ['1999', 'year keys are between 2000 and 2100'],
    ['2101', 'year keys are between 2000 and 2100'],
    ['0227', 'year keys are between 2000 and 2100'],
    ['227', 'year keys are four digits, e.g. "2027"'],
    ['20270', 'year keys are four digits, e.g. "2027"'],
  ])('refuses the year key %j', (key, message) => {
    expect(problems(() => parseCalendarFile('c.yaml', `years:\n${year(key, '', '')}`))).toEqual([
      `2:3 invalid-key years.${key}: ${message}`,
    ]);
  });

  it.each(['2000', '2100'])('accepts the year key %j, the ends of the range', (key) => {
    expect(parseCalendarFile('c.yaml', `years:\n${year(key, '', '')}`).map((y) => y.year)).toEqual([Number(key)]);
  });
});

describe('buildCalendar', () => {
  it('lets a later file replace a year of an earlier one', () => {
    const shipped = { file: 'a.yaml', text: `years:\n${year('2026', '2026-01-02', '')}${year('2027', '2027-01-04', '')}` };
    const overlay = { file: 'b.yaml', text: `years:\n${year('2026', '2026-01-05', '')}` };
    const cal = buildCalendar([shipped, overlay]);
    expect(cal.coveredYears).toEqual([2026, 2027]);
    expect(cal.isWorkday(d('2026-01-02'))).toBe(true);
    expect(cal.isWorkday(d('2026-01-05'))).toBe(false);
    expect(cal.isWorkday(d('2027-01-04'))).toBe(false);
  });
});

describe('parseStatutoryFile', () => {
  const header = `law: { source: holiday-measures, ref: "art. 2" }\nholidays:\n  new-year: { en: New Year, zh: 元旦 }\n  eve: { en: Eve, zh: 除夕 }\nyears:\n`;

  it('gives back the law, the holiday names and each year in order', () => {
    const table = parseStatutoryFile(
      's.yaml',
      `${header}  "2027":\n    - { date: 2027-01-01, holiday: new-year }\n    - { date: 2027-02-05, holiday: eve }\n  "2028":\n    - { date: 2028-01-01, holiday: new-year }\n`,
    );
    expect(table.law).toEqual({ source: 'holiday-measures', ref: 'art. 2' });
    expect(table.names).toEqual({ 'new-year': { en: 'New Year', zh: '元旦' }, eve: { en: 'Eve', zh: '除夕' } });
    expect([...table.years]).toEqual([
      [
        2027,
        [
          { date: '2027-01-01', holiday: 'new-year' },
          { date: '2027-02-05', holiday: 'eve' },
        ],
      ],
      [2028, [{ date: '2028-01-01', holiday: 'new-year' }]],
    ]);
  });

  it('reports every misplaced, repeated or unnamed holiday at its position', () => {
    const text = `${header}  "2027":\n    - { date: 2027-01-01, holiday: new-year }\n    - { date: 2028-01-01, holiday: new-year }\n    - { date: 2027-01-01, holiday: new-year }\n    - { date: 2027-02-05, holiday: dragon }\n    - { date: 2026-02-05, holiday: constructor }\n`;
    expect(problems(() => parseStatutoryFile('s.yaml', text))).toEqual([
      '8:7 calendar 2028-01-01 is listed under 2027',
      '9:7 calendar 2027-01-01 is listed twice',
      '10:7 calendar holiday "dragon" is not named under holidays',
      '11:7 calendar 2026-02-05 is listed under 2027',
      '11:7 calendar holiday "constructor" is not named under holidays',
    ]);
  });

  it('names the file in each problem', () => {
    try {
      parseStatutoryFile('data/x.yaml', `${header}  "2027":\n    - { date: 2028-01-01, holiday: new-year }\n`);
      expect.unreachable();
    } catch (e) {
      expect((e as DiagnosticError).diagnostics.map((p) => p.file)).toEqual(['data/x.yaml']);
    }
  });
});
