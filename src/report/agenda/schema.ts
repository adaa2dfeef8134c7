/**
 * The `permit/agenda@1` JSON contract of `permit agenda --format json`, as a zod schema; the JSON
 * Schema in schemas/agenda.schema.json is generated from it (`permit schema agenda`). Add
 * fields; never rename or remove them.
 */
import * as z from 'zod/mini';
import { DEADLINE_STATUSES } from '../../rules/format/shape.js';
import { deadlineKinds } from '../../rules/format/items.js';
import { bilingual, citation, date } from '../validate/schema.js';

export const agendaJsonSchema = z.strictObject({
  schema: z.literal('permit/agenda@1'),
  tool: z.strictObject({ name: z.literal('permit'), version: z.string() }),
  asOf: date,
  /** Calendar days ahead the agenda covers (--within). */
  within: z.number(),
  /** The last day covered: asOf + within. */
  through: date,
  items: z.array(
    z.strictObject({
      /** The day to plan by (a closed last day moved back to a working day). */
      date,
      weekday: z.string(),
      /** The last day of the legal period. */
      legalEnd: date,
      opens: z.optional(date),
      status: z.enum(DEADLINE_STATUSES as unknown as [string, ...string[]]),
      daysLeft: z.number(),
      workingDaysLeft: z.optional(z.number()),
      case: z.string(),
      name: z.optional(z.string()),
      file: z.string(),
      procedure: z.string(),
      deadline: z.string(),
      kind: z.enum(deadlineKinds),
      title: bilingual,
      basis: bilingual,
      /** An extension date implied by an expiry, for a case with no procedure in progress for it. */
      watched: z.boolean(),
      source: citation,
    }),
  ),
  /** Files that are not readable cases, so nothing of them is on the agenda. */
  skipped: z.array(z.strictObject({ file: z.string(), ruleId: z.string(), line: z.optional(z.number()), message: bilingual })),
});
