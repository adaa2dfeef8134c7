/**
 * The format of data/offices.yaml: where an employer files, by city and by the district (or
 * registration area) it is registered in, and the online portal of each period. Strict schemas:
 * an unknown key is an error, so a typo never silently hides an office.
 */
import * as z from 'zod/mini';
import type { WithResolvedCitations } from '../sources/registry.js';
import { citationSchema } from '../sources/schema.js';
import { bilingualSchema, idSchema, isoDateSchema, nonEmptyString } from '../yaml/schemaParts.js';

/** A remark shown with an office, city or portal; `source` when it rests on a source of its own. */
export const noteSchema = z.strictObject({
  en: nonEmptyString,
  zh: nonEmptyString,
  source: z.optional(citationSchema),
});
export type Note = WithResolvedCitations<z.infer<typeof noteSchema>>;

/** A proper name: English always, Chinese where the official Chinese name is known. */
export const nameSchema = z.strictObject({ en: nonEmptyString, zh: z.optional(nonEmptyString) });
export type Name = z.infer<typeof nameSchema>;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** One opening period, `HH:MM-HH:MM` on a 24-hour clock, ending after it starts. */
export const periodSchema = z
  .string({ error: 'expected a period written "HH:MM-HH:MM", e.g. "09:00-12:00"' })
  .check(
    z.regex(
      /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/,
      'expected a period written "HH:MM-HH:MM", e.g. "09:00-12:00"',
    ),
    z.refine((p) => minutes(p.slice(0, 5)) < minutes(p.slice(6)), 'a period must end after it starts'),
  );

/** Submission hours. The sources only ever say "Monday through Friday". */
export const hoursSchema = z.strictObject({
  days: z.enum(['mon-fri']),
  periods: z.array(periodSchema).check(z.minLength(1)),
});
export type Hours = z.infer<typeof hoursSchema>;

/** A telephone number as the source writes it: digits, spaces, hyphens, an optional leading +. */
export const phoneSchema = z
  .string()
  .check(z.regex(/^\+?\d[\d -]*\d$/, 'expected a telephone number such as "010-89150841" or "68505314"'));

/** Which employers may use an office: `all`, or those registered in the listed areas of the city. */
export const servesSchema = z.strictObject({
  areas: z.union([z.literal('all'), z.array(idSchema).check(z.minLength(1))], {
    error: 'expected "all" or a list of area ids, e.g. [chaoyang]',
  }),
  text: bilingualSchema,
});
export type Serves = z.infer<typeof servesSchema>;

/** How another source words the same fact (kept so a reader can see the sources disagree). */
export const variantSchema = z.strictObject({
  field: z.enum(['name', 'address', 'hours', 'phone']),
  text: nonEmptyString,
  source: citationSchema,
});
export type Variant = WithResolvedCitations<z.infer<typeof variantSchema>>;

export const officeSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  /** Copied as the source writes it: an address is a fact, not prose. */
  address: nonEmptyString,
  /** Absent when the source gives no hours. */
  hours: z.optional(hoursSchema),
  /** Absent when the source gives no number. */
  phone: z.optional(z.array(phoneSchema).check(z.minLength(1))),
  serves: servesSchema,
  notes: z.optional(z.array(noteSchema)),
  source: citationSchema,
  'see-also': z.optional(z.array(citationSchema)),
  variants: z.optional(z.array(variantSchema)),
});
export type Office = WithResolvedCitations<z.infer<typeof officeSchema>>;

/** Service points a source counts but does not list (Beijing's 15 one-stop counters). */
export const counterSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  count: z.int().check(z.positive()),
  serves: servesSchema,
  handles: bilingualSchema,
  notes: z.optional(z.array(noteSchema)),
  source: citationSchema,
});
export type Counter = WithResolvedCitations<z.infer<typeof counterSchema>>;

/** A district or registration area an employer can be registered in; ids are `--district` values. */
export const areaSchema = z.strictObject({
  id: idSchema,
  name: bilingualSchema,
  note: z.optional(bilingualSchema),
});
export type Area = z.infer<typeof areaSchema>;

export const citySchema = z.strictObject({
  id: idSchema,
  name: bilingualSchema,
  areas: z.array(areaSchema).check(z.minLength(1)),
  offices: z.array(officeSchema).check(z.minLength(1)),
  counters: z.optional(z.array(counterSchema)),
  notes: z.optional(z.array(noteSchema)),
});
export type City = WithResolvedCitations<z.infer<typeof citySchema>>;

/**
 * When a portal came into (or went out of) use: `on` a known date, or `between` two dates when
 * only a range is known (no notice of the switch was found). `basis` says how we know.
 */
export const boundarySchema = z
  .strictObject({
    on: z.optional(isoDateSchema),
    between: z.optional(z.tuple([isoDateSchema, isoDateSchema])),
    basis: bilingualSchema,
    source: citationSchema,
  })
  .check(
    z.refine(
      (b) => (b.on === undefined) !== (b.between === undefined),
      'give either "on" or "between", not both',
    ),
    z.refine(
      (b) => b.between === undefined || b.between[0] <= b.between[1],
      '"between" must list the earlier date first',
    ),
  );
export type Boundary = WithResolvedCitations<z.infer<typeof boundarySchema>>;

/** A page that names the portal; `published` is the page's own date as far as it is known. */
export const seenInSchema = z.strictObject({
  page: bilingualSchema,
  published: z.optional(
    z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')),
  ),
  source: citationSchema,
});
export type SeenIn = WithResolvedCitations<z.infer<typeof seenInSchema>>;

export const portalSchema = z.strictObject({
  id: idSchema,
  url: z.string().check(z.regex(/^https?:\/\/\S+$/, 'expected an http(s):// address')),
  name: bilingualSchema,
  operator: bilingualSchema,
  from: boundarySchema,
  /** Absent: in use until the next portal's `from` (or still in use, for the last one). */
  to: z.optional(boundarySchema),
  notes: z.optional(z.array(noteSchema)),
  source: citationSchema,
  'seen-in': z.optional(z.array(seenInSchema)),
});
export type Portal = WithResolvedCitations<z.infer<typeof portalSchema>>;

export const officesFileSchema = z.strictObject({
  checked: isoDateSchema,
  cities: z.array(citySchema).check(z.minLength(1)),
  /** National: every city files through the same system. Oldest first. */
  portals: z.array(portalSchema).check(z.minLength(1)),
});
/** The file as written: citations name a registry id. */
export type WrittenOfficesFile = z.infer<typeof officesFileSchema>;
/** The file as loaded: every citation resolved against the registry (see ./load.ts). */
export type OfficesFile = WithResolvedCitations<WrittenOfficesFile>;
