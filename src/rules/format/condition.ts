/**
 * Conditions of the rule format: data over facts, dates and deadline statuses, never code. A
 * typo is a schema error (statuses are an enum), so it cannot switch a rule off silently.
 */
import * as z from 'zod/mini';
import { idSchema } from '../../yaml/schemaParts.js';
import { dateRefSchema } from './dateRef.js';
import { type Condition, DATE_RELATIONS, DEADLINE_STATUSES, type DeadlineStatus } from './shape.js';

export type { Condition, DeadlineStatus } from './shape.js';
export { DATE_RELATIONS, DEADLINE_STATUSES, DUE_STATUSES, OTHER_STATUSES, comparison } from './shape.js';

const scalar = z.union([z.string(), z.boolean(), z.number()]);
const statusSchema = z.enum(DEADLINE_STATUSES as unknown as [DeadlineStatus, ...DeadlineStatus[]]);

const compareSchema = z
  .strictObject({
    compare: dateRefSchema,
    before: z.optional(dateRefSchema),
    after: z.optional(dateRefSchema),
    'on-or-before': z.optional(dateRefSchema),
    'on-or-after': z.optional(dateRefSchema),
  })
  .check(
    z.refine((c) => DATE_RELATIONS.filter((r) => c[r] !== undefined).length === 1, {
      message: `a compare condition needs exactly one of ${DATE_RELATIONS.join(', ')}`,
    }),
  );

export const conditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: idSchema, is: scalar }),
    z.strictObject({ fact: idSchema, in: z.array(z.union([z.string(), z.number()])).check(z.minLength(1)) }),
    z.strictObject({ fact: idSchema, known: z.boolean() }),
    z.strictObject({ fact: idSchema, passed: z.boolean() }),
    compareSchema,
    z.strictObject({ deadline: idSchema, status: z.array(statusSchema).check(z.minLength(1)) }),
    z.strictObject({ condition: idSchema }),
    z.strictObject({ all: z.array(conditionSchema).check(z.minLength(1)) }),
    z.strictObject({ any: z.array(conditionSchema).check(z.minLength(1)) }),
    z.strictObject({ not: conditionSchema }),
  ]),
) as z.ZodMiniType<Condition>;
