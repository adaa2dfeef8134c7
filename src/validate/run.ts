/**
 * A validate run: the header every format prints (as-of date, time zone, rules and calendar
 * versions), one result per file checked, and the totals. Pure; the command does the I/O.
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { CasePlan, WatchedDeadline } from '../core/evaluateCase.js';
import type { Finding } from '../core/finding.js';

export const VALIDATE_SCHEMA_ID = 'permit/validate@1';

export interface RunHeader {
  version: string;
  asOf: IsoDate;
  /** How "today" was decided: the Asia/Shanghai date, or --as-of. */
  asOfFrom: 'Asia/Shanghai' | '--as-of';
  rules: { folder: string; procedures: readonly string[]; digest: string };
  calendar: {
    files: readonly string[];
    publishedThrough: number;
    statutoryThrough: number;
    /** Published years an overlay (--calendar) replaced, said in every output. */
    replaced: readonly { file: string; years: readonly number[] }[];
  };
  warnWithin: number;
  waivers: boolean;
  maxWarnings?: number;
}

export interface FileResult {
  /** As findings name it: relative to the working directory, `/` separators. */
  file: string;
  caseId?: string;
  name?: string;
  procedures: readonly string[];
  /** Where the file's `id:` is written (for case-duplicate-id). */
  idAt?: { line: number; column: number };
  findings: readonly Finding[];
  /** The file was read as a case and evaluated (a file that could not be read, or broke the format, is not). */
  evaluated?: boolean;
  /** Kept only for the formats that show deadlines (agenda, calendar, page). */
  plans?: readonly CasePlan[];
  watched?: readonly WatchedDeadline[];
}

export interface Totals {
  files: number;
  /** Files read as cases and evaluated (their own findings may still include case-schema errors). */
  cases: number;
  errors: number;
  warnings: number;
  notices: number;
  /** Findings covered by a waiver (not counted above). */
  waived: number;
}

export interface ValidateRun {
  header: RunHeader;
  files: readonly FileResult[];
  totals: Totals;
}

/** The totals of the files' findings; a waived finding counts as waived only. */
export function totalsOf(files: readonly FileResult[]): Totals {
  const t = emptyTotals();
  for (const f of files) addToTotals(t, f);
  return t;
}

export function emptyTotals(): Totals {
  return { files: 0, cases: 0, errors: 0, warnings: 0, notices: 0, waived: 0 };
}

/** Counts one more file into `t` (so a streamed run need not keep its files). */
export function addToTotals(t: Totals, f: FileResult): void {
  t.files++;
  if (f.evaluated === true) t.cases++;
  for (const x of f.findings) {
    if (x.waived) t.waived++;
    else if (x.severity === 'error') t.errors++;
    else if (x.severity === 'warning') t.warnings++;
    else t.notices++;
  }
}

/** 0 with no open error (and warnings within --max-warnings), else 1. */
export function runExitCode(run: Pick<ValidateRun, 'totals' | 'header'>): 0 | 1 {
  if (run.totals.errors > 0) return 1;
  const max = run.header.maxWarnings;
  if (max !== undefined && run.totals.warnings > max) return 1;
  return 0;
}

/** Most serious first: errors (overdue before due), warnings, notices; then by due date and place. */
export function byUrgency(a: Finding, b: Finding): number {
  const rank = (f: Finding) => (f.waived ? 3 : f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2);
  const due = (f: Finding) => f.due?.date ?? '9999-12-31';
  return rank(a) - rank(b) || (due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0);
}

/** Files with the most serious finding first, then the earliest due date, then the name. */
export function filesByUrgency(files: readonly FileResult[]): FileResult[] {
  const worst = (f: FileResult) => [...f.findings].sort(byUrgency)[0];
  return [...files].sort((a, b) => {
    const x = worst(a);
    const y = worst(b);
    if (x && !y) return -1;
    if (!x && y) return 1;
    return (x && y ? byUrgency(x, y) : 0) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  });
}
