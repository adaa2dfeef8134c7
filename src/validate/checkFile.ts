/**
 * One case file checked: read through the safe reader, parsed, validated against the case
 * schema, evaluated. Every way a file can fail becomes a finding; nothing throws, so one bad
 * file never stops the others.
 */
import { type CaseEnv, evaluateCase } from '../core/evaluateCase.js';
import { readCase, fileFinding } from '../cases/read.js';
import type { CaseSchema } from '../cases/schema.js';
import { CASE_FILE_LIMIT, DataFileError, readTextFile } from '../data/readFile.js';
import type { FileResult } from './run.js';

export interface CheckOptions {
  /** Keep the plans and watched deadlines (the agenda, calendar and page formats need them). */
  keepPlans: boolean;
}

/** Checks the case file at `path`, named `file` in findings. */
export function checkFile(path: string, file: string, schema: CaseSchema, env: CaseEnv, opts: CheckOptions): FileResult {
  let text: string;
  try {
    text = readTextFile(path, { what: 'case file', limit: CASE_FILE_LIMIT, display: file });
  } catch (e) {
    if (!(e instanceof DataFileError)) throw e;
    return { file, procedures: [], findings: [fileFinding('case-parse', file, { line: e.line ?? 1, col: 1 }, e.reason)] };
  }
  const read = readCase(file, text, schema);
  if (!read.ok) return { file, ...(read.caseId ? { caseId: read.caseId } : {}), procedures: [], findings: read.findings };
  const result = evaluateCase(read.case, env);
  const id = read.case.locate(['id']);
  return {
    file,
    caseId: result.caseId,
    idAt: { line: id.line, column: id.col },
    ...(result.name !== undefined ? { name: result.name } : {}),
    procedures: result.plans.map((p) => p.procedure),
    findings: result.findings,
    evaluated: true,
    ...(opts.keepPlans ? { plans: result.plans, watched: result.watched } : {}),
  };
}
