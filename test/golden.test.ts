/** Runs every golden scenario in test/golden/*.yaml against the shipped rules and calendar. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FactValues } from '../src/rules/conditions.js';
import { evaluate } from '../src/rules/evaluate.js';
import { loadRuleFile } from '../src/rules/load.js';
import { repoRoot, shippedCalendar } from './helpers/calendar.js';
import { loadGoldenFile } from './helpers/golden.js';

const goldenDir = `${repoRoot}test/golden`;
const files = readdirSync(goldenDir).filter((f) => f.endsWith('.yaml'));

describe.each(files)('%s', (file) => {
  const golden = loadGoldenFile(`${goldenDir}/${file}`, `test/golden/${file}`);
  const rules = loadRuleFile(`${repoRoot}rules`, golden.procedure);

  it.each(golden.scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const plan = evaluate({
      rules,
      facts: s.facts as FactValues,
      asOf: s['as-of'],
      calendar: shippedCalendar,
    });
    const e = s.expect;
    const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
    if (e.deadlines) {
      expect(ids(plan.deadlines), 'deadline ids').toEqual(Object.keys(e.deadlines).sort());
      for (const [id, want] of Object.entries(e.deadlines)) {
        const got = plan.deadlines.find((d) => d.id === id);
        expect(got?.date, `${id}.date`).toBe(want.date);
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
    const has = (items: { id: string }[], want: string[] | undefined, label: string, present: boolean) => {
      for (const id of want ?? [])
        expect(
          items.some((i) => i.id === id),
          `${label} ${id}`,
        ).toBe(present);
    };
    has(plan.documents, e['documents-include'], 'document', true);
    has(plan.documents, e['documents-exclude'], 'document', false);
    has(plan.steps, e['steps-include'], 'step', true);
    has(plan.steps, e['steps-exclude'], 'step', false);
    has(plan.warnings, e['warnings-include'], 'warning', true);
    has(plan.warnings, e['warnings-exclude'], 'warning', false);
    if (e['open-questions'])
      expect(plan.openQuestions.map((q) => q.fact).sort()).toEqual([...e['open-questions']].sort());
  });
});
