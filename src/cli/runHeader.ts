/**
 * What every report of a run over case files says about how it was made (validate, agenda):
 * the version, the as-of date and where it came from, the rules and the calendar in use.
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { Catalog } from '../cases/schema.js';
import { VERSION } from '../data/build.js';
import type { LoadedCalendar } from '../data/loadData.js';
import type { RunHeader } from '../validate/run.js';
import type { CliContext } from './context.js';

/** The calendar in use, as reports state it: its files, how far it reaches, the years replaced. */
export function calendarFacts(cal: LoadedCalendar): RunHeader['calendar'] {
  return {
    files: [...cal.files],
    publishedThrough: cal.calendar.coveredYears.at(-1) ?? 0,
    statutoryThrough: Number(cal.calendar.spanEnd.slice(0, 4)),
    replaced: cal.replaced.map((r) => ({ file: r.file, years: [...r.years] })),
  };
}

export async function runHeader(
  ctx: CliContext,
  run: { catalog: Catalog; cal: LoadedCalendar; asOf: IsoDate; asOfGiven: boolean },
  options: Pick<RunHeader, 'warnWithin' | 'waivers' | 'maxWarnings'>,
): Promise<RunHeader> {
  const { data } = ctx;
  return {
    version: VERSION,
    asOf: run.asOf,
    asOfFrom: run.asOfGiven ? '--as-of' : 'Asia/Shanghai',
    rules: { folder: data.loc.rulesDisplay, procedures: [...run.catalog.procedures.keys()], digest: await data.rulesDigest() },
    calendar: calendarFacts(run.cal),
    ...options,
  };
}
