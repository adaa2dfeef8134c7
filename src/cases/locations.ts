/**
 * Where in a case file a fact is found. A rule file's fact may name one of these places with
 * `case:`; a fact that names none is given in its procedure's `facts:` block. The places are part
 * of the case-file contract (see README, "Case files").
 */

/** Places in the case's own blocks, shared by every procedure of the case. */
export const CASE_PLACES = [
  'employee.birth-date',
  'employee.passport.expiry',
  'employer.city',
  'employer.district',
  'permit.category',
  'permit.expiry',
  'permit.salary-commitment',
  'residence-permit.expiry',
] as const;

/** Places in a procedure entry: its submission date, or a document's issue date. */
export const PROCEDURE_PLACES = ['submitted'] as const;

export type CasePlace = (typeof CASE_PLACES)[number];

/** `documents.<document-id>.issued`: the issue date of a document of the procedure. */
export type DocumentIssuedPlace = `documents.${string}.issued`;

export type FactPlace = CasePlace | (typeof PROCEDURE_PLACES)[number] | DocumentIssuedPlace;

const DOCUMENT_ISSUED = /^documents\.([a-z0-9]+(?:-[a-z0-9]+)*)\.issued$/;

/** Checks a `case:` value; returns why it is not a place, or undefined when it is one. */
export function placeProblem(place: string): string | undefined {
  if ((CASE_PLACES as readonly string[]).includes(place)) return undefined;
  if ((PROCEDURE_PLACES as readonly string[]).includes(place)) return undefined;
  if (DOCUMENT_ISSUED.test(place)) return undefined;
  return `"${place}" is not a place in a case file; use one of ${[...CASE_PLACES, ...PROCEDURE_PLACES].join(', ')} or documents.<document-id>.issued`;
}

/** The document id of a `documents.<id>.issued` place. */
export function documentOfPlace(place: string): string | undefined {
  return DOCUMENT_ISSUED.exec(place)?.[1];
}

/** The path of a place as keys, e.g. `['employee', 'passport', 'expiry']`. */
export function placePath(place: string): string[] {
  return place.split('.');
}
