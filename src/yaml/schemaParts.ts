/** Small zod schemas shared by every file format permit reads. */
import * as z from 'zod/mini';
import { type IsoDate, parseIsoDate } from '../calendar/isoDate.js';

/** A real calendar date written `YYYY-MM-DD` (YAML 1.2 keeps it a string). */
export const isoDateSchema = z.pipe(
  z.string({ error: 'expected a date written YYYY-MM-DD' }),
  z.transform((s, ctx) => {
    const d = parseIsoDate(s);
    if (d === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: s,
        message: `"${s}" is not a real date; expected YYYY-MM-DD`,
      });
      return z.NEVER;
    }
    return d as IsoDate;
  }),
);

export const nonEmptyString = z.string().check(z.minLength(1, 'must not be empty'));

/** Kebab-case identifier used for rule items, facts and values: stable in scripts and case files. */
export const idSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by "-", e.g. cancel-application'),
  );

/** Text in English and Chinese. */
export const bilingualSchema = z.strictObject({ en: nonEmptyString, zh: nonEmptyString });
export type Bilingual = z.infer<typeof bilingualSchema>;
