/**
 * The items of a procedure: documents, deadlines, derived dates, steps and warnings. Every item
 * has an id, its texts in English and Chinese, a condition (`when`) and a source.
 */
import * as z from 'zod/mini';
import { citationSchema } from '../../sources/schema.js';
import { bilingualSchema, idSchema, nonEmptyString } from '../../yaml/schemaParts.js';
import { conditionSchema } from './condition.js';
import { countSchema } from './count.js';
import { dateRefSchema } from './dateRef.js';

/** A note shown with an item when its `when` holds; its id is stable so tests can name it. */
export const noteSchema = z.strictObject({
  id: idSchema,
  en: nonEmptyString,
  zh: nonEmptyString,
  when: z.optional(conditionSchema),
});
export type Note = z.infer<typeof noteSchema>;

const itemBase = {
  id: idSchema,
  when: z.optional(conditionSchema),
  notes: z.optional(z.array(noteSchema)),
  source: citationSchema,
  'see-also': z.optional(z.array(citationSchema)),
};

/**
 * How long a document stays usable, tested on a date (the submission, else the as-of date):
 * `months` after its issue date (a criminal record: 6 months from issue, Civil Code art. 202),
 * or at least `months-left` before an expiry (a passport still valid 6 months).
 */
export const validitySchema = z.union([
  z.strictObject({ months: z.number().check(z.int(), z.positive()), from: dateRefSchema, 'tested-on': dateRefSchema }),
  z.strictObject({
    'months-left': z.number().check(z.int(), z.positive()),
    until: dateRefSchema,
    'tested-on': dateRefSchema,
  }),
]);
export type Validity = z.infer<typeof validitySchema>;

export const documentSchema = z.strictObject({
  ...itemBase,
  title: bilingualSchema,
  'valid-for': z.optional(validitySchema),
});
export type DocumentRule = z.infer<typeof documentSchema>;

export const alternativeSchema = z.strictObject({
  id: idSchema,
  /** Shown only when this holds (e.g. a reading that concerns salary-commitment holders). */
  when: z.optional(conditionSchema),
  reading: bilingualSchema,
  count: countSchema,
  source: citationSchema,
});
export type Alternative = z.infer<typeof alternativeSchema>;

export const deadlineKinds = ['due', 'earliest', 'ends', 'estimate'] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/** A variant of a deadline's count for some cases (e.g. the absconded path of cancel-application). */
export const deadlineCaseSchema = z.strictObject({
  when: conditionSchema,
  count: countSchema,
  opens: z.optional(countSchema),
  alternatives: z.optional(z.array(alternativeSchema)),
  source: citationSchema,
});
export type DeadlineCase = z.infer<typeof deadlineCaseSchema>;

export const deadlineSchema = z.strictObject({
  ...itemBase,
  kind: z.enum(deadlineKinds),
  title: bilingualSchema,
  count: countSchema,
  /** For windows: the first day the filing is accepted. */
  opens: z.optional(countSchema),
  alternatives: z.optional(z.array(alternativeSchema)),
  /** The first case whose `when` holds replaces count, opens, alternatives and source. */
  cases: z.optional(z.array(deadlineCaseSchema)),
  /** The date fact that meets this deadline when given on time (a case file's `submitted`). */
  'met-by': z.optional(idSchema),
  /** Filed online, so a filing on a closed day before the legal end is still possible. */
  online: z.optional(z.boolean()),
});
export type DeadlineRule = z.infer<typeof deadlineSchema>;

/** A date computed for conditions and counts only, never shown as a deadline (e.g. a birthday). */
export const derivedDateSchema = z.strictObject({
  id: idSchema,
  when: z.optional(conditionSchema),
  count: countSchema,
});
export type DerivedDate = z.infer<typeof derivedDateSchema>;

export const stepSchema = z.strictObject({
  ...itemBase,
  title: bilingualSchema,
  deadline: z.optional(idSchema),
});
export type StepRule = z.infer<typeof stepSchema>;

export const warningSchema = z.strictObject({
  ...itemBase,
  level: z.enum(['error', 'warning', 'info']),
  message: bilingualSchema,
});
export type WarningRule = z.infer<typeof warningSchema>;
