/**
 * The rule file format: one YAML file per procedure under rules/. Strict schemas: an unknown key
 * is an error, so a typo never silently turns a rule off.
 */
import * as z from 'zod/mini';
import type { LegacyCitation, ResolvedCitation, WithResolvedCitations } from '../sources/registry.js';
import { citationSchema, sourcesMapSchema } from '../sources/schema.js';
import { bilingualSchema, idSchema, isoDateSchema, nonEmptyString } from '../yaml/schemaParts.js';

/**
 * What a plan item carries as its source.
 * @deprecated The old name: use ResolvedCitation (src/sources/registry.ts). The union with the
 * pre-registry shape remains only because src/rules/evaluate.ts still builds its calendar
 * citations as `{ doc, ref, checked }` and `{ law, ref, checked }`.
 */
export type Citation = ResolvedCitation | LegacyCitation;

const scalar = z.union([z.string(), z.boolean(), z.number()]);

/** A condition over facts and computed deadlines. Data only: no expressions, no code. */
export type Condition =
  | { fact: string; is: string | boolean | number }
  | { fact: string; in: (string | number)[] }
  | { fact: string; known: boolean }
  | { deadline: string; status: string[] }
  | { fact: string; 'before-deadline': string }
  | { fact: string; 'after-deadline': string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: idSchema, is: scalar }),
    z.strictObject({ fact: idSchema, in: z.array(z.union([z.string(), z.number()])).check(z.minLength(1)) }),
    z.strictObject({ fact: idSchema, known: z.boolean() }),
    z.strictObject({ deadline: idSchema, status: z.array(z.string()).check(z.minLength(1)) }),
    z.strictObject({ fact: idSchema, 'before-deadline': idSchema }),
    z.strictObject({ fact: idSchema, 'after-deadline': idSchema }),
    z.strictObject({ all: z.array(conditionSchema).check(z.minLength(1)) }),
    z.strictObject({ any: z.array(conditionSchema).check(z.minLength(1)) }),
    z.strictObject({ not: conditionSchema }),
  ]),
) as z.ZodMiniType<Condition>;

/** Where a count starts: a fact's date, another deadline's date, or the first of those that is known. */
export type DateRef = { fact: string; else?: DateRef } | { deadline: string };
export const dateRefSchema: z.ZodMiniType<DateRef> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: idSchema, else: z.optional(dateRefSchema) }),
    z.strictObject({ deadline: idSchema }),
  ]),
) as z.ZodMiniType<DateRef>;

const positiveInt = z.number().check(z.int(), z.positive());

/**
 * How a date is counted (the counting rules of the product):
 * - working days after X: X not counted (Civil Code art. 201); make-up working days count;
 * - calendar days after/before X: the raw date, then `roll` says what happens when offices are
 *   closed on it (`back`: last working day on or before it; `forward`: next working day; `none`);
 * - months after X: Civil Code art. 202 (no corresponding day: last day of the month).
 */
export type Count =
  | {
      'working-days': number;
      after: DateRef;
      'makeup-days'?: 'counted' | 'not-counted';
      'start-day'?: 'excluded' | 'counted';
    }
  | { 'calendar-days': number; after: DateRef; roll: 'back' | 'forward' | 'none' }
  | { 'calendar-days': number; before: DateRef; roll: 'back' | 'forward' | 'none' }
  | { months: number; after: DateRef; roll: 'back' | 'forward' | 'none' };

const roll = z.enum(['back', 'forward', 'none']);
export const countSchema = z.union([
  z.strictObject({
    'working-days': positiveInt,
    after: dateRefSchema,
    'makeup-days': z.optional(z.enum(['counted', 'not-counted'])),
    'start-day': z.optional(z.enum(['excluded', 'counted'])),
  }),
  z.strictObject({ 'calendar-days': positiveInt, after: dateRefSchema, roll }),
  z.strictObject({ 'calendar-days': positiveInt, before: dateRefSchema, roll }),
  z.strictObject({ months: positiveInt, after: dateRefSchema, roll }),
]) as z.ZodMiniType<Count>;

const noteSchema = z.strictObject({
  en: nonEmptyString,
  zh: nonEmptyString,
  when: z.optional(conditionSchema),
});
export type Note = z.infer<typeof noteSchema>;

const factValueSchema = z.strictObject({ value: z.union([z.string(), z.number()]), label: bilingualSchema });

export const factSchema = z.strictObject({
  id: idSchema,
  type: z.enum(['enum', 'date', 'boolean']),
  values: z.optional(z.array(factValueSchema).check(z.minLength(1))),
  question: bilingualSchema,
  help: z.optional(bilingualSchema),
  /** Asked only when this holds; otherwise the fact does not matter for the case. */
  'ask-when': z.optional(conditionSchema),
  default: z.optional(z.union([z.string(), z.boolean()])),
});
export type Fact = z.infer<typeof factSchema>;

const itemBase = {
  id: idSchema,
  when: z.optional(conditionSchema),
  notes: z.optional(z.array(noteSchema)),
  source: citationSchema,
  'see-also': z.optional(z.array(citationSchema)),
};

export const documentSchema = z.strictObject({ ...itemBase, title: bilingualSchema });

export const alternativeSchema = z.strictObject({
  id: idSchema,
  /** Shown only when this holds (e.g. a reading that concerns salary-commitment holders). */
  when: z.optional(conditionSchema),
  reading: bilingualSchema,
  count: countSchema,
  source: citationSchema,
});

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
});

export const stepSchema = z.strictObject({
  ...itemBase,
  title: bilingualSchema,
  deadline: z.optional(idSchema),
});

export const warningSchema = z.strictObject({
  ...itemBase,
  level: z.enum(['error', 'warning', 'info']),
  message: bilingualSchema,
});

export const ruleFileSchema = z.strictObject({
  procedure: idSchema,
  title: bilingualSchema,
  summary: bilingualSchema,
  /** The default `checked` date of every citation in the file. */
  checked: isoDateSchema,
  /**
   * Sources of a company's own rule folder, same shape as data/sources.yaml entries; the ids
   * must not shadow registry ids.
   */
  sources: z.optional(sourcesMapSchema),
  /** Flag combinations shown under `permit check <procedure> --help`. */
  examples: z.optional(z.array(nonEmptyString)),
  facts: z.array(factSchema),
  documents: z.array(documentSchema),
  deadlines: z.array(deadlineSchema),
  steps: z.array(stepSchema),
  warnings: z.array(warningSchema),
});
/** A rule file as written: citations name a registry id. */
export type WrittenRuleFile = z.infer<typeof ruleFileSchema>;

/** A rule file as loaded: every citation resolved against the registry (see src/rules/load.ts). */
export type RuleFile = WithResolvedCitations<WrittenRuleFile, Condition | Count | DateRef>;
export type DocumentRule = RuleFile['documents'][number];
export type DeadlineRule = RuleFile['deadlines'][number];
export type Alternative = NonNullable<DeadlineRule['alternatives']>[number];
export type DeadlineCase = NonNullable<DeadlineRule['cases']>[number];
export type StepRule = RuleFile['steps'][number];
export type WarningRule = RuleFile['warnings'][number];
