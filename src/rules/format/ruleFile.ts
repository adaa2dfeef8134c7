/**
 * The rule file format: one YAML file per procedure under rules/, plus rules/shared/facts.yaml
 * for the facts every procedure shares. Strict schemas: an unknown key is an error, so a typo
 * never silently turns a rule off.
 */
import * as z from 'zod/mini';
import { sourcesMapSchema } from '../../sources/schema.js';
import { bilingualSchema, idSchema, isoDateSchema, nonEmptyString } from '../../yaml/schemaParts.js';
import { conditionSchema } from './condition.js';
import { factSchema, factUseSchema } from './fact.js';
import { deadlineSchema, derivedDateSchema, documentSchema, stepSchema, warningSchema } from './items.js';

/**
 * For a case with nothing of this procedure in progress: the deadline its blocks alone imply
 * (e.g. the extension due date a permit's expiry sets), watched by validate and the agenda.
 */
const watchSchema = z.strictObject({
  deadline: idSchema,
  /** Facts assumed for the watch, e.g. `{ application: extension }`. */
  facts: z.optional(z.record(idSchema, z.union([z.string(), z.boolean()]))),
});

export const ruleFileSchema = z.strictObject({
  procedure: idSchema,
  title: bilingualSchema,
  summary: bilingualSchema,
  /** When the citations were last checked; a citation gives its own date only where it differs. */
  checked: isoDateSchema,
  /**
   * Sources of a company's own rule folder, same shape as data/sources.yaml entries; the ids
   * must not shadow registry ids.
   */
  sources: z.optional(sourcesMapSchema),
  /** Flag combinations shown under `permit check <procedure> --help`. */
  examples: z.optional(z.array(nonEmptyString)),
  /** Conditions used in several places, named once and referred to as `{ condition: name }`. */
  conditions: z.optional(z.record(idSchema, conditionSchema)),
  facts: z.array(z.union([factSchema, factUseSchema])),
  dates: z.optional(z.array(derivedDateSchema)),
  documents: z.array(documentSchema),
  deadlines: z.array(deadlineSchema),
  steps: z.array(stepSchema),
  warnings: z.array(warningSchema),
  watch: z.optional(watchSchema),
});
export type RuleFile = z.infer<typeof ruleFileSchema>;

/** rules/shared/facts.yaml: facts defined once and used by several procedures. */
export const sharedFactsFileSchema = z.strictObject({
  checked: isoDateSchema,
  facts: z.array(factSchema),
});
export type SharedFactsFile = z.infer<typeof sharedFactsFileSchema>;
