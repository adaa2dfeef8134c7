/**
 * Loads rule files and calendars for the CLI: from the start-up snapshot when the file is
 * unchanged, else through the full YAML + zod loaders, which are imported only then.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type CalendarYear, WorkCalendar } from '../calendar/workCalendar.js';
import type { LoadedRules } from '../rules/load.js';
import { cachedCalendar, cachedRules, type Snapshot } from './snapshot.js';

/** A path as messages should show it: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || rel === '' ? path : rel;
}

export async function loadRules(
  rulesDir: string,
  procedure: string,
  snapshot: Snapshot | undefined,
): Promise<LoadedRules> {
  const path = join(rulesDir, `${procedure}.yaml`);
  const text = readFileSync(path, 'utf8');
  const file = displayPath(path);
  const cached = cachedRules(snapshot, file, text);
  if (cached) return cached;
  const { parseRuleFile } = await import('../rules/load.js');
  return parseRuleFile(file, text);
}

export interface CalendarSource {
  /** Name used in messages and as the snapshot key. */
  file: string;
  text: string;
}

/** Builds the calendar from the files in order; a later file's year replaces an earlier one. */
export async function loadCalendarFiles(
  sources: CalendarSource[],
  snapshot: Snapshot | undefined,
): Promise<WorkCalendar> {
  const byYear = new Map<number, CalendarYear>();
  for (const s of sources) {
    let years = cachedCalendar(snapshot, s.file, s.text);
    if (!years) {
      const { parseCalendarFile } = await import('../calendar/calendarFile.js');
      years = parseCalendarFile(s.file, s.text);
    }
    for (const y of years) byYear.set(y.year, y);
  }
  return new WorkCalendar(byYear.values());
}
