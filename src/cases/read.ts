/**
 * Reads one case file: YAML, then "is it a case at all" (`schema: permit/case@1`), then the case
 * schema of the loaded rules. Every problem becomes a finding with the file, line and column:
 * `case-parse` when the file cannot be read as a case, `case-schema` when a case breaks the format.
 */
import type { Finding } from '../core/finding.js';
import { message } from '../core/message.js';
import { DiagnosticError } from '../yaml/diagnostics.js';
import { type LocatedYaml, parseYaml, validateYaml } from '../yaml/loadYaml.js';
import { CASE_SCHEMA_ID, type CaseData, type CaseSchema } from './schema.js';

/** A case file that passed the schema, with the positions of its nodes. */
export interface CaseFile {
  file: string;
  data: CaseData;
  locate: LocatedYaml['locate'];
}

export type ReadCase = { ok: true; case: CaseFile } | { ok: false; findings: Finding[]; caseId?: string };

/** A finding about the file itself, at a position. */
export function fileFinding(
  ruleId: 'case-parse' | 'case-schema',
  file: string,
  where: { line: number; col: number },
  text: string,
  caseId?: string,
): Finding {
  return {
    ruleId,
    severity: 'error',
    message: message('case.problem', { text }),
    file,
    line: where.line,
    column: where.col,
    target: 'case',
    ...(caseId ? { caseId } : {}),
  };
}

const NUMBER_HINT =
  'passport and permit numbers are not kept in case files (they end up in repositories and CI logs); give last4, the last four characters';

/** Parses and validates a case file's text against `schema` (built from the loaded rules). */
export function readCase(file: string, text: string, schema: CaseSchema): ReadCase {
  let parsed: ReturnType<typeof parseYaml>;
  try {
    parsed = parseYaml(file, text);
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    return { ok: false, findings: e.diagnostics.map((d) => fileFinding('case-parse', file, d, d.message)) };
  }
  const { raw, located } = parsed;
  const top = located.locate([]);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const what = raw === null || raw === undefined ? 'empty (or only comments)' : Array.isArray(raw) ? 'a list' : 'a single value';
    return { ok: false, findings: [fileFinding('case-parse', file, top, `not a case file: the file is ${what}; a case file starts with schema: ${CASE_SCHEMA_ID}`)] };
  }
  const record = raw as Record<string, unknown>;
  const caseId = typeof record.id === 'string' ? record.id : undefined;
  if (!Object.hasOwn(record, 'schema')) {
    return {
      ok: false,
      findings: [fileFinding('case-parse', file, top, `not a case file: no "schema:" key (a case file starts with schema: ${CASE_SCHEMA_ID})`, caseId)],
    };
  }
  if (record.schema !== CASE_SCHEMA_ID) {
    return {
      ok: false,
      findings: [
        fileFinding(
          'case-parse',
          file,
          located.locate(['schema']),
          `unknown schema ${JSON.stringify(record.schema)}; this permit reads ${CASE_SCHEMA_ID}`,
          caseId,
        ),
      ],
    };
  }
  try {
    const data = validateYaml(parsed, schema);
    return { ok: true, case: { file, data, locate: located.locate } };
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    return {
      ok: false,
      caseId,
      findings: e.diagnostics.map((d) => {
        const hint = /unknown key "number"/.test(d.message) ? `${d.message}: ${NUMBER_HINT}` : d.message;
        return fileFinding('case-schema', file, d, hint, caseId);
      }),
    };
  }
}
