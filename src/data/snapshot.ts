/**
 * A start-up cache of the YAML data files: `npm install` (the build) validates rules/*.yaml,
 * data/sources.yaml and data/calendar/cn.yaml once and stores the result in dist/snapshot.json
 * under each file's content hash. At run time a file whose text still has that hash is taken
 * from the snapshot; any other file (edited, or a company's own) is parsed and validated in full,
 * so an error still comes out with file:line:col. Parsing YAML and running zod on every start
 * cost about 150 ms. A rule file's citations are resolved against the registry, so its key is
 * the hash of its text and of the registry's text together: an edited registry is never served
 * with stale resolved citations.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StatutoryTable } from '../calendar/statutoryFile.js';
import type { CalendarYear, StatutoryDay } from '../calendar/workCalendar.js';
import type { LoadedRules } from '../rules/load.js';
import type { Registry } from '../sources/registry.js';

export const SNAPSHOT_FILE = 'dist/snapshot.json';

interface Entry<T> {
  sha256: string;
  value: T;
}

/** What dist/snapshot.json holds: validated values keyed by file name. */
export interface Snapshot {
  /** By file name; each entry's `sha256` is ruleKey(rule text, registry hash). */
  rules: Record<string, Entry<SerializedRules>>;
  calendars: Record<string, Entry<CalendarYear[]>>;
  /** The source registry, data/sources.yaml. */
  sources?: Entry<Registry>;
  /** The statutory-holiday table, data/calendar/statutory.yaml, with its years as entries. */
  statutory?: Entry<SerializedStatutory>;
}

/** StatutoryTable with its years map as entries, so it survives JSON. */
export type SerializedStatutory = Omit<StatutoryTable, 'years'> & { years: [number, StatutoryDay[]][] };

export function serializeStatutory(t: StatutoryTable): SerializedStatutory {
  return { ...t, years: [...t.years].map(([y, days]) => [y, [...days]]) };
}

/** The cached statutory-holiday table for this exact text, or undefined when the file changed. */
export function cachedStatutory(snapshot: Snapshot | undefined, text: string): StatutoryTable | undefined {
  const entry = snapshot?.statutory;
  return entry && entry.sha256 === contentHash(text) ? { ...entry.value, years: new Map(entry.value.years) } : undefined;
}

/** LoadedRules with its locations map as entries, so it survives JSON. */
export type SerializedRules = Omit<LoadedRules, 'locations'> & { locations: [string, string][] };

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The snapshot key of a rule file: its text and the registry its citations were resolved with. */
export function ruleKey(ruleText: string, registryHash: string): string {
  return createHash('sha256').update(registryHash).update('\n').update(ruleText).digest('hex');
}

export function serializeRules(r: LoadedRules): SerializedRules {
  return { ...r, locations: [...r.locations] };
}

function deserializeRules(r: SerializedRules, file: string): LoadedRules {
  return {
    ...r,
    file,
    locations: new Map(r.locations.map(([id, at]) => [id, at.replace(/^.*:(\d+)$/, `${file}:$1`)])),
  };
}

/** Reads the snapshot next to the package; a missing or unreadable one just means no cache. */
export function readSnapshot(root: string): Snapshot | undefined {
  try {
    return JSON.parse(readFileSync(join(root, SNAPSHOT_FILE), 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
}

/**
 * The cached rules for this exact text resolved with the registry of hash `registryHash`, or
 * undefined when either changed.
 */
export function cachedRules(
  snapshot: Snapshot | undefined,
  file: string,
  text: string,
  registryHash: string,
): LoadedRules | undefined {
  const entry = snapshot?.rules[`${file.replace(/^.*[\\/]/, '')}`];
  return entry && entry.sha256 === ruleKey(text, registryHash)
    ? deserializeRules(entry.value, file)
    : undefined;
}

/** The cached registry for this exact text (of hash `sha256`), or undefined when it changed. */
export function cachedSources(snapshot: Snapshot | undefined, sha256: string): Registry | undefined {
  const entry = snapshot?.sources;
  return entry && entry.sha256 === sha256 ? entry.value : undefined;
}

/** The cached calendar years for this exact text, or undefined when the file changed. */
export function cachedCalendar(
  snapshot: Snapshot | undefined,
  name: string,
  text: string,
): CalendarYear[] | undefined {
  const entry = snapshot?.calendars[name];
  return entry && entry.sha256 === contentHash(text) ? entry.value : undefined;
}
