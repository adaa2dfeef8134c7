/** Problems found in a user-editable file, each pinned to `file:line:col`. */

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  message: string;
  /** Stable short code, e.g. `unknown-key`, `invalid-value`, `yaml-syntax`. */
  code: string;
}

/** A file that cannot be used as it is; carries every problem found, not just the first. */
export class DiagnosticError extends Error {
  override name = 'DiagnosticError';
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
  }
}

/** `file:line:col  error  message  [code]`, the shape editors and CI annotations understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}  error  ${d.message}  [${d.code}]`;
}
