/**
 * `permit validate --format text`: the run header, then each case with a problem, most urgent
 * first, its findings by position, then a summary table and the totals line (always printed).
 */
import { getBorderCharacters, table } from 'table';
import { findingTarget } from '../../core/evaluateCase.js';
import type { Finding } from '../../core/finding.js';
import { day, list, message, quantity } from '../../core/message.js';
import { render } from '../../core/render.js';
import { safeText } from '../../core/safeText.js';
import type { Lang } from '../../core/vocabulary.js';
import { byUrgency, filesByUrgency, type RunHeader, type ValidateRun } from '../../validate/run.js';
import { citationText } from '../citation.js';
import { chalkFor, inLangs, langs, wrap } from '../layout.js';
import type { FormatOptions, ValidateFormatter } from './formatter.js';

/** The run header: version, as-of date and where it came from, the rules and the calendar in use. */
export function headerLine(h: RunHeader, lang: Lang = 'en'): string {
  return render(
    message('validate.header', {
      version: h.version,
      asOf: h.asOf,
      asOfFrom: message(h.asOfFrom === '--as-of' ? 'validate.as-of-flag' : 'validate.as-of-today'),
      folder: safeText(h.rules.folder),
      procedures: h.rules.procedures.length,
      digest: h.rules.digest,
      published: h.calendar.publishedThrough,
      statutory: h.calendar.statutoryThrough,
    }),
    lang,
  );
}

/** `due 2026-11-30 (Mon), legal end …; 3 working days left`, in one language. */
export function dueLine(due: NonNullable<Finding['due']>, lang: Lang): string {
  const n =
    due.workingDaysLeft !== undefined ? quantity(Math.abs(due.workingDaysLeft), 'working-day') : quantity(Math.abs(due.daysLeft), 'day');
  const past = due.daysLeft < 0;
  const withEnd = due.legalEnd !== due.date;
  const id = `validate.due-${withEnd ? 'legal-' : ''}${past ? 'past' : 'left'}`;
  return render(message(id, { date: day(due.date), legalEnd: day(due.legalEnd), n }), lang);
}

/** The summary table shows the most urgent cases; a table of thousands helps no one (use json or html). */
const TABLE_ROWS = 25;

/** Continuation lines start under the message: 2 + 7 (position) + 1 + 7 (severity) + 2. */
const INDENT = ' '.repeat(19);

function findingLines(f: Finding, opts: FormatOptions): string[] {
  const c = chalkFor(opts.color);
  if (f.severity === 'notice' && !f.waived) {
    // Information only: one line, in the first language.
    const text = inLangs(f.message, opts.lang)[0] ?? '';
    return [c.dim(wrap(`${text}  ${f.ruleId}`, opts.width, `  ${`${f.line ?? 1}:${f.column ?? 1}`.padEnd(7)} notice  `, INDENT))];
  }
  const mark = f.waived ? c.dim('waived ') : f.severity === 'error' ? c.red('error  ') : f.severity === 'warning' ? c.yellow('warning') : c.cyan('notice ');
  const pos = `${f.line ?? 1}:${f.column ?? 1}`.padEnd(7);
  const [first, ...rest] = inLangs(f.message, opts.lang);
  // The position and severity are passed as the first line's prefix: wrap() keeps it as written.
  const lines = [wrap(`${first ?? ''}  ${c.dim(f.ruleId)}`, opts.width, `  ${pos} ${mark} `, INDENT)];
  for (const t of rest) lines.push(wrap(t, opts.width, INDENT));
  const L = langs(opts.lang)[0] ?? 'en';
  if (f.due) lines.push(c.dim(wrap(dueLine(f.due, L), opts.width, INDENT)));
  if (f.action) lines.push(wrap(`→ ${render(f.action, L)}`, opts.width, INDENT, '                     '));
  if (f.waived)
    lines.push(c.dim(wrap(render(message('validate.waived', { expires: f.waived.expires, by: f.waived.approvedBy, reason: f.waived.reason }), L), opts.width, INDENT)));
  if (f.source) lines.push(c.dim(wrap(`${render(message('label.source'), L)}: ${citationText(f.source, L, false)}`, opts.width, INDENT, '                     ')));
  return lines;
}

/** The lines of each finding the text format keeps, rendered when its file was checked. */
const RENDERED = new WeakMap<Finding, string[]>();
/** What a kept finding has instead of its texts, which are in RENDERED. */
const SLIM_TEXT = { en: '', zh: '' };

/**
 * A finding reduced to what the text format sorts and tabulates by; its lines rendered now, so
 * that a run over thousands of files keeps strings, not messages with their data and sources.
 */
function slim(f: Finding, opts: FormatOptions): Finding {
  const kept: Finding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: SLIM_TEXT,
    ...(f.line !== undefined ? { line: f.line, column: f.column } : {}),
    ...(f.procedure !== undefined ? { procedure: f.procedure } : {}),
    ...(f.target !== undefined ? { target: f.target } : {}),
    ...(f.waived !== undefined ? { waived: f.waived } : {}),
    ...(f.due !== undefined ? { due: { ...f.due, basis: SLIM_TEXT } } : {}),
  };
  RENDERED.set(kept, findingLines(f, opts));
  return kept;
}

export const textFormat: ValidateFormatter = {
  keep: (f, opts) => ({ ...f, plans: undefined, watched: undefined, findings: f.findings.map((x) => slim(x, opts)) }),
  head: (h, opts) => {
    const L = langs(opts.lang)[0] ?? 'en';
    const lines = [wrap(headerLine(h, L), opts.width, '', '  ')];
    for (const r of h.calendar.replaced)
      lines.push(wrap(render(message('calendar-overlay-replaced', { file: safeText(r.file), years: list(r.years.map(String)) }), L), opts.width, '! ', '  '));
    return `${lines.join('\n')}\n`;
  },
  tail: (run, opts) => [...tailChunks(run, opts)].join(''),
  tailChunks,
};

/** The findings of each file, most urgent file first, one chunk a file; then the table and the totals. */
function* tailChunks(run: ValidateRun, opts: FormatOptions): Generator<string> {
  const c = chalkFor(opts.color);
  const L = langs(opts.lang)[0] ?? 'en';
  const withFindings = filesByUrgency(run.files).filter((f) => f.findings.length > 0);
  for (const f of withFindings) {
    const who = [f.caseId, f.name, f.procedures.join(', ')].filter((x) => x).join(' · ');
    const lines = ['', `${c.underline(safeText(f.file))}${who ? `  ${c.dim(safeText(who))}` : ''}`];
    for (const x of [...f.findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || byUrgency(a, b))) lines.push(...(RENDERED.get(x) ?? findingLines(x, opts)));
    yield `${lines.join('\n')}\n`;
  }
  {
    const out: string[] = [];
    if (run.files.length > 0) {
      const rows = [['case', 'file', 'errors', 'warnings', 'next-due'].map((h) => c.bold(render(message(`column.${h}`), L)))];
      const ranked = filesByUrgency(run.files);
      for (const f of ranked.slice(0, TABLE_ROWS)) {
        const open = f.findings.filter((x) => !x.waived);
        const next = open.filter((x) => x.due).sort((a, b) => ((a.due?.date ?? '') < (b.due?.date ?? '') ? -1 : 1))[0];
        rows.push([
          f.caseId ?? '-',
          f.file,
          String(open.filter((x) => x.severity === 'error').length),
          String(open.filter((x) => x.severity === 'warning').length),
          next?.due ? `${next.due.date} ${findingTarget(next)}` : '',
        ]);
      }
      // Case 14, errors 6, warnings 8, next due 20, and 16 for borders and padding: the file takes the rest.
      const fileW = Math.max(12, Math.min(48, opts.width - 64));
      out.push(
        '',
        table(rows, {
          border: getBorderCharacters('norc'),
          columns: {
            0: { width: 14, wrapWord: true },
            1: { width: fileW, wrapWord: true },
            2: { width: 6 },
            3: { width: 8 },
            4: { width: 20, wrapWord: true },
          },
        }).trimEnd(),
      );
      if (ranked.length > TABLE_ROWS)
        out.push(wrap(render(message('validate.table-more', { shown: TABLE_ROWS, total: quantity(ranked.length, 'case') }), L), opts.width));
    }
    const t = run.totals;
    const problems = t.errors + t.warnings;
    const data = {
      errors: quantity(t.errors, 'error'),
      warnings: quantity(t.warnings, 'warning'),
      notices: quantity(t.notices, 'notice'),
      waived: t.waived,
      files: quantity(t.files, 'file'),
      cases: quantity(t.cases, 'case'),
    };
    out.push(
      '',
      problems > 0
        ? (t.errors > 0 ? c.red.bold : c.yellow.bold)(wrap(`${t.errors > 0 ? '✖' : '!'} ${render(message('validate.totals', data), L)}`, opts.width, '', '  '))
        : c.green.bold(wrap(`✓ ${render(message('validate.totals-clean', data), L)}`, opts.width, '', '  ')),
    );
    yield `${out.join('\n')}\n`;
  }
}
