/**
 * A start-up cache of the shipped data files. The build validates rules/, the source registry,
 * the shared facts and the calendars once and stores the results in dist/snapshot.json, each
 * under a key hashing the build id and the exact texts it was made from. At run time an entry is
 * used only when its key still matches; anything else (an edited file, a company's own rules, a
 * snapshot from another build) is parsed and validated in full, so errors still come out with
 * file:line:col. Parsing YAML and running zod on every start cost about 150 ms (the offices alone
 * about 100: every `check` reads them to know whether the employer's city has offices).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StatutoryTable } from '../calendar/statutoryFile.js';
import type { CalendarYear } from '../calendar/workCalendar.js';
import type { OfficesData } from '../offices/load.js';
import type { SharedFacts } from '../rules/load.js';
import type { RuleSet } from '../rules/ruleSet.js';
import type { Registry } from '../sources/registry.js';
import { BUILD_ID } from './build.js';

export const SNAPSHOT_FILE = 'dist/snapshot.json';
/** Bumped whenever the shape of an entry changes. */
export const SNAPSHOT_FORMAT = 2;

interface Entry<T> {
  key: string;
  value: T;
}

/** RuleSet with its maps as entries, so it survives JSON. */
export type SerializedRuleSet = Omit<RuleSet, 'factsById' | 'named' | 'lines'> & {
  named: [string, unknown][];
  lines: [string, number][];
};
export type SerializedStatutory = Omit<StatutoryTable, 'years'> & { years: [number, StatutoryTable['years'] extends ReadonlyMap<number, infer D> ? D : never][] };

/** What dist/snapshot.json holds. */
export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  build: string;
  sources?: Entry<Registry>;
  shared?: Entry<SharedFacts>;
  statutory?: Entry<SerializedStatutory>;
  /** data/offices.yaml, keyed with the source registry it resolves its citations in. */
  offices?: Entry<OfficesData>;
  calendars: Record<string, Entry<CalendarYear[]>>;
  rules: Record<string, Entry<SerializedRuleSet>>;
}

export function contentHash(...texts: string[]): string {
  const h = createHash('sha256');
  for (const t of texts) h.update(String(t.length)).update(':').update(t);
  return h.digest('hex');
}

/** The key of an entry: the build that made it and every text it was made from. */
export function entryKey(...texts: string[]): string {
  return contentHash(BUILD_ID, ...texts);
}

export function serializeRuleSet(r: RuleSet): SerializedRuleSet {
  const { factsById: _f, named, lines, ...rest } = r;
  return { ...rest, named: [...named], lines: [...lines] };
}

export function deserializeRuleSet(s: SerializedRuleSet): RuleSet {
  return {
    ...s,
    factsById: new Map(s.facts.map((f) => [f.id, f])),
    named: new Map(s.named as [string, RuleSet['named'] extends ReadonlyMap<string, infer C> ? C : never][]),
    lines: new Map(s.lines),
  };
}

export function serializeStatutory(t: StatutoryTable): SerializedStatutory {
  return { ...t, years: [...t.years].map(([y, days]) => [y, days]) };
}

export function deserializeStatutory(s: SerializedStatutory): StatutoryTable {
  return { ...s, years: new Map(s.years) };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether the snapshot can be used, and if not, why (for `permit --version --verbose`). */
export type SnapshotState =
  | { usable: true; snapshot: Snapshot }
  | { usable: false; reason: 'missing' | 'unreadable' | 'malformed' | 'other-format' | 'other-build' };

/**
 * Reads the snapshot next to the package. A missing, unreadable, malformed or foreign one (other
 * format, other build) is no cache at all, never an error: the data files are parsed instead.
 */
export function inspectSnapshot(root: string): SnapshotState {
  let text: string;
  try {
    text = readFileSync(join(root, SNAPSHOT_FILE), 'utf8');
  } catch (e) {
    return { usable: false, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { usable: false, reason: 'malformed' };
  }
  if (!isObject(parsed)) return { usable: false, reason: 'malformed' };
  if (parsed.format !== SNAPSHOT_FORMAT) return { usable: false, reason: 'other-format' };
  if (parsed.build !== BUILD_ID) return { usable: false, reason: 'other-build' };
  if (!isObject(parsed.rules) || !isObject(parsed.calendars)) return { usable: false, reason: 'malformed' };
  for (const group of [parsed.rules, parsed.calendars])
    for (const e of Object.values(group)) if (!isObject(e) || typeof e.key !== 'string' || !('value' in e)) return { usable: false, reason: 'malformed' };
  for (const k of ['sources', 'shared', 'statutory', 'offices'])
    if (parsed[k] !== undefined && (!isObject(parsed[k]) || typeof (parsed[k] as { key?: unknown }).key !== 'string'))
      return { usable: false, reason: 'malformed' };
  return { usable: true, snapshot: parsed as unknown as Snapshot };
}

export function readSnapshot(root: string): Snapshot | undefined {
  const state = inspectSnapshot(root);
  return state.usable ? state.snapshot : undefined;
}

/** The value of an entry whose key matches, else undefined. */
export function cached<T>(entry: Entry<T> | undefined, key: string): T | undefined {
  return entry !== undefined && entry.key === key ? entry.value : undefined;
}
