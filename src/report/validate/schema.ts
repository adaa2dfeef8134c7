/**
 * The `permit/validate@1` JSON contract of `permit validate --format json`, as a zod schema; the
 * JSON Schema in schemas/validate.schema.json is generated from it (`permit schema validate`).
 */
import * as z from 'zod/mini';

export const bilingual = z.strictObject({ en: z.string(), zh: z.string() });
export const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export const citation = z.strictObject({
  source: z.string(),
  kind: z.enum(['official-guide', 'law', 'notice', 'secondary']),
  title: bilingual,
  publisher: bilingual,
  ref: z.string(),
  checked: date,
  url: z.optional(z.string()),
});

export const findingJsonSchema = z.strictObject({
  /** A core rule id (deadline-overdue …) or a rule file's warning as <procedure>/<id>. */
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'notice']),
  message: z.string(),
  messageZh: z.string(),
  file: z.optional(z.string()),
  /** 1-based. */
  line: z.optional(z.number()),
  column: z.optional(z.number()),
  caseId: z.optional(z.string()),
  procedure: z.optional(z.string()),
  /** What a waiver names: <procedure>/<document or warning id>, permit, residence-permit, case. */
  target: z.optional(z.string()),
  action: z.optional(bilingual),
  due: z.optional(
    z.strictObject({
      date,
      legalEnd: date,
      daysLeft: z.number(),
      workingDaysLeft: z.optional(z.number()),
      basis: z.string(),
      basisZh: z.string(),
    }),
  ),
  source: z.optional(citation),
  rule: z.optional(z.string()),
  waived: z.optional(z.strictObject({ reason: z.string(), approvedBy: z.string(), expires: date })),
  /** Stable while the finding is the same finding: rule id, case and target, no line or date. */
  fingerprint: z.string(),
});

export const validateJsonSchema = z.strictObject({
  schema: z.literal('permit/validate@1'),
  tool: z.strictObject({ name: z.literal('permit'), version: z.string() }),
  asOf: date,
  asOfFrom: z.enum(['Asia/Shanghai', '--as-of']),
  timeZone: z.literal('Asia/Shanghai'),
  rules: z.strictObject({ folder: z.string(), procedures: z.array(z.string()), digest: z.string() }),
  calendar: z.strictObject({
    files: z.array(z.string()),
    publishedThrough: z.number(),
    statutoryThrough: z.number(),
    /** Published years a --calendar file replaced (empty when none did). */
    replaced: z.array(z.strictObject({ file: z.string(), years: z.array(z.number()) })),
  }),
  options: z.strictObject({ warnWithin: z.number(), waivers: z.boolean(), maxWarnings: z.optional(z.number()) }),
  files: z.array(
    z.strictObject({
      file: z.string(),
      caseId: z.optional(z.string()),
      name: z.optional(z.string()),
      procedures: z.array(z.string()),
      findings: z.array(findingJsonSchema),
    }),
  ),
  totals: z.strictObject({
    files: z.number(),
    cases: z.number(),
    errors: z.number(),
    warnings: z.number(),
    notices: z.number(),
    waived: z.number(),
  }),
  status: z.enum(['ok', 'findings']),
});
