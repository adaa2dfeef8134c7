/**
 * The format of data/sources.yaml (the source registry) and of a citation, the way rule files
 * and data/offices.yaml name a source. Strict schemas: an unknown key is an error.
 */
import * as z from 'zod/mini';
import { parseIsoDate } from '../calendar/isoDate.js';
import { bilingualSchema, idSchema, isoDateSchema, nonEmptyString } from '../yaml/schemaParts.js';

/** What a source is. Only `secondary` sources are corroboration; outputs label them so. */
export const sourceKinds = ['official-guide', 'law', 'notice', 'secondary'] as const;
export type SourceKind = (typeof sourceKinds)[number];

const DATE_MESSAGE =
  'expected a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD", in quotes (e.g. date: "2025-03-06")';

/** A publication or version date, as precise as it is known: a year, a month or a day. */
export const sourceDateSchema = z.string({ error: DATE_MESSAGE }).check(
  z.refine((s) => {
    if (/^\d{4}$/.test(s)) return true;
    if (/^\d{4}-(0[1-9]|1[0-2])$/.test(s)) return true;
    return parseIsoDate(s) !== undefined;
  }, DATE_MESSAGE),
);

const urlSchema = z.string().check(z.regex(/^https?:\/\/\S+$/, 'expected an http(s):// address'));

/** One entry of the registry (or of a rule file's own `sources:`). */
export const sourceEntrySchema = z.strictObject({
  kind: z.enum(sourceKinds, { error: `expected one of ${sourceKinds.join(', ')}` }),
  title: bilingualSchema,
  publisher: bilingualSchema,
  date: z.optional(sourceDateSchema),
  url: z.optional(urlSchema),
  /** The file of shared/seeds/ this project read the source from. Provenance only: never shown. */
  seed: z.optional(nonEmptyString),
  /** What a reader should know about the source, e.g. "an agency's guide, not an official text". */
  note: z.optional(bilingualSchema),
});
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

/** Sources by id. */
export const sourcesMapSchema = z.record(idSchema, sourceEntrySchema);

export const sourcesFileSchema = z.strictObject({
  /** When the entries (titles, publishers, addresses) were last checked. */
  checked: isoDateSchema,
  sources: sourcesMapSchema,
});
export type SourcesFile = z.infer<typeof sourcesFileSchema>;

/**
 * A citation as written in a rule file or data/offices.yaml: a registry id and where in the
 * source (`{ source: civil-code, ref: "art. 201" }`). `checked` only where it differs from the
 * file's own `checked:` date; `url` only for a deep link other than the registry's address.
 */
export const citationSchema = z.strictObject({
  source: idSchema,
  ref: nonEmptyString,
  checked: z.optional(isoDateSchema),
  url: z.optional(urlSchema),
});
export type Citation = z.infer<typeof citationSchema>;
