/**
 * Which facts of a rule file can change a plan at all: those a condition, count, met-by or
 * validity rule of an item mentions (following named conditions), plus the employer's city and
 * district, which decide where to file. A fact mentioned only by `ask-when`, help or a value's
 * `when` decides how to ask, not what the plan says, so it is never offered on its own.
 */
import { type Condition, type Count, countStart, type DateRef } from '../../rules/format/shape.js';
import type { RuleSet } from '../../rules/ruleSet.js';

/** Case places the CLI reads besides the rules: `permit offices` answers for the city and district. */
const WHERE_TO_FILE = new Set(['employer.city', 'employer.district']);

interface Walk {
  facts: Set<string>;
  named: ReadonlyMap<string, Condition>;
  seenNamed: Set<string>;
}

function dateRef(r: DateRef, w: Walk): void {
  if ('fact' in r) {
    w.facts.add(r.fact);
    if (r.else) dateRef(r.else, w);
  } else if ('later-of' in r) for (const p of r['later-of']) dateRef(p, w);
}

function condition(c: Condition | undefined, w: Walk): void {
  if (c === undefined) return;
  if ('all' in c) for (const p of c.all) condition(p, w);
  else if ('any' in c) for (const p of c.any) condition(p, w);
  else if ('not' in c) condition(c.not, w);
  else if ('condition' in c) {
    if (w.seenNamed.has(c.condition)) return;
    w.seenNamed.add(c.condition);
    condition(w.named.get(c.condition), w);
  } else if ('compare' in c) {
    dateRef(c.compare, w);
    for (const k of ['before', 'after', 'on-or-before', 'on-or-after'] as const) {
      const other = c[k];
      if (other) dateRef(other, w);
    }
  } else if ('fact' in c) w.facts.add(c.fact);
}

function count(c: Count | undefined, w: Walk): void {
  if (c) dateRef(countStart(c), w);
}

/**
 * The ids of the facts that can change a plan of `rules`.
 *
 * @example
 * planFacts(shippedRules('residence')).has('lodging') //=> true (a note of the registration step)
 */
export function planFacts(rules: RuleSet): ReadonlySet<string> {
  const w: Walk = { facts: new Set(), named: rules.named, seenNamed: new Set() };
  const notes = (ns: readonly { when?: Condition | undefined }[] | undefined) => {
    for (const n of ns ?? []) condition(n.when, w);
  };
  for (const d of rules.dates ?? []) {
    condition(d.when, w);
    count(d.count, w);
  }
  for (const d of rules.deadlines) {
    condition(d.when, w);
    notes(d.notes);
    count(d.count, w);
    count(d.opens, w);
    for (const a of d.alternatives ?? []) {
      condition(a.when, w);
      count(a.count, w);
    }
    for (const k of d.cases ?? []) {
      condition(k.when, w);
      count(k.count, w);
      count(k.opens, w);
      for (const a of k.alternatives ?? []) {
        condition(a.when, w);
        count(a.count, w);
      }
    }
    if (d['met-by']) w.facts.add(d['met-by']);
  }
  for (const doc of rules.documents) {
    condition(doc.when, w);
    notes(doc.notes);
    const v = doc['valid-for'];
    if (v) {
      if ('from' in v) dateRef(v.from, w);
      if ('until' in v) dateRef(v.until, w);
      dateRef(v['tested-on'], w);
    }
  }
  for (const s of rules.steps) {
    condition(s.when, w);
    notes(s.notes);
  }
  for (const x of rules.warnings) {
    condition(x.when, w);
    notes(x.notes);
  }
  for (const f of rules.facts) if (f.case !== undefined && WHERE_TO_FILE.has(f.case)) w.facts.add(f.id);
  return new Set(rules.facts.map((f) => f.id).filter((id) => w.facts.has(id)));
}
