/** The year keys of calendar files: four digits in a sane range, so a typo never shifts every date. */
import * as z from 'zod/mini';

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** `"2027"`, not `"0227"` or `"9999"`: a year between 2000 and 2100. */
export const yearKeySchema = z.string().check(
  z.regex(/^\d{4}$/, 'year keys are four digits, e.g. "2027"'),
  z.refine((k) => Number(k) >= FIRST_YEAR && Number(k) <= LAST_YEAR, {
    message: `year keys are between ${FIRST_YEAR} and ${LAST_YEAR}`,
  }),
);
