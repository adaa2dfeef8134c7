/**
 * Build step: validates the shipped data files and writes dist/snapshot.json (see snapshot.ts).
 * A file that does not validate is left out, so the CLI parses it at run time and reports its
 * errors with file:line:col instead of the build failing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCalendarFile } from '../calendar/calendarFile.js';
import { parseStatutoryFile } from '../calendar/statutoryFile.js';
import { parseRuleFile } from '../rules/load.js';
import { parseSourcesFile, type Registry, SOURCES_FILE } from '../sources/registry.js';
import {
  contentHash,
  ruleKey,
  SNAPSHOT_FILE,
  type Snapshot,
  serializeRules,
  serializeStatutory,
} from './snapshot.js';

export function writeSnapshot(root: string): string[] {
  const snapshot: Snapshot = { rules: {}, calendars: {} };
  const problems: string[] = [];
  // The registry first: rule files are resolved against it, and keyed by its hash too.
  const sourcesText = readFileSync(join(root, SOURCES_FILE), 'utf8');
  const sourcesHash = contentHash(sourcesText);
  let registry: Registry | undefined;
  try {
    registry = parseSourcesFile(SOURCES_FILE, sourcesText);
    snapshot.sources = { sha256: sourcesHash, value: registry };
  } catch (e) {
    problems.push((e as Error).message);
  }
  for (const name of readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.yaml'))) {
    if (!registry) break;
    const text = readFileSync(join(root, 'rules', name), 'utf8');
    try {
      snapshot.rules[name] = {
        sha256: ruleKey(text, sourcesHash),
        value: serializeRules(parseRuleFile(`rules/${name}`, text, registry)),
      };
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  const calendar = 'data/calendar/cn.yaml';
  const text = readFileSync(join(root, calendar), 'utf8');
  try {
    snapshot.calendars[calendar] = { sha256: contentHash(text), value: parseCalendarFile(calendar, text) };
  } catch (e) {
    problems.push((e as Error).message);
  }
  const statutory = 'data/calendar/statutory.yaml';
  const table = readFileSync(join(root, statutory), 'utf8');
  try {
    snapshot.statutory = { sha256: contentHash(table), value: serializeStatutory(parseStatutoryFile(statutory, table)) };
  } catch (e) {
    problems.push((e as Error).message);
  }
  writeFileSync(join(root, SNAPSHOT_FILE), JSON.stringify(snapshot));
  return problems;
}
