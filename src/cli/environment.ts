/**
 * What the CLI takes from the outside world, in one place: where the package's rules and data
 * live, the calendar files to load, and today's date in China.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type IsoDate, parseIsoDate } from '../calendar/isoDate.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { loadCalendarFiles } from '../data/loadData.js';
import type { Snapshot } from '../data/snapshot.js';
import { UsageError } from './errors.js';

/** The package root: the nearest folder above this module that holds `rules/`. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'rules')) && existsSync(join(dir, 'data'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('cannot find the permit package root (a folder with rules/ and data/)');
}

function readUserFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
}

export interface LoadedCalendar {
  calendar: WorkCalendar;
  /** Files it was built from, shipped file first. */
  files: string[];
}

/** The shipped calendar plus `PERMIT_CALENDAR` and `--calendar` overlays, in that order. */
export async function loadCalendar(
  root: string,
  overlays: (string | undefined)[],
  snapshot: Snapshot | undefined,
): Promise<LoadedCalendar> {
  const shipped = join(root, 'data/calendar/cn.yaml');
  const files = [{ file: 'data/calendar/cn.yaml', text: readFileSync(shipped, 'utf8') }];
  for (const path of overlays) {
    if (path) files.push({ file: path, text: readUserFile(resolve(path), 'calendar file') });
  }
  const statutory = {
    file: 'data/calendar/statutory.yaml',
    text: readFileSync(join(root, 'data/calendar/statutory.yaml'), 'utf8'),
  };
  return { calendar: await loadCalendarFiles(files, statutory, snapshot), files: files.map((f) => f.file) };
}

/** Today's date in Asia/Shanghai, whatever the machine's time zone. */
export function todayInChina(now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return parseIsoDate(`${get('year')}-${get('month')}-${get('day')}`) as IsoDate;
}
