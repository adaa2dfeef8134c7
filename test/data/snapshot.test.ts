/**
 * The start-up snapshot serves resolved rules only for the exact rule text and the exact
 * registry they were resolved with; anything else is parsed again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cachedRules,
  cachedSources,
  contentHash,
  ruleKey,
  type Snapshot,
  serializeRules,
} from '../../src/data/snapshot.js';
import { parseRuleFile } from '../../src/rules/load.js';
import { parseSourcesFile } from '../../src/sources/registry.js';
import { repoRoot } from '../helpers/calendar.js';

const sourcesText = readFileSync(`${repoRoot}data/sources.yaml`, 'utf8');
const registry = parseSourcesFile('data/sources.yaml', sourcesText);
const ruleText = readFileSync(`${repoRoot}rules/cancel.yaml`, 'utf8');
const parsed = parseRuleFile('rules/cancel.yaml', ruleText, registry);
const hash = contentHash(sourcesText);
const snapshot: Snapshot = JSON.parse(
  JSON.stringify({
    rules: { 'cancel.yaml': { sha256: ruleKey(ruleText, hash), value: serializeRules(parsed) } },
    calendars: {},
    sources: { sha256: hash, value: registry },
  }),
);

describe('the snapshot cache with the source registry', () => {
  it('serves rules equal to a fresh parse, citations resolved, when both files are unchanged', () => {
    const cached = cachedRules(snapshot, 'rules/cancel.yaml', ruleText, hash);
    expect(cached).toEqual(parsed);
    expect(cached?.documents[0]?.source).toMatchObject({ source: 'agency-cancellation-guide', kind: 'secondary' });
  });

  it('serves nothing once the registry changed, so resolved citations are never stale', () => {
    const edited = sourcesText.replace('Ikky in China (ikkyinchina.com)', 'Ikky in China');
    expect(cachedRules(snapshot, 'rules/cancel.yaml', ruleText, contentHash(edited))).toBeUndefined();
    expect(cachedSources(snapshot, contentHash(edited))).toBeUndefined();
  });

  it('serves nothing once the rule file changed', () => {
    expect(cachedRules(snapshot, 'rules/cancel.yaml', `${ruleText} `, hash)).toBeUndefined();
  });

  it('serves the registry itself for its exact text', () => {
    expect(cachedSources(snapshot, hash)).toEqual(registry);
  });

  it('keys a rule file by its text and the registry together', () => {
    expect(ruleKey(ruleText, hash)).not.toBe(contentHash(ruleText));
    expect(ruleKey(ruleText, hash)).not.toBe(ruleKey(ruleText, contentHash('')));
  });
});
