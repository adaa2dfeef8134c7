/**
 * Build step: validates the shipped data files and writes dist/snapshot.json (see snapshot.ts).
 * A file that does not validate is left out, so the CLI parses it at run time and reports its
 * errors with file:line:col instead of the build failing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCalendarFile } from '../calendar/calendarFile.js';
import { parseStatutoryFile } from '../calendar/statutoryFile.js';
import { parseOffices } from '../offices/load.js';
import { parseRuleFile, parseSharedFacts, type SharedFacts } from '../rules/load.js';
import { parseSourcesFile, type Registry } from '../sources/registry.js';
import { SOURCES_FILE } from '../sources/files.js';
import { BUILD_ID } from './build.js';
import { CALENDAR_FILE, OFFICES_FILE, SHARED_FACTS, STATUTORY_FILE } from './loadData.js';
import {
  entryKey,
  SNAPSHOT_FILE,
  SNAPSHOT_FORMAT,
  type Snapshot,
  serializeRuleSet,
  serializeStatutory,
} from './snapshot.js';

export function writeSnapshot(root: string): string[] {
  const snapshot: Snapshot = { format: SNAPSHOT_FORMAT, build: BUILD_ID, rules: {}, calendars: {} };
  const problems: string[] = [];
  const read = (rel: string) => readFileSync(join(root, rel), 'utf8');
  const attempt = <T>(f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      problems.push((e as Error).message);
      return undefined;
    }
  };

  const sourcesText = read(SOURCES_FILE);
  const registry: Registry | undefined = attempt(() => parseSourcesFile(SOURCES_FILE, sourcesText));
  if (registry) snapshot.sources = { key: entryKey('sources', sourcesText), value: registry };
  const sharedText = read(`rules/${SHARED_FACTS}`);
  const shared: SharedFacts | undefined = attempt(() => parseSharedFacts(`rules/${SHARED_FACTS}`, sharedText));
  if (shared) snapshot.shared = { key: entryKey('shared', sharedText), value: shared };
  for (const name of readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.yaml'))) {
    if (!registry || !shared) break;
    const text = read(`rules/${name}`);
    const rules = attempt(() => parseRuleFile(`rules/${name}`, text, { registry, shared }));
    if (rules) snapshot.rules[name] = { key: entryKey('rules', text, sourcesText, sharedText), value: serializeRuleSet(rules) };
  }
  const calendarText = read(CALENDAR_FILE);
  const years = attempt(() => parseCalendarFile(CALENDAR_FILE, calendarText));
  if (years) snapshot.calendars[CALENDAR_FILE] = { key: entryKey('calendar', calendarText), value: years };
  const statutoryText = read(STATUTORY_FILE);
  const table = attempt(() => parseStatutoryFile(STATUTORY_FILE, statutoryText));
  if (table) snapshot.statutory = { key: entryKey('statutory', statutoryText), value: serializeStatutory(table) };
  const officesText = read(OFFICES_FILE);
  const offices = registry && attempt(() => parseOffices(OFFICES_FILE, officesText, registry));
  if (offices) snapshot.offices = { key: entryKey('offices', officesText, sourcesText), value: offices };
  writeFileSync(join(root, SNAPSHOT_FILE), JSON.stringify(snapshot));
  return problems;
}
