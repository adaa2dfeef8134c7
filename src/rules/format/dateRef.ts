/**
 * Where a count starts or what a date condition compares: a fact's date, a deadline's or a
 * derived date's, the as-of date, or the later of several.
 */
import * as z from 'zod/mini';
import { idSchema } from '../../yaml/schemaParts.js';
import type { DateRef } from './shape.js';

export type { DateRef } from './shape.js';

export const dateRefSchema: z.ZodMiniType<DateRef> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: idSchema, else: z.optional(dateRefSchema) }),
    z.strictObject({ deadline: idSchema }),
    z.strictObject({ date: idSchema }),
    z.strictObject({ 'as-of': z.literal(true) }),
    z.strictObject({ 'later-of': z.array(dateRefSchema).check(z.minLength(2)) }),
  ]),
) as z.ZodMiniType<DateRef>;
