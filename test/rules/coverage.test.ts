/**
 * Meta-test over rules/: every procedure has golden scenarios, and every document, deadline and
 * warning it can produce is expected by at least one scenario; every citation names a source of
 * data/sources.yaml, and every source there is cited. A rule nobody tests, or a source nobody
 * cites, fails here with a sentence saying what to do.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadOffices } from '../../src/offices/load.js';
import { loadRuleFile } from '../../src/rules/load.js';
import { CALENDAR_SOURCES, officesCitations, ruleCitations } from '../../src/sources/citedBy.js';
import { loadSourcesFile } from '../../src/sources/registry.js';
import { repoRoot } from '../helpers/calendar.js';
import { loadGoldenFile } from '../helpers/golden.js';

const registry = loadSourcesFile(repoRoot);
// A ref says where in the source to look; it never points at this project's own files.
const NOT_A_REF = /research notes|domain-research|\bseeds?\b|[0-9a-f]{16}\.txt/i;

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

  it('cites only sources of data/sources.yaml, with refs a reader can look up', () => {
    // The loader refuses a citation naming no registry source (unknown-source); loading is the test.
    const rules = loadRuleFile(`${repoRoot}rules`, procedure, registry);
    const bad = ruleCitations(rules)
      .filter((c) => NOT_A_REF.test(c.ref))
      .map((c) => `${c.itemKind} "${c.item}" (${c.as}): "${c.ref}"`);
    expect(bad, `say where in the source, e.g. "art. 33" or "question 3, item 4": ${bad.join('; ')}`).toEqual([]);
  });
});

describe('data/sources.yaml', () => {
  const rules = procedures.map((p) => loadRuleFile(`${repoRoot}rules`, p, registry));
  const offices = loadOffices(repoRoot, registry);
  const cited = [...rules.flatMap(ruleCitations), ...officesCitations(offices)];

  it('is cited from data/offices.yaml with refs a reader can look up', () => {
    const bad = officesCitations(offices)
      .filter((c) => NOT_A_REF.test(c.ref))
      .map((c) => `${c.itemKind} "${c.item}" (${c.as}): "${c.ref}"`);
    expect(bad, bad.join('; ')).toEqual([]);
  });

  it('has every entry cited by a rule, the offices data or the calendar', () => {
    const used = new Set([...cited.map((c) => c.source), ...CALENDAR_SOURCES]);
    const unused = registry.sources.filter((s) => !used.has(s.id)).map((s) => s.id);
    expect(
      unused,
      `no rule file or data/offices.yaml cites ${unused.map((id) => `"${id}"`).join(', ')}: cite it or remove it from data/sources.yaml`,
    ).toEqual([]);
  });

  it('labels every source that is not an official text as secondary', () => {
    // The agency guide and the university pages are corroboration only.
    const kinds = Object.fromEntries(registry.sources.map((s) => [s.id, s.kind]));
    expect(kinds['agency-cancellation-guide']).toBe('secondary');
    expect(kinds['nanjing-work-permit-faq-2025']).toBe('official-guide');
    expect(kinds['civil-code']).toBe('law');
    expect(kinds['mohrss-notice-2024-75']).toBe('notice');
    for (const s of registry.sources.filter((x) => /\.edu\.cn\//.test(x.url ?? '')))
      if (s.id !== 'national-service-guide-2017') expect(s.kind, `${s.id} is a university's page`).toBe('secondary');
  });
});
