/**
 * How a date is counted (the counting rules of the product, README "How dates are counted"):
 * - working days after X: X not counted (Civil Code art. 201); make-up working days count;
 * - calendar days after or before X: the raw date, then `roll` says what happens when offices
 *   are closed on it (`back`: the last working day on or before it is the date to plan by, the
 *   raw date stays the legal end; `forward`: the next working day; `none`: the raw date);
 * - months or years after or before X: Civil Code art. 202 (no corresponding day: the last day
 *   of the month), then `roll` likewise.
 */
import * as z from 'zod/mini';
import { dateRefSchema } from './dateRef.js';
import type { Count } from './shape.js';

export type { Count, Roll } from './shape.js';
export { countStart } from './shape.js';

const positiveInt = z.number().check(z.int(), z.positive());
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
  z.strictObject({ months: positiveInt, before: dateRefSchema, roll }),
  z.strictObject({ years: positiveInt, after: dateRefSchema, roll }),
  z.strictObject({ years: positiveInt, before: dateRefSchema, roll }),
]) as z.ZodMiniType<Count>;
