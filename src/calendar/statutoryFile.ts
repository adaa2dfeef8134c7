/**
 * The statutory-holiday table (data/calendar/statutory.yaml): the days the Holiday Measures fix
 * by law for the years whose State Council arrangement is not published yet. Generated once from
 * a lunar calendar by scripts/generate-statutory-holidays.mjs, so start-up reads data, not code.
 */
import * as z from 'zod/mini';
import { type Diagnostic, DiagnosticError } from '../yaml/diagnostics.js';
import { loadYaml } from '../yaml/loadYaml.js';
import { bilingualSchema, idSchema, isoDateSchema, nonEmptyString } from '../yaml/schemaParts.js';
import { yearOf } from './isoDate.js';
import type { StatutoryDay, StatutoryHolidays } from './workCalendar.js';
import { yearKeySchema } from './yearKey.js';

export const statutoryFileSchema = z.strictObject({
  law: z.strictObject({ source: idSchema, ref: nonEmptyString }),
  holidays: z.record(idSchema, bilingualSchema),
  years: z.record(yearKeySchema, z.array(z.strictObject({ date: isoDateSchema, holiday: idSchema }))),
});

/** What the table holds, ready for {@link WorkCalendar}; `law` is the citation of its rule. */
export interface StatutoryTable extends StatutoryHolidays {
  law: { source: string; ref: string };
}

/** Parses the table; throws a DiagnosticError naming file:line:col for every problem. */
export function parseStatutoryFile(file: string, text: string): StatutoryTable {
  const { value, located } = loadYaml(file, text, statutoryFileSchema);
  const problems: Diagnostic[] = [];
  const years = new Map<number, StatutoryDay[]>();
  for (const [key, days] of Object.entries(value.years)) {
    const year = Number(key);
    const seen = new Set<string>();
    days.forEach((d, i) => {
      const at = () => ({ file, ...located.locate(['years', key, i]), code: 'calendar' });
      if (yearOf(d.date) !== year) problems.push({ ...at(), message: `${d.date} is listed under ${year}` });
      if (seen.has(d.date)) problems.push({ ...at(), message: `${d.date} is listed twice` });
      if (!Object.hasOwn(value.holidays, d.holiday))
        problems.push({ ...at(), message: `holiday "${d.holiday}" is not named under holidays` });
      seen.add(d.date);
    });
    years.set(year, days);
  }
  if (problems.length > 0) throw new DiagnosticError(problems);
  return { law: value.law, names: value.holidays, years };
}
