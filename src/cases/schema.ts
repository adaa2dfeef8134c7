/**
 * The case-file format (`schema: permit/case@1`): one YAML file per employee. Its blocks are a
 * public contract; the procedure, fact and document ids come from the loaded rules, so the
 * schema is built for them (and `permit schema case` prints it as JSON Schema for editors).
 */
import * as z from 'zod/mini';
import { bilingualSchema, idSchema, isoDateSchema, nonEmptyString } from '../yaml/schemaParts.js';
import type { Fact } from '../rules/format/fact.js';
import type { RuleSet } from '../rules/ruleSet.js';

export const CASE_SCHEMA_ID = 'permit/case@1';

/** The rules a case is checked against: every procedure of the rule folder. */
export interface Catalog {
  procedures: ReadonlyMap<string, RuleSet>;
}

/** Only the last four characters of a passport or permit number: case files end up in CI logs. */
const last4 = z
  .string()
  .check(
    z.refine((s) => /^[A-Za-z0-9]{4}$/.test(s), {
      message:
        'keep only the last four characters of the number (e.g. "4821"): case files end up in repositories and CI logs',
    }),
  );

/** The enum values the rules allow for the fact found at a case place (e.g. employer.city). */
function placeValues(catalog: Catalog, place: string): [string, ...string[]] | undefined {
  const values = new Set<string>();
  for (const rules of catalog.procedures.values())
    for (const f of rules.facts) if (f.case === place) for (const v of f.values ?? []) values.add(String(v.value));
  return values.size > 0 ? ([...values] as [string, ...string[]]) : undefined;
}

function factValue(f: Fact) {
  if (f.type === 'date') return isoDateSchema;
  if (f.type === 'boolean') return z.boolean();
  const values = (f.values ?? []).map((v) => String(v.value));
  return z.enum(values as [string, ...string[]]);
}

function procedureEntry(rules: RuleSet) {
  const enumOf = (ids: string[]) => z.enum((ids.length > 0 ? ids : ['-']) as [string, ...string[]]);
  return z.strictObject({
    procedure: z.literal(rules.procedure),
    /** The facts of `permit check <procedure>`, by id. */
    facts: z.optional(z.strictObject(Object.fromEntries(rules.facts.map((f) => [f.id, z.optional(factValue(f))])))),
    /** The online submission of the procedure's main deadline, done or planned. */
    submitted: z.optional(isoDateSchema),
    /** Other deadlines of the plan met, by id. */
    done: z.optional(z.partialRecord(enumOf(rules.deadlines.map((d) => d.id)), isoDateSchema)),
    /** Documents by the rule file's document ids. */
    documents: z.optional(
      z.partialRecord(
        enumOf(rules.documents.map((d) => d.id)),
        z.strictObject({ status: z.enum(['ready', 'pending']), issued: z.optional(isoDateSchema) }),
      ),
    ),
  });
}

const waiverSchema = z.strictObject({
  /** The finding's rule id, e.g. `document-missing` or `cancel/absconded-practice`. */
  finding: nonEmptyString,
  /** What it is about: `<procedure>/<document or warning id>`. */
  target: nonEmptyString,
  reason: z.string().check(z.minLength(10, 'say why in a sentence (at least 10 characters)')),
  'approved-by': nonEmptyString,
  /** The last day it applies (inclusive, Asia/Shanghai), at most a year ahead. */
  expires: isoDateSchema,
});
export type Waiver = z.infer<typeof waiverSchema>;

/** The schema of a case file for these rules. */
export function caseSchemaFor(catalog: Catalog) {
  const entries = [...catalog.procedures.values()].map(procedureEntry);
  const enumAt = (place: string) => {
    const values = placeValues(catalog, place);
    return values ? z.enum(values) : nonEmptyString;
  };
  return z.strictObject({
    schema: z.literal(CASE_SCHEMA_ID),
    /** Unique within a folder and stable: reports and calendar UIDs use it. */
    id: idSchema,
    employee: z.optional(
      z.strictObject({
        name: z.optional(z.union([nonEmptyString, bilingualSchema])),
        'birth-date': z.optional(isoDateSchema),
        passport: z.optional(z.strictObject({ last4: z.optional(last4), expiry: z.optional(isoDateSchema) })),
      }),
    ),
    employer: z.optional(
      z.strictObject({
        name: z.optional(nonEmptyString),
        city: z.optional(enumAt('employer.city')),
        district: z.optional(idSchema),
      }),
    ),
    permit: z.optional(
      z.strictObject({
        last4: z.optional(last4),
        category: z.optional(enumAt('permit.category')),
        expiry: z.optional(isoDateSchema),
        'salary-commitment': z.optional(z.boolean()),
      }),
    ),
    'residence-permit': z.optional(
      z.strictObject({ last4: z.optional(last4), expiry: z.optional(isoDateSchema) }),
    ),
    procedures: z.optional(
      entries.length === 0
        ? z.array(z.never())
        : z.array(entries.length === 1 ? (entries[0] as (typeof entries)[number]) : z.discriminatedUnion('procedure', entries as [typeof entries[number], ...typeof entries])),
    ),
    waivers: z.optional(z.array(waiverSchema)),
  });
}

export type CaseSchema = ReturnType<typeof caseSchemaFor>;
export type CaseData = z.infer<CaseSchema>;
export type ProcedureEntry = NonNullable<CaseData['procedures']>[number];
