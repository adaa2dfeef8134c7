/**
 * Meta-test over rules/: every procedure has golden scenarios, and everything it can produce
 * (documents, deadlines, alternatives, steps, warnings, conditional notes) is expected by some
 * scenario; texts never point readers at this project's own notes; every citation names a source
 * of data/sources.yaml, and every source there is cited. A rule nobody tests, or a source nobody
 * cites, fails here with a sentence saying what to do.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadOffices } from '../../src/offices/load.js';
import { CALENDAR_SOURCES, officesCitations, ruleCitations } from '../../src/sources/citedBy.js';
import { repoRoot } from '../helpers/calendar.js';
import { loadGoldenFile } from '../helpers/golden.js';
import { procedures, registry, sharedFacts, shippedRules } from '../helpers/rules.js';

// A ref says where in the source to look; it never points at this project's own files.
const NOT_A_REF = /research notes|domain-research|\bseeds?\b|[0-9a-f]{16}\.txt/i;
// A text a user reads never sends them to this project's notes or its internal numbering.
const NOT_FOR_READERS = /research notes|\bseeds? ?\d*\b|种子文件|研究笔记|\bambiguity A\d+|（?歧义A\d+|\(A\d+\)|（A\d+）/i;

/** Every en/zh text of a value, with a path to find it by. */
function texts(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((x, i) => texts(x, `${path}[${i}]`));
  const v = value as Record<string, unknown>;
  const own = ['en', 'zh'].flatMap((k) => (typeof v[k] === 'string' ? [{ path: `${path}.${k}`, text: v[k] as string }] : []));
  return [...own, ...Object.entries(v).flatMap(([k, x]) => (k === 'source' || k === 'see-also' ? [] : texts(x, `${path}.${k}`)))];
}

describe.each(procedures)('rules/%s.yaml', (procedure) => {
  const goldenPath = `${repoRoot}test/golden/${procedure}.yaml`;

  it('has golden scenarios', () => {
    expect(existsSync(goldenPath), `add test/golden/${procedure}.yaml with scenarios for rules/${procedure}.yaml`).toBe(true);
  });

  it('has everything it can produce expected by some scenario', () => {
    if (!existsSync(goldenPath)) return;
    const rules = shippedRules(procedure);
    const golden = loadGoldenFile(goldenPath, `test/golden/${procedure}.yaml`);
    const seen = new Set<string>();
    for (const s of golden.scenarios) {
      const e = s.expect;
      for (const id of [...(e.documents ?? []), ...(e['documents-include'] ?? [])]) seen.add(`document "${id}"`);
      for (const [id, d] of Object.entries(e.deadlines ?? {})) {
        seen.add(`deadline "${id}"`);
        for (const [alt, date] of Object.entries(d.alternatives ?? {}))
          if (date !== 'none') seen.add(`alternative "${id}/${alt}"`);
      }
      for (const id of [...(e['steps-include'] ?? []), ...Object.keys(e['step-deadlines'] ?? {})]) seen.add(`step "${id}"`);
      for (const id of e['warnings-include'] ?? []) seen.add(`warning "${id.split(':')[0]}"`);
      for (const id of e['notes-include'] ?? []) seen.add(`note "${id}"`);
    }
    const expected = [
      ...rules.documents.map((d) => `document "${d.id}"`),
      ...rules.deadlines.map((d) => `deadline "${d.id}"`),
      ...rules.deadlines.flatMap((d) =>
        [...(d.alternatives ?? []), ...(d.cases ?? []).flatMap((k) => k.alternatives ?? [])].map(
          (a) => `alternative "${d.id}/${a.id}"`,
        ),
      ),
      ...rules.steps.map((s) => `step "${s.id}"`),
      ...rules.warnings.map((w) => `warning "${w.id}"`),
      // Notes with a condition are law too; each must be shown by some scenario.
      ...[rules.documents, rules.deadlines, rules.steps].flatMap((list) =>
        list.flatMap((item) => (item.notes ?? []).filter((n) => n.when).map((n) => `note "${item.id}/${n.id}"`)),
      ),
    ];
    const untested = [...new Set(expected)].filter((x) => !seen.has(x));
    expect(untested, `add scenarios to test/golden/${procedure}.yaml that expect: ${untested.join(', ')}`).toEqual([]);
  });

  it('writes texts for readers, never pointing at research notes or seed files', () => {
    const rules = shippedRules(procedure);
    const bad = texts({
      summary: rules.summary,
      facts: rules.facts,
      documents: rules.documents,
      deadlines: rules.deadlines,
      steps: rules.steps,
      warnings: rules.warnings,
    })
      .filter((t) => NOT_FOR_READERS.test(t.text))
      .map((t) => `${t.path}: "${t.text.slice(0, 80)}"`);
    expect(bad, `say it in words a reader can check (name the source, not our notes): ${bad.join('; ')}`).toEqual([]);
  });

  it('cites only sources of data/sources.yaml, with refs a reader can look up', () => {
    // The loader refuses a citation naming no registry source (unknown-source); loading is the test.
    const bad = ruleCitations(shippedRules(procedure))
      .filter((c) => NOT_A_REF.test(c.ref))
      .map((c) => `${c.itemKind} "${c.item}" (${c.as}): "${c.ref}"`);
    expect(bad, `say where in the source, e.g. "art. 33" or "question 3, item 4": ${bad.join('; ')}`).toEqual([]);
  });
});

describe('rules/shared/facts.yaml', () => {
  it('offers exactly the districts of data/offices.yaml for each city', () => {
    const offices = loadOffices(repoRoot, registry);
    const district = sharedFacts.facts.find((f) => f.id === 'district');
    for (const city of offices.cities) {
      const values = (district?.values ?? [])
        .filter((v) => v.when && 'fact' in v.when && 'is' in v.when && v.when.is === city.id)
        .map((v) => String(v.value));
      expect(values, `districts of ${city.id}`).toEqual(city.areas.map((a) => a.id));
    }
  });
});

describe('data/sources.yaml', () => {
  const rules = procedures.map((p) => shippedRules(p));
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
