/**
 * Facts of the rule format: what a procedure needs to know, how to ask it, where a case file
 * holds it, and which values cannot be true.
 */
import * as z from 'zod/mini';
import { citationSchema } from '../../sources/schema.js';
import { bilingualSchema, idSchema, nonEmptyString } from '../../yaml/schemaParts.js';
import { type Condition, conditionSchema } from './condition.js';
import { type DateRef, dateRefSchema } from './dateRef.js';

/** Help text: one text, or texts that each fit some answers (the first whose `when` holds). */
const helpSchema = z.union([
  bilingualSchema,
  z
    .array(z.strictObject({ en: nonEmptyString, zh: nonEmptyString, when: z.optional(conditionSchema) }))
    .check(z.minLength(1)),
]);

const valueSchema = z.strictObject({
  value: z.union([z.string(), z.number()]),
  label: bilingualSchema,
  /** Offered only when this holds (e.g. a district of the chosen city). */
  when: z.optional(conditionSchema),
});

/**
 * How far from the as-of date a date fact may plausibly lie, so a typo is caught:
 * `past` (not after the as-of date, at most 120 years before: a birth date), `near` (at most a
 * year after it: events, changes, submissions), `any` (an expiry).
 */
export const DATE_RANGES = ['past', 'near', 'any'] as const;
export type DateRange = (typeof DATE_RANGES)[number];

/** A date the fact must not precede, e.g. a submission not before the event it reports. */
const notBeforeSchema = z.strictObject({
  date: dateRefSchema,
  /** The finding's id when it fails (default `fact-invalid`), and its text. */
  id: z.optional(idSchema),
  message: z.optional(bilingualSchema),
  source: z.optional(citationSchema),
});

const factFields = {
  type: z.enum(['enum', 'date', 'boolean']),
  values: z.optional(z.array(valueSchema).check(z.minLength(1))),
  question: bilingualSchema,
  help: z.optional(helpSchema),
  /** Asked only when this holds; otherwise the fact does not matter for the case. */
  'ask-when': z.optional(conditionSchema),
  default: z.optional(z.union([z.string(), z.boolean()])),
  /** Where a case file holds the fact (default: the procedure's `facts:` block). */
  case: z.optional(nonEmptyString),
  range: z.optional(z.enum(DATE_RANGES)),
  'not-before': z.optional(z.array(notBeforeSchema).check(z.minLength(1))),
};

export const factSchema = z.strictObject({ id: idSchema, ...factFields });
export type Fact = z.infer<typeof factSchema>;

/** A procedure's reference to a fact of rules/shared/facts.yaml, with what it may override. */
export const factUseSchema = z.strictObject({
  use: idSchema,
  question: z.optional(bilingualSchema),
  help: z.optional(helpSchema),
  'ask-when': z.optional(conditionSchema),
  'not-before': z.optional(z.array(notBeforeSchema).check(z.minLength(1))),
});
export type FactUse = z.infer<typeof factUseSchema>;

export type FactHelp = NonNullable<Fact['help']>;
export type NotBefore = NonNullable<Fact['not-before']>[number];
export type { Condition, DateRef };
