/**
 * The `permit/plan@1` JSON contract of `permit check --format json`, as a zod schema: the JSON
 * Schema in schemas/plan.schema.json is generated from it (`permit schema plan`), and the
 * end-to-end tests validate real output against that file. Add fields; never rename or remove.
 */
import * as z from 'zod/mini';

const bilingual = z.strictObject({ en: z.string(), zh: z.string() });
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const citation = z.strictObject({
  source: z.string(),
  kind: z.enum(['official-guide', 'law', 'notice', 'secondary']),
  title: bilingual,
  publisher: bilingual,
  ref: z.string(),
  checked: date,
  url: z.optional(z.string()),
});
const note = z.strictObject({ id: z.string(), en: z.string(), zh: z.string() });
const item = {
  id: z.string(),
  source: citation,
  seeAlso: z.optional(z.array(citation)),
  /** The rule file (relative to its rule folder) and line that defines the item. */
  rule: z.string(),
  /** Why it applies: the deciding comparisons, in English. */
  why: z.array(z.string()),
};
const factValue = z.union([z.string(), z.boolean()]);

export const planJsonSchema = z.strictObject({
  schema: z.literal('permit/plan@1'),
  tool: z.strictObject({ name: z.literal('permit'), version: z.string() }),
  procedure: z.string(),
  title: bilingual,
  asOf: date,
  calendar: z.strictObject({
    /** The calendar files applied, in order (the shipped one first). */
    files: z.array(z.string()),
    /** The last year with a published State Council arrangement. */
    publishedThrough: z.number(),
    /** Published years an overlay file replaced. */
    replaced: z.array(z.strictObject({ file: z.string(), years: z.array(z.number()) })),
  }),
  facts: z.record(z.string(), factValue),
  assumptions: z.array(
    z.strictObject({ fact: z.string(), value: factValue, kind: z.enum(['default', 'planned']), text: bilingual }),
  ),
  deadlines: z.array(
    z.strictObject({
      ...item,
      kind: z.enum(['due', 'earliest', 'ends', 'estimate']),
      title: bilingual,
      /** The day to plan by. */
      date,
      /** The last day of the legal period; later than `date` only when it was moved back. */
      legalEnd: date,
      opens: z.optional(date),
      basis: z.string(),
      basisZh: z.string(),
      status: z.enum(['not-yet-open', 'upcoming', 'due-soon', 'due-today', 'past-plan-date', 'overdue', 'met', 'today', 'passed']),
      met: z.optional(z.strictObject({ on: date, by: z.enum(['fact', 'done']), fact: z.optional(z.string()) })),
      /** Calendar days from the as-of date to `date`; negative once passed. */
      daysLeft: z.number(),
      /** Working days after the as-of date up to `date`; negative once passed. */
      workingDaysLeft: z.optional(z.number()),
      online: z.boolean(),
      notes: z.array(note),
      alternatives: z.array(
        z.strictObject({
          id: z.string(),
          reading: bilingual,
          date,
          basis: z.string(),
          basisZh: z.string(),
          source: citation,
          provisional: z.boolean(),
        }),
      ),
      provisional: z.boolean(),
      provisionalYears: z.array(z.number()),
    }),
  ),
  documents: z.array(
    z.strictObject({
      ...item,
      title: bilingual,
      notes: z.array(note),
      validity: z.optional(
        z.strictObject({ lastValidDay: date, testedOn: date, stale: z.boolean(), basis: bilingual }),
      ),
    }),
  ),
  steps: z.array(z.strictObject({ ...item, title: bilingual, notes: z.array(note), deadline: z.optional(z.string()) })),
  warnings: z.array(
    z.strictObject({
      id: z.string(),
      level: z.enum(['error', 'warning', 'info']),
      message: z.string(),
      messageZh: z.string(),
      target: z.optional(z.string()),
      source: z.optional(citation),
      seeAlso: z.optional(z.array(citation)),
      rule: z.optional(z.string()),
      why: z.array(z.string()),
    }),
  ),
  /** With a city permit has office data for: where to file, as `permit offices --format json`. */
  whereToFile: z.optional(z.record(z.string(), z.unknown())),
});

export type PlanJson = z.infer<typeof planJsonSchema>;
