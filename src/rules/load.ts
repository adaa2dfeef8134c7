/**
 * Loads rule files and cross-checks what the schema alone cannot: every condition names a
 * declared fact and one of its values, ids are unique, deadlines refer only to earlier deadlines,
 * every citation names a known source. Citations are resolved here, so plans carry them ready.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { displayPath } from '../data/loadData.js';
import {
  loadSourcesFile,
  type Registry,
  resolveCitations,
  unknownSourceProblem,
  withLocalSources,
} from '../sources/registry.js';
import { type Diagnostic, DiagnosticError } from '../yaml/diagnostics.js';
import { loadYaml } from '../yaml/loadYaml.js';
import { type Condition, type Count, type DateRef, type RuleFile, ruleFileSchema } from './schema.js';

/** A validated rule file and where each of its items sits, for `rule: file:line` provenance. */
export interface LoadedRules extends RuleFile {
  file: string;
  /** Item id → `file:line` of its definition. */
  locations: ReadonlyMap<string, string>;
}

const ITEM_LISTS = ['facts', 'documents', 'deadlines', 'steps', 'warnings'] as const;

/**
 * Parses and checks one rule file's text, resolving its citations against `registry` (plus the
 * file's own `sources:`). Throws DiagnosticError with every problem found.
 */
export function parseRuleFile(file: string, text: string, registry: Registry): LoadedRules {
  const { value, located } = loadYaml(file, text, ruleFileSchema);
  const problems: Diagnostic[] = [];
  const problem = (path: PropertyKey[], message: string, code = 'rule-reference'): void => {
    problems.push({ file, ...located.locate(path), message, code });
  };

  const expected = basename(file).replace(/\.ya?ml$/, '');
  if (value.procedure !== expected) {
    problem(
      ['procedure'],
      `procedure "${value.procedure}" must match the file name "${expected}"`,
      'rule-name',
    );
  }

  const facts = new Map(value.facts.map((f) => [f.id, f]));
  const locations = new Map<string, string>();
  for (const list of ITEM_LISTS) {
    value[list].forEach((item, i) => {
      const where = located.locate([list, i]);
      if (locations.has(item.id))
        problem([list, i, 'id'], `id "${item.id}" is used twice in this file`, 'duplicate-id');
      locations.set(item.id, `${file}:${where.line}`);
    });
  }

  value.facts.forEach((f, i) => {
    if (f.type === 'enum' && !f.values)
      problem(['facts', i], `enum fact "${f.id}" needs "values"`, 'rule-fact');
    if (f.type !== 'enum' && f.values)
      problem(['facts', i, 'values'], `only enum facts have "values"`, 'rule-fact');
    if (f.default !== undefined && !valueAllowed(f, f.default)) {
      problem(
        ['facts', i, 'default'],
        `default ${JSON.stringify(f.default)} is not a value of "${f.id}"`,
        'rule-fact',
      );
    }
  });

  const deadlinesSoFar = new Set<string>();
  const checkCondition = (c: Condition, path: PropertyKey[]): void => {
    if ('all' in c || 'any' in c) {
      const key = 'all' in c ? 'all' : 'any';
      const parts = 'all' in c ? c.all : c.any;
      for (const [i, part] of parts.entries()) checkCondition(part, [...path, key, i]);
      return;
    }
    if ('not' in c) {
      checkCondition(c.not, [...path, 'not']);
      return;
    }
    if ('deadline' in c) {
      if (!value.deadlines.some((d) => d.id === c.deadline))
        problem([...path, 'deadline'], `no deadline "${c.deadline}"`);
      return;
    }
    const fact = facts.get(c.fact);
    if (!fact) {
      problem([...path, 'fact'], `condition names undeclared fact "${c.fact}"`);
      return;
    }
    if ('before-deadline' in c || 'after-deadline' in c) {
      const [key, other] =
        'before-deadline' in c
          ? ['before-deadline', c['before-deadline']]
          : ['after-deadline', c['after-deadline']];
      if (fact.type !== 'date') problem([...path, 'fact'], `fact "${c.fact}" is not a date`);
      if (!value.deadlines.some((d) => d.id === other)) problem([...path, key], `no deadline "${other}"`);
      return;
    }
    const values = 'is' in c ? [c.is] : 'in' in c ? c.in : [];
    values.forEach((v) => {
      if (!valueAllowed(fact, v)) {
        problem(
          [...path, 'is' in c ? 'is' : 'in'],
          `${JSON.stringify(v)} is not a value of fact "${fact.id}"${allowedText(fact)}`,
        );
      }
    });
  };
  const checkRef = (r: DateRef, path: PropertyKey[]) => {
    if ('deadline' in r) {
      if (!deadlinesSoFar.has(r.deadline))
        problem([...path, 'deadline'], `"${r.deadline}" must be a deadline declared above this one`);
      return;
    }
    const fact = facts.get(r.fact);
    if (!fact) problem([...path, 'fact'], `undeclared fact "${r.fact}"`);
    else if (fact.type !== 'date') problem([...path, 'fact'], `fact "${r.fact}" is not a date`);
    if (r.else) checkRef(r.else, [...path, 'else']);
  };
  const checkCount = (c: Count, path: PropertyKey[]) => {
    if ('after' in c) checkRef(c.after, [...path, 'after']);
    else checkRef(c.before, [...path, 'before']);
  };

  for (const [i, f] of value.facts.entries())
    if (f['ask-when']) checkCondition(f['ask-when'], ['facts', i, 'ask-when']);
  for (const list of ['documents', 'deadlines', 'steps', 'warnings'] as const) {
    for (const [i, item] of value[list].entries()) {
      if (item.when) checkCondition(item.when, [list, i, 'when']);
      for (const [j, n] of (item.notes ?? []).entries())
        if (n.when) checkCondition(n.when, [list, i, 'notes', j, 'when']);
    }
  }
  value.deadlines.forEach((d, i) => {
    checkCount(d.count, ['deadlines', i, 'count']);
    if (d.opens) checkCount(d.opens, ['deadlines', i, 'opens']);
    for (const [j, a] of (d.alternatives ?? []).entries()) {
      checkCount(a.count, ['deadlines', i, 'alternatives', j, 'count']);
      if (a.when) checkCondition(a.when, ['deadlines', i, 'alternatives', j, 'when']);
    }
    d.cases?.forEach((k, j) => {
      const at = ['deadlines', i, 'cases', j];
      checkCondition(k.when, [...at, 'when']);
      checkCount(k.count, [...at, 'count']);
      if (k.opens) checkCount(k.opens, [...at, 'opens']);
      k.alternatives?.forEach((a, m) => {
        checkCount(a.count, [...at, 'alternatives', m, 'count']);
        if (a.when) checkCondition(a.when, [...at, 'alternatives', m, 'when']);
      });
    });
    deadlinesSoFar.add(d.id);
  });
  value.warnings.forEach((w, i) => {
    for (const m of `${w.message.en} ${w.message.zh}`.matchAll(/\{\{([^}]*)\}\}/g)) {
      if (!deadlinesSoFar.has(m[1] as string))
        problem(['warnings', i, 'message'], `placeholder {{${m[1]}}} names no deadline`);
    }
  });
  value.steps.forEach((s, i) => {
    if (s.deadline && !deadlinesSoFar.has(s.deadline))
      problem(['steps', i, 'deadline'], `no deadline "${s.deadline}"`);
  });

  const sources = withLocalSources(registry, value.sources, (id) => {
    problems.push({
      file,
      ...located.locate(['sources'], id),
      message: `source "${id}" is already in ${registry.file}; cite that one or give this one another id`,
      code: 'shadowed-source',
    });
  });
  const resolved = resolveCitations<typeof value, Condition | Count | DateRef>(
    value,
    sources,
    value.checked,
    (path, c) => {
      const where = located.locate([...path, 'source']);
      problems.push(unknownSourceProblem(file, where, c.source, registry.file, true));
    },
    ['sources'],
  );

  if (problems.length > 0) throw new DiagnosticError(problems);
  return { ...resolved, file, locations };
}

function valueAllowed(fact: RuleFile['facts'][number], v: unknown): boolean {
  if (fact.type === 'boolean') return typeof v === 'boolean';
  if (fact.type === 'date') return typeof v === 'string';
  return fact.values?.some((x) => x.value === v) ?? false;
}

function allowedText(fact: RuleFile['facts'][number]): string {
  if (fact.type === 'boolean') return ' (true or false)';
  return fact.values ? ` (one of ${fact.values.map((v) => v.value).join(', ')})` : '';
}

/**
 * Reads `<procedure>.yaml` under `rulesDir`, always parsing and validating it in full. Without
 * `registry`, the one of the package layout is used: data/sources.yaml beside `rulesDir`.
 */
export function loadRuleFile(
  rulesDir: string,
  procedure: string,
  registry: Registry = loadSourcesFile(join(rulesDir, '..')),
): LoadedRules {
  const path = join(rulesDir, `${procedure}.yaml`);
  return parseRuleFile(displayPath(path), readFileSync(path, 'utf8'), registry);
}
