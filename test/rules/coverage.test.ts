/**
 * Meta-test over rules/: every procedure has golden scenarios, and every document, deadline and
 * warning it can produce is expected by at least one scenario. A rule nobody tests fails here
 * with a sentence saying what to add.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRuleFile } from '../../src/rules/load.js';
import { repoRoot } from '../helpers/calendar.js';
import { loadGoldenFile } from '../helpers/golden.js';

// The five source documents of shared/seeds/ that rule files may cite by name.
const SEEDS = new Set([
  '000_3690fb51b057e169.txt',
  '001_0d3ed23c053e7205.txt',
  '002_946c329a002ef5ae.txt',
  '003_7293e6b1f0980540.txt',
  '004_fa863b1da3484472.txt',
]);

const procedures = readdirSync(`${repoRoot}rules`)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

describe.each(procedures)('rules/%s.yaml', (procedure) => {
  const goldenPath = `${repoRoot}test/golden/${procedure}.yaml`;

  it('has golden scenarios', () => {
    expect(
      existsSync(goldenPath),
      `add test/golden/${procedure}.yaml with scenarios for rules/${procedure}.yaml`,
    ).toBe(true);
  });

  it('has every document, deadline and warning expected by some scenario', () => {
    if (!existsSync(goldenPath)) return;
    const rules = loadRuleFile(`${repoRoot}rules`, procedure);
    const golden = loadGoldenFile(goldenPath, `test/golden/${procedure}.yaml`);
    const seen = { documents: new Set<string>(), deadlines: new Set<string>(), warnings: new Set<string>() };
    for (const s of golden.scenarios) {
      for (const id of [...(s.expect.documents ?? []), ...(s.expect['documents-include'] ?? [])])
        seen.documents.add(id);
      for (const id of Object.keys(s.expect.deadlines ?? {})) seen.deadlines.add(id);
      for (const id of s.expect['warnings-include'] ?? []) seen.warnings.add(id);
    }
    const untested = (['documents', 'deadlines', 'warnings'] as const).flatMap((kind) =>
      rules[kind]
        .filter((item) => !seen[kind].has(item.id))
        .map((item) => `${kind.slice(0, -1)} "${item.id}"`),
    );
    expect(
      untested,
      `add scenarios to test/golden/${procedure}.yaml that expect: ${untested.join(', ')}`,
    ).toEqual([]);
  });

  it('cites only the known seed documents by name', () => {
    const text = readFileSync(`${repoRoot}rules/${procedure}.yaml`, 'utf8');
    const cited = [...text.matchAll(/doc: "?([^\s,"}]+)/g)].map((m) => m[1] as string);
    expect(
      cited.filter((d) => !SEEDS.has(d)),
      'a `doc:` must name one of the files in shared/seeds/',
    ).toEqual([]);
  });
});
