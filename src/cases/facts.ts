/**
 * The facts of one procedure of a case: each fact from the place its rule file names
 * (`case: permit.expiry`), or from the procedure's `facts:` block, with the path it came from so
 * findings can point at it. The same fact given twice with different values is a conflict.
 */
import type { FactValue } from '../rules/conditions.js';
import type { RuleSet } from '../rules/ruleSet.js';
import { documentOfPlace, placePath } from './locations.js';
import type { CaseData, ProcedureEntry } from './schema.js';

export interface CaseFacts {
  facts: Map<string, FactValue>;
  /** Fact id → the path in the case file it was read from. */
  paths: Map<string, readonly PropertyKey[]>;
  conflicts: { fact: string; paths: readonly (readonly PropertyKey[])[]; values: readonly FactValue[] }[];
}

function at(data: unknown, path: readonly string[]): unknown {
  let v = data;
  for (const k of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/**
 * The facts `rules` needs, read from the case blocks and from `entry` (at index `index` of the
 * case's procedures; absent for a watch, which reads the case blocks only).
 */
export function caseFacts(data: CaseData, rules: RuleSet, entry?: { value: ProcedureEntry; index: number }): CaseFacts {
  const facts = new Map<string, FactValue>();
  const paths = new Map<string, readonly PropertyKey[]>();
  const conflicts: CaseFacts['conflicts'] = [];
  const base: PropertyKey[] = entry ? ['procedures', entry.index] : [];
  const entryFacts = (entry?.value.facts ?? {}) as Record<string, FactValue | undefined>;
  for (const fact of rules.facts) {
    const found: { value: FactValue; path: readonly PropertyKey[] }[] = [];
    if (fact.case) {
      const doc = documentOfPlace(fact.case);
      let value: unknown;
      let path: PropertyKey[];
      if (doc !== undefined) {
        value = entry ? at(entry.value, ['documents', doc, 'issued']) : undefined;
        path = [...base, 'documents', doc, 'issued'];
      } else if (fact.case === 'submitted') {
        value = entry?.value.submitted;
        path = [...base, 'submitted'];
      } else {
        value = at(data, placePath(fact.case));
        path = placePath(fact.case);
      }
      if (typeof value === 'string' || typeof value === 'boolean') found.push({ value, path });
    }
    const own = Object.hasOwn(entryFacts, fact.id) ? entryFacts[fact.id] : undefined;
    if (own !== undefined) found.push({ value: own, path: [...base, 'facts', fact.id] });
    const first = found[0];
    if (!first) continue;
    if (found.some((f) => f.value !== first.value))
      conflicts.push({ fact: fact.id, paths: found.map((f) => f.path), values: found.map((f) => f.value) });
    facts.set(fact.id, first.value);
    paths.set(fact.id, first.path);
  }
  return { facts, paths, conflicts };
}
