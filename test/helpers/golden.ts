/**
 * Golden scenarios: YAML tables of facts in, dates and documents out (test/golden/<procedure>.yaml).
 * The format is strict like the rule files, so a typo in an expectation fails instead of passing.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { loadYaml } from '../../src/yaml/loadYaml.js';
import { idSchema, isoDateSchema } from '../../src/yaml/schemaParts.js';

const deadlineExpectation = z.strictObject({
  date: isoDateSchema,
  opens: z.optional(isoDateSchema),
  status: z.optional(z.string()),
  provisional: z.optional(z.boolean()),
  /**
   * Alternative readings by id → their date, or `none` when it must not be shown (it gives the
   * same date, or does not apply); unlisted ones are not checked.
   */
  alternatives: z.optional(z.record(z.string(), z.union([isoDateSchema, z.literal('none')]))),
});

export const scenarioSchema = z.strictObject({
  name: z.string(),
  /** Research-note scenario this pins down, e.g. S3. */
  ref: z.optional(z.string()),
  'as-of': isoDateSchema,
  facts: z.record(z.string(), z.union([z.string(), z.boolean()])),
  expect: z.strictObject({
    /** Every deadline the plan has, exactly. */
    deadlines: z.optional(z.record(z.string(), deadlineExpectation)),
    /** Every document the plan lists, exactly (order ignored). */
    documents: z.optional(z.array(idSchema)),
    'documents-include': z.optional(z.array(idSchema)),
    'documents-exclude': z.optional(z.array(idSchema)),
    'steps-include': z.optional(z.array(idSchema)),
    'steps-exclude': z.optional(z.array(idSchema)),
    'warnings-include': z.optional(z.array(idSchema)),
    'warnings-exclude': z.optional(z.array(idSchema)),
    /** Facts the plan still needs, exactly. */
    'open-questions': z.optional(z.array(idSchema)),
  }),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const goldenFileSchema = z.strictObject({
  procedure: idSchema,
  scenarios: z.array(scenarioSchema).check(z.minLength(1)),
});

export function loadGoldenFile(path: string, display: string) {
  return loadYaml(display, readFileSync(path, 'utf8'), goldenFileSchema).value;
}
