/**
 * A case file named on the command line (`check --case`, `interview --from`): read through the
 * safe reader and validated, or refused with every problem of the file in one usage error.
 */
import { resolve } from 'node:path';
import type { CaseFile } from '../cases/read.js';
import type { ProcedureEntry } from '../cases/schema.js';
import { render } from '../core/render.js';
import { CASE_FILE_LIMIT, readTextFile } from '../data/readFile.js';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';

export async function readCaseOption(ctx: CliContext, path: string): Promise<CaseFile> {
  const display = ctx.data.loc.display(path);
  const text = readTextFile(resolve(ctx.io.cwd, path), { what: 'case file', limit: CASE_FILE_LIMIT, display });
  const { caseSchemaFor } = await import('../cases/schema.js');
  const { readCase } = await import('../cases/read.js');
  const r = readCase(display, text, caseSchemaFor(await ctx.data.catalog()));
  if (r.ok) return r.case;
  throw new UsageError(
    r.findings.map((f) => `${f.file}:${f.line}:${f.column}  error  ${render(f.message, 'en')}  [${f.ruleId}]`).join('\n'),
  );
}

/** The case's entry for `procedure`; with none named, its only entry (undefined when it has several). */
export function pickEntry(c: CaseFile, procedure: string | undefined): { value: ProcedureEntry; index: number } | undefined {
  const entries = (c.data.procedures ?? []).map((value, index) => ({ value, index }));
  if (procedure !== undefined) return entries.find((e) => e.value.procedure === procedure);
  return entries.length === 1 ? entries[0] : undefined;
}
