/** Runs every golden scenario in test/golden/*.yaml against the shipped rules and calendar. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/rules/evaluate.js';
import { repoRoot, shippedCalendar } from './helpers/calendar.js';
import { goldenProblems, loadGoldenFile } from './helpers/golden.js';
import { shippedRules } from './helpers/rules.js';

const goldenDir = `${repoRoot}test/golden`;
const files = readdirSync(goldenDir).filter((f) => f.endsWith('.yaml'));

describe.each(files)('%s', (file) => {
  const golden = loadGoldenFile(`${goldenDir}/${file}`, `test/golden/${file}`);
  const rules = shippedRules(golden.procedure);

  it('names only ids its rule file defines', () => {
    expect(golden.scenarios.flatMap((s) => goldenProblems(rules, s).map((p) => `${s.name}: ${p}`))).toEqual([]);
  });

  it.each(golden.scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const plan = evaluate({
      rules,
      facts: s.facts,
      asOf: s['as-of'],
      calendar: shippedCalendar,
      ...(s.done ? { done: new Map(Object.entries(s.done)) } : {}),
    } as Parameters<typeof evaluate>[0]);
    const e = s.expect;
    // A placeholder left in a message means it named a deadline this plan does not have.
    expect(JSON.stringify(plan), 'unfilled {{placeholder}}').not.toContain('{{');
    const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).sort();
    if (e.deadlines) {
      expect(ids(plan.deadlines), 'deadline ids').toEqual(Object.keys(e.deadlines).sort());
      for (const [id, want] of Object.entries(e.deadlines)) {
        const got = plan.deadlines.find((d) => d.id === id);
        expect(got?.date, `${id}.date`).toBe(want.date);
        if (want['legal-end']) expect(got?.legalEnd, `${id}.legalEnd`).toBe(want['legal-end']);
        if (want.opens) expect(got?.opens, `${id}.opens`).toBe(want.opens);
        if (want.status) expect(got?.status, `${id}.status`).toBe(want.status);
        if (want.provisional !== undefined)
          expect((got?.provisionalYears.length ?? 0) > 0, `${id}.provisional`).toBe(want.provisional);
        for (const [altId, altDate] of Object.entries(want.alternatives ?? {})) {
          const shown = got?.alternatives.find((a) => a.id === altId)?.date;
          expect(shown, `${id} alternative ${altId}`).toBe(altDate === 'none' ? undefined : altDate);
        }
      }
    }
    if (e.documents) expect(ids(plan.documents), 'documents').toEqual([...e.documents].sort());
    const has = (items: readonly { id: string }[], want: readonly string[] | undefined, label: string, present: boolean) => {
      for (const id of want ?? []) expect(items.some((i) => i.id === id), `${label} ${id}`).toBe(present);
    };
    has(plan.documents, e['documents-include'], 'document', true);
    has(plan.documents, e['documents-exclude'], 'document', false);
    has(plan.steps, e['steps-include'], 'step', true);
    has(plan.steps, e['steps-exclude'], 'step', false);
    for (const [step, deadline] of Object.entries(e['step-deadlines'] ?? {})) {
      const got = plan.steps.find((x) => x.id === step);
      expect(got, `step ${step}`).toBeDefined();
      expect(got?.deadline, `step ${step} deadline`).toBe(deadline === 'none' ? undefined : deadline);
    }
    const notes = new Set(
      [...plan.documents, ...plan.deadlines, ...plan.steps].flatMap((i) => i.notes.map((n) => `${i.id}/${n.id}`)),
    );
    for (const n of e['notes-include'] ?? []) expect(notes.has(n), `note ${n}`).toBe(true);
    for (const n of e['notes-exclude'] ?? []) expect(notes.has(n), `note ${n}`).toBe(false);
    const warnings = new Set(plan.warnings.flatMap((w) => [w.ruleId, `${w.ruleId}:${w.target}`]));
    for (const w of e['warnings-include'] ?? []) expect(warnings.has(w), `warning ${w}`).toBe(true);
    for (const w of e['warnings-exclude'] ?? []) expect(warnings.has(w), `warning ${w}`).toBe(false);
    if (e.assumptions)
      expect(Object.fromEntries(plan.assumptions.map((a) => [a.fact, a.value]))).toEqual(e.assumptions);
    if (e['open-questions'])
      expect(plan.openQuestions.map((q) => q.fact).sort()).toEqual([...e['open-questions']].sort());
  });
});
