/**
 * Golden scenarios: YAML tables of facts in, dates and documents out (test/golden/<procedure>.yaml).
 * The format is strict like the rule files, and every id a scenario names must exist in the rule
 * file (`goldenProblems`), so a typo in an expectation fails instead of passing forever.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { DEADLINE_STATUSES } from '../../src/rules/format/condition.js';
import type { RuleSet } from '../../src/rules/ruleSet.js';
import { loadYaml } from '../../src/yaml/loadYaml.js';
import { idSchema, isoDateSchema } from '../../src/yaml/schemaParts.js';

/** Finding ids the engine itself produces, besides a rule file's warnings. */
export const CORE_FINDINGS = [
  'calendar-coverage',
  'fact-invalid',
  'submission-late',
  'submission-after-plan-date',
  'document-stale',
] as const;

const deadlineExpectation = z.strictObject({
  date: isoDateSchema,
  /** The raw last day of the period, when it differs from `date` (or to pin that it does not). */
  'legal-end': z.optional(isoDateSchema),
  opens: z.optional(isoDateSchema),
  status: z.optional(z.enum(DEADLINE_STATUSES as unknown as [string, ...string[]])),
  provisional: z.optional(z.boolean()),
  /**
   * Alternative readings by id → their date, or `none` when it must not be shown (it gives the
   * same date, or does not apply); unlisted ones are not checked.
   */
  alternatives: z.optional(z.record(z.string(), z.union([isoDateSchema, z.literal('none')]))),
});

/** `item/note`: a note of a document, deadline or step. */
const noteRef = z.string().check(z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'write notes as <item-id>/<note-id>'));
/** A warning id, or a core finding id with its target: `document-stale:criminal-record`. */
const warningRef = z.string().check(z.regex(/^[a-z0-9-]+(:[a-z0-9-]+)?$/, 'a warning id, or finding:target'));

export const scenarioSchema = z.strictObject({
  name: z.string(),
  /** Research-note scenario this pins down, e.g. S3. */
  ref: z.optional(z.string()),
  'as-of': isoDateSchema,
  facts: z.record(z.string(), z.union([z.string(), z.boolean()])),
  /** Deadlines recorded as met, as a case file's `done:`. */
  done: z.optional(z.record(idSchema, isoDateSchema)),
  expect: z.strictObject({
    /** Every deadline the plan has, exactly. */
    deadlines: z.optional(z.record(z.string(), deadlineExpectation)),
    /** Every document the plan lists, exactly (order ignored). */
    documents: z.optional(z.array(idSchema)),
    'documents-include': z.optional(z.array(idSchema)),
    'documents-exclude': z.optional(z.array(idSchema)),
    'steps-include': z.optional(z.array(idSchema)),
    'steps-exclude': z.optional(z.array(idSchema)),
    /** Step → the deadline it is tied to in this plan, or `none`. */
    'step-deadlines': z.optional(z.record(idSchema, z.union([idSchema, z.literal('none')]))),
    'notes-include': z.optional(z.array(noteRef)),
    'notes-exclude': z.optional(z.array(noteRef)),
    'warnings-include': z.optional(z.array(warningRef)),
    'warnings-exclude': z.optional(z.array(warningRef)),
    /** Every assumption of the plan (defaults and planned dates), exactly: fact → value. */
    assumptions: z.optional(z.record(idSchema, z.union([z.string(), z.boolean()]))),
    /** Facts the plan still needs, exactly. */
    'open-questions': z.optional(z.array(idSchema)),
  }),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const goldenFileSchema = z.strictObject({
  procedure: idSchema,
  scenarios: z.array(scenarioSchema).check(z.minLength(1)),
});
export type GoldenFile = z.infer<typeof goldenFileSchema>;

export function loadGoldenFile(path: string, display: string): GoldenFile {
  return loadYaml(display, readFileSync(path, 'utf8'), goldenFileSchema).value;
}

/** The note ids of every item of a rule file, as `item/note`. */
export function noteRefs(rules: RuleSet): Set<string> {
  const out = new Set<string>();
  for (const list of [rules.documents, rules.deadlines, rules.steps, rules.warnings])
    for (const item of list) for (const n of item.notes ?? []) out.add(`${item.id}/${n.id}`);
  return out;
}

/** Every id a scenario names that its rule file does not define, as sentences. */
export function goldenProblems(rules: RuleSet, s: Scenario): string[] {
  const out: string[] = [];
  const ids = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));
  const facts = ids(rules.facts);
  const documents = ids(rules.documents);
  const deadlines = ids(rules.deadlines);
  const steps = ids(rules.steps);
  const warnings = new Set([
    ...ids(rules.warnings),
    ...CORE_FINDINGS,
    ...rules.facts.flatMap((f) => (f['not-before'] ?? []).flatMap((n) => (n.id ? [n.id] : []))),
  ]);
  const notes = noteRefs(rules);
  const check = (known: Set<string>, what: string, list: readonly string[] | undefined) => {
    for (const id of list ?? []) if (!known.has(id)) out.push(`${what} "${id}" is not defined in ${rules.file}`);
  };
  const e = s.expect;
  check(facts, 'fact', Object.keys(s.facts));
  check(facts, 'fact', e['open-questions']);
  check(facts, 'fact', Object.keys(e.assumptions ?? {}));
  check(deadlines, 'deadline', Object.keys(s.done ?? {}));
  check(deadlines, 'deadline', Object.keys(e.deadlines ?? {}));
  for (const [id, d] of Object.entries(e.deadlines ?? {})) {
    const rule = rules.deadlines.find((x) => x.id === id);
    const alts = new Set(
      [...(rule?.alternatives ?? []), ...(rule?.cases ?? []).flatMap((k) => k.alternatives ?? [])].map((a) => a.id),
    );
    check(alts, `alternative of ${id}`, Object.keys(d.alternatives ?? {}));
  }
  for (const list of [e.documents, e['documents-include'], e['documents-exclude']]) check(documents, 'document', list);
  for (const list of [e['steps-include'], e['steps-exclude'], Object.keys(e['step-deadlines'] ?? {})])
    check(steps, 'step', list);
  check(
    deadlines,
    'deadline',
    Object.values(e['step-deadlines'] ?? {}).filter((d) => d !== 'none'),
  );
  for (const list of [e['notes-include'], e['notes-exclude']]) check(notes, 'note', list);
  for (const list of [e['warnings-include'], e['warnings-exclude']])
    check(warnings, 'warning', list?.map((w) => w.split(':')[0] as string));
  return out;
}
