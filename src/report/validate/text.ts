/**
 * `permit validate --format text`: the run header, then each case with a problem, most urgent
 * first, its findings by position, then a summary table and the totals line (always printed).
 */
import { getBorderCharacters, table } from 'table';
import { findingTarget } from '../../core/evaluateCase.js';
import type { Finding } from '../../core/finding.js';
import { day, quantity } from '../../core/message.js';
import { render, renderValue } from '../../core/render.js';
import { safeText } from '../../core/safeText.js';
import { byUrgency, filesByUrgency, type RunHeader } from '../../validate/run.js';
import { citationText } from '../citation.js';
import { chalkFor, inLangs, langs, wrap } from '../layout.js';
import type { FormatOptions, ValidateFormatter } from './formatter.js';

export function headerLine(h: RunHeader): string {
  const asOf = h.asOfFrom === '--as-of' ? `as of ${h.asOf} (--as-of)` : `as of ${h.asOf} (today in Asia/Shanghai)`;
  return `permit ${h.version} · ${asOf} · rules ${h.rules.folder} (${h.rules.procedures.length} procedures, ${h.rules.digest}) · calendar published through ${h.calendar.publishedThrough}, statutory holidays to ${h.calendar.statutoryThrough}`;
}

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
  if (f.due) {
    const left =
      f.due.workingDaysLeft !== undefined
        ? quantity(Math.abs(f.due.workingDaysLeft), 'working-day')
        : quantity(Math.abs(f.due.daysLeft), 'day');
    lines.push(
      c.dim(
        wrap(
          `due ${renderValue(day(f.due.date), L)}${f.due.legalEnd !== f.due.date ? `, legal end ${renderValue(day(f.due.legalEnd), L)}` : ''}; ${renderValue(left, L)} ${f.due.daysLeft >= 0 ? 'left' : 'past'}`,
          opts.width,
          INDENT,
        ),
      ),
    );
  }
  if (f.action) lines.push(wrap(`→ ${render(f.action, L)}`, opts.width, INDENT, '                     '));
  if (f.waived) lines.push(c.dim(wrap(`waived until ${f.waived.expires} by ${f.waived.approvedBy}: ${f.waived.reason}`, opts.width, INDENT)));
  if (f.source) lines.push(c.dim(wrap(`source: ${citationText(f.source, L, false)}`, opts.width, INDENT, '                     ')));
  return lines;
}

export const textFormat: ValidateFormatter = {
  head: (h, opts) => `${wrap(headerLine(h), opts.width, '', '  ')}\n`,
  tail(run, opts) {
    const c = chalkFor(opts.color);
    const out: string[] = [];
    const withFindings = filesByUrgency(run.files).filter((f) => f.findings.length > 0);
    for (const f of withFindings) {
      const who = [f.caseId, f.name, f.procedures.join(', ')].filter((x) => x).join(' · ');
      out.push('', `${c.underline(safeText(f.file))}${who ? `  ${c.dim(safeText(who))}` : ''}`);
      for (const x of [...f.findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || byUrgency(a, b))) out.push(...findingLines(x, opts));
    }
    if (run.files.length > 0) {
      const rows = [['Case', 'File', 'Errors', 'Warnings', 'Next due'].map((h) => c.bold(h))];
      for (const f of filesByUrgency(run.files)) {
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
    }
    const t = run.totals;
    const problems = t.errors + t.warnings;
    const counts = `${renderValue(quantity(t.errors, 'error'), 'en')}, ${renderValue(quantity(t.warnings, 'warning'), 'en')}, ${renderValue(quantity(t.notices, 'notice'), 'en')}, ${t.waived} waived`;
    const where = `${renderValue(quantity(t.files, 'file'), 'en')} checked (${renderValue(quantity(t.cases, 'case'), 'en')})`;
    out.push(
      '',
      problems > 0
        ? (t.errors > 0 ? c.red.bold : c.yellow.bold)(`${t.errors > 0 ? '✖' : '!'} ${renderValue(quantity(problems, 'finding'), 'en')}: ${counts} · ${where}`)
        : c.green.bold(`✓ no errors or warnings: ${counts} · ${where}`),
    );
    return `${out.join('\n')}\n`;
  },
};
