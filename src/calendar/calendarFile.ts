/** The calendar data file format (data/calendar/cn.yaml, and files given with --calendar). */
import * as z from 'zod/mini';
import { type Diagnostic, DiagnosticError } from '../yaml/diagnostics.js';
import { loadYaml } from '../yaml/loadYaml.js';
import { isoDateSchema, nonEmptyString } from '../yaml/schemaParts.js';
import { dayOfWeek, yearOf } from './isoDate.js';
import type { StatutoryTable } from './statutoryFile.js';
import { type CalendarYear, WorkCalendar } from './workCalendar.js';
import { yearKeySchema } from './yearKey.js';

const yearSchema = z.strictObject({
  notice: z.strictObject({ title: nonEmptyString, urls: z.array(nonEmptyString) }),
  notes: z.optional(z.array(z.string())),
  off: z.array(isoDateSchema),
  work: z.array(isoDateSchema),
});

export const calendarFileSchema = z.strictObject({
  source: z.optional(z.string()),
  checked: z.optional(isoDateSchema),
  years: z.record(yearKeySchema, yearSchema),
});

/** Parses one calendar file; throws a DiagnosticError naming file:line:col for any problem. */
export function parseCalendarFile(file: string, text: string): CalendarYear[] {
  const { value, located } = loadYaml(file, text, calendarFileSchema);
  const problems: Diagnostic[] = [];
  const years: CalendarYear[] = [];
  for (const [key, y] of Object.entries(value.years)) {
    const year = Number(key);
    const seen = new Set<string>();
    const check = (list: 'off' | 'work', i: number, ok: boolean, message: string) => {
      if (!ok) problems.push({ file, ...located.locate(['years', key, list, i]), message, code: 'calendar' });
    };
    y.off.forEach((d, i) => {
      check('off', i, yearOf(d) === year, `${d} is listed under ${year}; list each date under its own year`);
      check('off', i, !seen.has(d), `${d} is listed twice`);
      seen.add(d);
    });
    y.work.forEach((d, i) => {
      const dow = dayOfWeek(d);
      check('work', i, yearOf(d) === year, `${d} is listed under ${year}; list each date under its own year`);
      check('work', i, dow === 0 || dow === 6, `${d} is a weekday; make-up working days are weekend dates`);
      check('work', i, !seen.has(d), `${d} is listed twice (or both off and work)`);
      seen.add(d);
    });
    years.push({ year, off: y.off, work: y.work, notice: y.notice });
  }
  if (problems.length > 0) throw new DiagnosticError(problems);
  return years;
}

/**
 * Builds the calendar from the shipped file plus overlays (a later file's year replaces an
 * earlier one), with the statutory holidays closing the years none of them publishes.
 */
export function buildCalendar(
  files: { file: string; text: string }[],
  statutory?: StatutoryTable,
): WorkCalendar {
  const byYear = new Map<number, CalendarYear>();
  for (const f of files) for (const y of parseCalendarFile(f.file, f.text)) byYear.set(y.year, y);
  return new WorkCalendar(byYear.values(), statutory);
}
