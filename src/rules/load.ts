/**
 * Loads rule files and cross-checks what the schema alone cannot: every condition names a
 * declared fact and one of its values, statuses fit the deadline's kind, ids are unique, counts
 * start from dates declared earlier, every citation names a known source. Shared facts are
 * merged in and citations resolved here, so the evaluator gets a ready RuleSet.
 */
import { basename } from 'node:path';
import { placeProblem } from '../cases/locations.js';
import {
  type Registry,
  resolveCitations,
  unknownSourceProblem,
  withLocalSources,
} from '../sources/registry.js';
import { type Diagnostic, DiagnosticError } from '../yaml/diagnostics.js';
import { type LocatedYaml, loadYaml } from '../yaml/loadYaml.js';
import { type Condition, comparison, DUE_STATUSES, OTHER_STATUSES } from './format/condition.js';
import { type Count, countStart } from './format/count.js';
import type { DateRef } from './format/dateRef.js';
import type { Fact, FactUse } from './format/fact.js';
import { type RuleFile, ruleFileSchema, type SharedFactsFile, sharedFactsFileSchema } from './format/ruleFile.js';
import type { ResolvedFact, RuleSet } from './ruleSet.js';

/**
 * Flags every `permit check` has: a fact with one of these ids would be shadowed by the flag
 * (or shadow it), so the loader refuses it.
 */
export const RESERVED_FACT_IDS = [
  'as-of',
  'brief',
  'calendar',
  'case',
  'color',
  'explain',
  'format',
  'from',
  'help',
  'interactive',
  'lang',
  'no-color',
  'output',
  'procedure',
  'remind',
  'save',
  'force',
  'version',
  'warn-within',
] as const;

/** What a rule file is checked and resolved against, besides its own text. */
export interface RuleInputs {
  registry: Registry;
  /** rules/shared/facts.yaml of the same folder, when it has one. */
  shared?: SharedFacts | undefined;
}

/** The shared facts of a rule folder, validated, and where each was defined. */
export interface SharedFacts {
  file: string;
  facts: SharedFactsFile['facts'];
}

/** Parses rules/shared/facts.yaml; throws DiagnosticError with every problem found. */
export function parseSharedFacts(file: string, text: string): SharedFacts {
  const { value, located } = loadYaml(file, text, sharedFactsFileSchema);
  const problems: Diagnostic[] = [];
  const seen = new Set<string>();
  value.facts.forEach((f, i) => {
    if (seen.has(f.id))
      problems.push({ file, ...located.locate(['facts', i, 'id']), message: `fact "${f.id}" is defined twice`, code: 'duplicate-id' });
    seen.add(f.id);
  });
  if (problems.length > 0) throw new DiagnosticError(problems);
  return { file, facts: value.facts };
}

const isUse = (f: Fact | FactUse): f is FactUse => 'use' in f;

/**
 * Parses and checks one rule file's text. `file` is how messages name it (e.g.
 * `rules/cancel.yaml`); the RuleSet is named relative to its folder (`cancel.yaml`). Throws a
 * DiagnosticError with every problem found, each at its `file:line:col`.
 */
export function parseRuleFile(file: string, text: string, inputs: RuleInputs): RuleSet {
  const { value, located } = loadYaml(file, text, ruleFileSchema);
  const problems: Diagnostic[] = [];
  const problem = (path: readonly PropertyKey[], message: string, code = 'rule-reference'): void => {
    problems.push({ file, ...located.locate(path), message, code });
  };
  const name = basename(file);
  const expected = name.replace(/\.ya?ml$/, '');
  if (value.procedure !== expected)
    problem(['procedure'], `procedure "${value.procedure}" must match the file name "${expected}"`, 'rule-name');

  const facts = mergeFacts(value, inputs.shared, problem);
  const factsById = new Map(facts.map((f) => [f.id, f]));
  const lines = itemLines(value, located, problem);
  checkFacts(value, facts, problem);

  const named = new Map(Object.entries(value.conditions ?? {}));
  const deadlineKinds = new Map(value.deadlines.map((d) => [d.id, d.kind]));
  const dateIds = new Set((value.dates ?? []).map((d) => d.id));
  const check = makeConditionChecker({ factsById, named, deadlineKinds, dateIds, problem });
  for (const [id, c] of named) check.condition(c, ['conditions', id]);
  check.namedCycles();

  facts.forEach((f, i) => {
    if (f['ask-when']) check.condition(f['ask-when'], ['facts', i, 'ask-when']);
    if (Array.isArray(f.help)) f.help.forEach((h, j) => h.when && check.condition(h.when, ['facts', i, 'help', j, 'when']));
    for (const [j, v] of (f.values ?? []).entries()) if (v.when) check.condition(v.when, ['facts', i, 'values', j, 'when']);
    for (const [j, nb] of (f['not-before'] ?? []).entries()) check.dateRef(nb.date, ['facts', i, 'not-before', j, 'date'], 'any');
  });

  // Derived dates may count from facts and earlier derived dates only.
  const datesSoFar = new Set<string>();
  (value.dates ?? []).forEach((d, i) => {
    if (d.when) check.condition(d.when, ['dates', i, 'when']);
    check.count(d.count, ['dates', i, 'count'], { dates: datesSoFar, deadlines: new Set() });
    datesSoFar.add(d.id);
  });
  const deadlinesSoFar = new Set<string>();
  const scope = () => ({ dates: dateIds, deadlines: deadlinesSoFar });
  for (const list of ['documents', 'deadlines', 'steps', 'warnings'] as const) {
    for (const [i, item] of value[list].entries()) {
      if (item.when) check.condition(item.when, [list, i, 'when']);
      const noteIds = new Set<string>();
      for (const [j, n] of (item.notes ?? []).entries()) {
        if (n.when) check.condition(n.when, [list, i, 'notes', j, 'when']);
        if (noteIds.has(n.id)) problem([list, i, 'notes', j, 'id'], `note id "${n.id}" is used twice in ${item.id}`, 'duplicate-id');
        noteIds.add(n.id);
      }
    }
  }
  value.deadlines.forEach((d, i) => {
    const at = ['deadlines', i];
    check.count(d.count, [...at, 'count'], scope());
    if (d.opens) check.count(d.opens, [...at, 'opens'], scope());
    for (const [j, a] of (d.alternatives ?? []).entries()) {
      check.count(a.count, [...at, 'alternatives', j, 'count'], scope());
      if (a.when) check.condition(a.when, [...at, 'alternatives', j, 'when']);
    }
    d.cases?.forEach((k, j) => {
      const c = [...at, 'cases', j];
      check.condition(k.when, [...c, 'when']);
      check.count(k.count, [...c, 'count'], scope());
      if (k.opens) check.count(k.opens, [...c, 'opens'], scope());
      k.alternatives?.forEach((a, m) => {
        check.count(a.count, [...c, 'alternatives', m, 'count'], scope());
        if (a.when) check.condition(a.when, [...c, 'alternatives', m, 'when']);
      });
    });
    const metBy = d['met-by'];
    if (metBy !== undefined && factsById.get(metBy)?.type !== 'date')
      problem([...at, 'met-by'], `met-by names "${metBy}", which is not a date fact of this file`);
    deadlinesSoFar.add(d.id);
  });
  value.documents.forEach((doc, i) => {
    const v = doc['valid-for'];
    if (!v) return;
    const at = ['documents', i, 'valid-for'];
    if ('from' in v) check.dateRef(v.from, [...at, 'from'], 'any');
    if ('until' in v) check.dateRef(v.until, [...at, 'until'], 'any');
    check.dateRef(v['tested-on'], [...at, 'tested-on'], 'any');
  });
  value.warnings.forEach((w, i) => {
    for (const m of `${w.message.en} ${w.message.zh}`.matchAll(/\{\{([^}]*)\}\}/g)) {
      if (!deadlineKinds.has(m[1] as string)) problem(['warnings', i, 'message'], `placeholder {{${m[1]}}} names no deadline`);
    }
  });
  value.steps.forEach((s, i) => {
    if (s.deadline && !deadlineKinds.has(s.deadline)) problem(['steps', i, 'deadline'], `no deadline "${s.deadline}"`);
  });
  if (value.watch) {
    if (!deadlineKinds.has(value.watch.deadline)) problem(['watch', 'deadline'], `no deadline "${value.watch.deadline}"`);
    for (const [id, v] of Object.entries(value.watch.facts ?? {})) {
      const f = factsById.get(id);
      if (!f) problem(['watch', 'facts'], `watch names undeclared fact "${id}"`);
      else if (!valueAllowed(f, v)) problem(['watch', 'facts', id], `${JSON.stringify(v)} is not a value of fact "${id}"${allowedText(f)}`);
    }
  }

  const sources = withLocalSources(inputs.registry, value.sources, (id) =>
    problem(['sources'], `source "${id}" is already in ${inputs.registry.file}; cite that one or give this one another id`, 'shadowed-source'),
  );
  const resolve = <T>(v: T, path: PropertyKey[]) =>
    resolveCitations<T, Condition | Count | DateRef>(v, sources, value.checked, (p, c) => {
      problems.push(unknownSourceProblem(file, located.locate([...path, ...p, 'source']), c.source, inputs.registry.file, true));
    });
  const resolvedFacts = facts.map((f, i) => resolve(f, ['facts', i])) as ResolvedFact[];
  const items = {
    documents: resolve(value.documents, ['documents']),
    deadlines: resolve(value.deadlines, ['deadlines']),
    steps: resolve(value.steps, ['steps']),
    warnings: resolve(value.warnings, ['warnings']),
  };

  if (problems.length > 0) throw new DiagnosticError(problems);
  const { conditions: _c, sources: _s, facts: _f, documents: _d, deadlines: _dl, steps: _st, warnings: _w, ...rest } = value;
  return {
    ...rest,
    ...items,
    file: name,
    facts: resolvedFacts,
    factsById: new Map(resolvedFacts.map((f) => [f.id, f])),
    named,
    lines,
    ...(value.sources ? { localSources: value.sources } : {}),
  };
}

type Problem = (path: readonly PropertyKey[], message: string, code?: string) => void;

/** The file's facts in order, each `use:` replaced by the shared fact with its overrides. */
function mergeFacts(value: RuleFile, shared: SharedFacts | undefined, problem: Problem): Fact[] {
  const out: Fact[] = [];
  value.facts.forEach((f, i) => {
    if (!isUse(f)) {
      out.push(f);
      return;
    }
    const base = shared?.facts.find((s) => s.id === f.use);
    if (!base) {
      problem(
        ['facts', i, 'use'],
        shared
          ? `no shared fact "${f.use}" in ${shared.file}`
          : `"use: ${f.use}" needs a shared/facts.yaml in the rule folder`,
      );
      return;
    }
    const { use: _u, ...overrides } = f;
    out.push({ ...base, ...overrides });
  });
  return out;
}

/** Item id → line; every id once across the file's lists. */
function itemLines(value: RuleFile, located: LocatedYaml, problem: Problem): Map<string, number> {
  const lines = new Map<string, number>();
  const lists = ['facts', 'dates', 'documents', 'deadlines', 'steps', 'warnings'] as const;
  for (const list of lists) {
    (value[list] ?? []).forEach((item: { id?: string; use?: string }, i: number) => {
      const id = item.id ?? item.use;
      if (id === undefined) return;
      if (lines.has(id)) problem([list, i, item.id === undefined ? 'use' : 'id'], `id "${id}" is used twice in this file`, 'duplicate-id');
      lines.set(id, located.locate([list, i]).line);
    });
  }
  return lines;
}

function checkFacts(value: RuleFile, facts: Fact[], problem: Problem): void {
  const at = (id: string) => value.facts.findIndex((f) => (isUse(f) ? f.use : f.id) === id);
  for (const f of facts) {
    const i = at(f.id);
    if ((RESERVED_FACT_IDS as readonly string[]).includes(f.id))
      problem(['facts', i], `fact id "${f.id}" is taken by a flag every check has (--${f.id}); choose another id`, 'rule-fact');
    if (f.type === 'enum' && !f.values) problem(['facts', i], `enum fact "${f.id}" needs "values"`, 'rule-fact');
    if (f.type !== 'enum' && f.values) problem(['facts', i, 'values'], `only enum facts have "values"`, 'rule-fact');
    if (f.type !== 'date' && f.range) problem(['facts', i, 'range'], `only date facts have a "range"`, 'rule-fact');
    if (f.type !== 'date' && f['not-before']) problem(['facts', i, 'not-before'], `only date facts have "not-before"`, 'rule-fact');
    if (f.default !== undefined && !valueAllowed(f, f.default))
      problem(['facts', i, 'default'], `default ${JSON.stringify(f.default)} is not a value of "${f.id}"`, 'rule-fact');
    if (f.case !== undefined) {
      const why = placeProblem(f.case);
      if (why) problem(['facts', i, 'case'], why, 'rule-fact');
    }
  }
}

function valueAllowed(fact: Fact, v: unknown): boolean {
  if (fact.type === 'boolean') return typeof v === 'boolean';
  if (fact.type === 'date') return typeof v === 'string';
  return fact.values?.some((x) => x.value === v) ?? false;
}

function allowedText(fact: Fact): string {
  if (fact.type === 'boolean') return ' (true or false)';
  return fact.values ? ` (one of ${fact.values.map((v) => v.value).join(', ')})` : '';
}

interface CheckerInputs {
  factsById: ReadonlyMap<string, Fact>;
  named: ReadonlyMap<string, Condition>;
  deadlineKinds: ReadonlyMap<string, string>;
  dateIds: ReadonlySet<string>;
  problem: Problem;
}

/** The cross-checks of conditions, counts and date references, sharing what the file declares. */
function makeConditionChecker({ factsById, named, deadlineKinds, dateIds, problem }: CheckerInputs) {
  const dateRef = (
    r: DateRef,
    path: PropertyKey[],
    scope: 'any' | { dates: ReadonlySet<string>; deadlines: ReadonlySet<string> },
  ): void => {
    if ('fact' in r) {
      const fact = factsById.get(r.fact);
      if (!fact) problem([...path, 'fact'], `undeclared fact "${r.fact}"`);
      else if (fact.type !== 'date') problem([...path, 'fact'], `fact "${r.fact}" is not a date`);
      if (r.else) dateRef(r.else, [...path, 'else'], scope);
    } else if ('deadline' in r) {
      if (!deadlineKinds.has(r.deadline)) problem([...path, 'deadline'], `no deadline "${r.deadline}"`);
      else if (scope !== 'any' && !scope.deadlines.has(r.deadline))
        problem([...path, 'deadline'], `"${r.deadline}" must be a deadline declared above this one`);
    } else if ('date' in r) {
      if (!dateIds.has(r.date)) problem([...path, 'date'], `no derived date "${r.date}" under dates:`);
      else if (scope !== 'any' && !scope.dates.has(r.date))
        problem([...path, 'date'], `"${r.date}" must be a derived date declared above this one`);
    } else if ('later-of' in r) {
      r['later-of'].forEach((x, i) => dateRef(x, [...path, 'later-of', i], scope));
    }
  };
  const condition = (c: Condition, path: PropertyKey[]): void => {
    if ('all' in c || 'any' in c) {
      const key = 'all' in c ? 'all' : 'any';
      for (const [i, part] of ('all' in c ? c.all : c.any).entries()) condition(part, [...path, key, i]);
      return;
    }
    if ('not' in c) return condition(c.not, [...path, 'not']);
    if ('condition' in c) {
      if (!named.has(c.condition)) problem([...path, 'condition'], `no condition "${c.condition}" under conditions:`);
      return;
    }
    if ('deadline' in c) {
      const kind = deadlineKinds.get(c.deadline);
      if (kind === undefined) return problem([...path, 'deadline'], `no deadline "${c.deadline}"`);
      const allowed: readonly string[] = kind === 'due' ? DUE_STATUSES : [...OTHER_STATUSES, 'met'];
      for (const s of c.status)
        if (!allowed.includes(s))
          problem([...path, 'status'], `a ${kind} deadline is never "${s}" (it can be ${allowed.join(', ')})`);
      return;
    }
    if ('compare' in c) {
      dateRef(c.compare, [...path, 'compare'], 'any');
      const { relation, other } = comparison(c);
      dateRef(other, [...path, relation], 'any');
      return;
    }
    const fact = factsById.get(c.fact);
    if (!fact) return problem([...path, 'fact'], `condition names undeclared fact "${c.fact}"`);
    if ('passed' in c) {
      if (fact.type !== 'date') problem([...path, 'fact'], `fact "${c.fact}" is not a date`);
      return;
    }
    if ('known' in c) return;
    const values = 'is' in c ? [c.is] : c.in;
    for (const v of values) {
      if (!valueAllowed(fact, v))
        problem([...path, 'is' in c ? 'is' : 'in'], `${JSON.stringify(v)} is not a value of fact "${fact.id}"${allowedText(fact)}`);
    }
  };
  const count = (c: Count, path: PropertyKey[], scope: { dates: ReadonlySet<string>; deadlines: ReadonlySet<string> }) => {
    dateRef(countStart(c), [...path, 'after' in c ? 'after' : 'before'], scope);
  };
  /** Named conditions that refer to themselves, directly or through others. */
  const namedCycles = () => {
    const refs = (c: Condition): string[] =>
      'condition' in c
        ? [c.condition]
        : 'not' in c
          ? refs(c.not)
          : 'all' in c
            ? c.all.flatMap(refs)
            : 'any' in c
              ? c.any.flatMap(refs)
              : [];
    for (const [name, c] of named) {
      const seen = new Set<string>();
      const stack = refs(c);
      while (stack.length > 0) {
        const next = stack.pop() as string;
        if (next === name) {
          problem(['conditions', name], `condition "${name}" refers to itself`);
          break;
        }
        if (seen.has(next)) continue;
        seen.add(next);
        const body = named.get(next);
        if (body) stack.push(...refs(body));
      }
    }
  };
  return { condition, count, dateRef, namedCycles };
}
