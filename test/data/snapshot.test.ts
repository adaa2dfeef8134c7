/**
 * The start-up snapshot serves a value only for the exact texts it was made from, by the same
 * build, and a cached value equals a fresh parse; a malformed or foreign snapshot is no cache.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCalendarFile } from '../../src/calendar/calendarFile.js';
import { parseStatutoryFile } from '../../src/calendar/statutoryFile.js';
import { BUILD_ID } from '../../src/data/build.js';
import { parseOffices } from '../../src/offices/load.js';
import { parseSourcesFile } from '../../src/sources/registry.js';
import {
  cached,
  deserializeRuleSet,
  deserializeStatutory,
  entryKey,
  readSnapshot,
  SNAPSHOT_FORMAT,
  serializeRuleSet,
  serializeStatutory,
} from '../../src/data/snapshot.js';
import { writeSnapshot } from '../../src/data/writeSnapshot.js';
import { repoRoot } from '../helpers/calendar.js';
import { procedures, shippedRules } from '../helpers/rules.js';

const read = (rel: string) => readFileSync(`${repoRoot}${rel}`, 'utf8');

describe('the start-up snapshot', () => {
  it.each(procedures)('gives back rules/%s.yaml equal to a fresh parse after a JSON round trip', (p) => {
    const fresh = shippedRules(p);
    const back = deserializeRuleSet(JSON.parse(JSON.stringify(serializeRuleSet(fresh))));
    expect(back).toEqual(fresh);
    expect([...back.lines]).toEqual([...fresh.lines]);
  });

  it('gives back the calendar and the statutory table equal to a fresh parse', () => {
    const years = parseCalendarFile('data/calendar/cn.yaml', read('data/calendar/cn.yaml'));
    expect(JSON.parse(JSON.stringify(years))).toEqual(years);
    const table = parseStatutoryFile('data/calendar/statutory.yaml', read('data/calendar/statutory.yaml'));
    expect(deserializeStatutory(JSON.parse(JSON.stringify(serializeStatutory(table))))).toEqual(table);
  });

  it('gives back the offices equal to a fresh parse', () => {
    const offices = parseOffices('data/offices.yaml', read('data/offices.yaml'), parseSourcesFile('data/sources.yaml', read('data/sources.yaml')));
    expect(JSON.parse(JSON.stringify(offices))).toEqual(offices);
  });

  it('keys every entry on the build and on every text it was made from', () => {
    const rule = read('rules/cancel.yaml');
    const sources = read('data/sources.yaml');
    const shared = read('rules/shared/facts.yaml');
    const key = entryKey('rules', rule, sources, shared);
    expect(cached({ key, value: 1 }, entryKey('rules', rule, sources, shared))).toBe(1);
    expect(cached({ key, value: 1 }, entryKey('rules', `${rule} `, sources, shared))).toBeUndefined();
    expect(cached({ key, value: 1 }, entryKey('rules', rule, `${sources} `, shared))).toBeUndefined();
    expect(cached({ key, value: 1 }, entryKey('rules', rule, sources, `${shared} `))).toBeUndefined();
    // Texts are length-prefixed, so moving a character between two texts changes the key.
    expect(entryKey('ab', 'c')).not.toBe(entryKey('a', 'bc'));
  });

  it('is written with its format and build and read back by the same build', () => {
    const root = mkdtempSync(join(tmpdir(), 'permit-snapshot-'));
    for (const dir of ['rules/shared', 'data/calendar', 'dist']) mkdirSync(join(root, dir), { recursive: true });
    for (const rel of ['data/sources.yaml', 'data/offices.yaml', 'rules/shared/facts.yaml', 'data/calendar/cn.yaml', 'data/calendar/statutory.yaml', ...procedures.map((p) => `rules/${p}.yaml`)])
      writeFileSync(join(root, rel), read(rel));
    expect(writeSnapshot(root)).toEqual([]);
    const snapshot = readSnapshot(root);
    expect(snapshot?.format).toBe(SNAPSHOT_FORMAT);
    expect(snapshot?.build).toBe(BUILD_ID);
    expect(Object.keys(snapshot?.rules ?? {}).sort()).toEqual(procedures.map((p) => `${p}.yaml`));
    expect(cached(snapshot?.offices, entryKey('offices', read('data/offices.yaml'), read('data/sources.yaml')))?.cities.length).toBeGreaterThan(1);
    const entry = snapshot?.rules['cancel.yaml'];
    const key = entryKey('rules', read('rules/cancel.yaml'), read('data/sources.yaml'), read('rules/shared/facts.yaml'));
    const hit = cached(entry, key);
    expect(hit && deserializeRuleSet(hit)).toEqual(shippedRules('cancel'));
  });

  it.each([
    ['not JSON', '{"format": 2, "build"'],
    ['another format', JSON.stringify({ format: 1, build: BUILD_ID, rules: {}, calendars: {} })],
    ['another build', JSON.stringify({ format: SNAPSHOT_FORMAT, build: 'other', rules: {}, calendars: {} })],
    ['the wrong shape', JSON.stringify({ format: SNAPSHOT_FORMAT, build: BUILD_ID, rules: [], calendars: {} })],
    ['an entry without a key', JSON.stringify({ format: SNAPSHOT_FORMAT, build: BUILD_ID, rules: { 'cancel.yaml': { value: {} } }, calendars: {} })],
  ])('treats a snapshot that is %s as no cache', (_what, text) => {
    const root = mkdtempSync(join(tmpdir(), 'permit-snapshot-'));
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/snapshot.json'), text);
    expect(readSnapshot(root)).toBeUndefined();
  });
});
