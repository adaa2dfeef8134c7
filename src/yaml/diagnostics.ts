/** Problems found in a user-editable file, each pinned to `file:line:col`. */

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  message: string;
  /** Stable short code, e.g. `unknown-key`, `invalid-value`, `yaml-syntax`. */
  code: string;
}

/** At most this many problems are printed per file; the rest are counted. */
export const MAX_SHOWN_PER_FILE = 50;

/** A file that cannot be used as it is; carries every problem found, not just the first. */
export class DiagnosticError extends Error {
  override name = 'DiagnosticError';
  constructor(
    readonly diagnostics: Diagnostic[],
    /** A last line that says what the problems mean, e.g. that a shipped file is damaged. */
    readonly note?: string,
  ) {
    super(note === undefined ? formatDiagnostics(diagnostics) : `${formatDiagnostics(diagnostics)}\n${note}`);
  }
}

/** `file:line:col  error  message  [code]`, the shape editors and CI annotations understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}  error  ${d.message}  [${d.code}]`;
}

/** Every problem, one per line, at most {@link MAX_SHOWN_PER_FILE} per file, then a count. */
export function formatDiagnostics(all: readonly Diagnostic[]): string {
  const shown = new Map<string, number>();
  const lines: string[] = [];
  for (const d of all) {
    const n = shown.get(d.file) ?? 0;
    shown.set(d.file, n + 1);
    if (n < MAX_SHOWN_PER_FILE) lines.push(formatDiagnostic(d));
  }
  for (const [file, n] of shown)
    if (n > MAX_SHOWN_PER_FILE) lines.push(`${file}: … and ${n - MAX_SHOWN_PER_FILE} more problems`);
  return lines.join('\n');
}
