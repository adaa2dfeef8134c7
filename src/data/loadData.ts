/**
 * Loads rule files, the source registry and calendars for the CLI: from the start-up snapshot
 * when the file is unchanged, else through the full YAML + zod loaders, which are imported only
 * then.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type CalendarYear, WorkCalendar } from '../calendar/workCalendar.js';
import type { LoadedRules } from '../rules/load.js';
import { SOURCES_FILE } from '../sources/files.js';
import type { Registry } from '../sources/registry.js';
import {
  cachedCalendar,
  cachedRules,
  cachedSources,
  cachedStatutory,
  contentHash,
  type Snapshot,
} from './snapshot.js';

/** A path as messages should show it: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || rel === '' ? path : rel;
}

/** The shipped source registry's text, read but not parsed (reading and hashing it is cheap). */
export interface SourcesText {
  /** Name used in messages: data/sources.yaml. */
  file: string;
  text: string;
  sha256: string;
}

/** Reads data/sources.yaml under the package root. */
export function readSources(root: string): SourcesText {
  const text = readFileSync(join(root, SOURCES_FILE), 'utf8');
  return { file: SOURCES_FILE, text, sha256: contentHash(text) };
}

/** The registry: from the snapshot when its text is unchanged, else parsed and validated. */
export async function loadRegistry(sources: SourcesText, snapshot: Snapshot | undefined): Promise<Registry> {
  const cached = cachedSources(snapshot, sources.sha256);
  if (cached) return cached;
  const { parseSourcesFile } = await import('../sources/registry.js');
  return parseSourcesFile(sources.file, sources.text);
}

/**
 * One procedure's rules with their citations resolved. The snapshot serves them only when both
 * the rule file and the registry are unchanged; otherwise the file is parsed against the
 * registry (itself parsed only then).
 */
export async function loadRules(
  rulesDir: string,
  procedure: string,
  snapshot: Snapshot | undefined,
  sources: SourcesText,
): Promise<LoadedRules> {
  const path = join(rulesDir, `${procedure}.yaml`);
  const text = readFileSync(path, 'utf8');
  const file = displayPath(path);
  const cached = cachedRules(snapshot, file, text, sources.sha256);
  if (cached) return cached;
  const registry = await loadRegistry(sources, snapshot);
  const { parseRuleFile } = await import('../rules/load.js');
  return parseRuleFile(file, text, registry);
}

export interface CalendarSource {
  /** Name used in messages and as the snapshot key. */
  file: string;
  text: string;
}

/**
 * Builds the calendar from the files in order (a later file's year replaces an earlier one),
 * with the statutory holidays closing the years none of them publishes.
 */
export async function loadCalendarFiles(
  sources: CalendarSource[],
  statutory: CalendarSource,
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
  let table = cachedStatutory(snapshot, statutory.text);
  if (!table) {
    const { parseStatutoryFile } = await import('../calendar/statutoryFile.js');
    table = parseStatutoryFile(statutory.file, statutory.text);
  }
  return new WorkCalendar(byYear.values(), table);
}
