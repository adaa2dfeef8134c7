/**
 * Build step: validates the shipped data files and writes dist/snapshot.json (see snapshot.ts).
 * A file that does not validate is left out, so the CLI parses it at run time and reports its
 * errors with file:line:col instead of the build failing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCalendarFile } from '../calendar/calendarFile.js';
import { parseRuleFile } from '../rules/load.js';
import { contentHash, SNAPSHOT_FILE, type Snapshot, serializeRules } from './snapshot.js';

export function writeSnapshot(root: string): string[] {
  const snapshot: Snapshot = { rules: {}, calendars: {} };
  const problems: string[] = [];
  for (const name of readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.yaml'))) {
    const text = readFileSync(join(root, 'rules', name), 'utf8');
    try {
      snapshot.rules[name] = {
        sha256: contentHash(text),
        value: serializeRules(parseRuleFile(`rules/${name}`, text)),
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
  writeFileSync(join(root, SNAPSHOT_FILE), JSON.stringify(snapshot));
  return problems;
}
