/**
 * `permit validate --format github`: GitHub Actions workflow commands on stdout, and a Markdown
 * job summary that `permit validate` appends to $GITHUB_STEP_SUMMARY when it is set (notes §4.2).
 *
 * GitHub shows at most 10 error and 10 warning annotations a step, so the 10 most urgent of each
 * are annotated, then one `::notice` says how many more there are; every finding (waived ones
 * and notices too) is in the summary and, folded, in the log. A nightly deadline is caused by
 * the date, not by an edit, so its annotation never lands on a changed line: the summary is what
 * a reader sees. Waived findings are never annotated; the summary lists them with their waiver.
 */
import type { Finding } from '../../core/finding.js';
import { render } from '../../core/render.js';
import type { ValidateRun } from '../../validate/run.js';
import {
  actionEn,
  dueEn,
  headerSentence,
  type Located,
  messageEn,
  oneLine,
  openFindings,
  place,
  totalsSentence,
  waivedFindings,
} from './ciCommon.js';
import type { ValidateFormatter } from './formatter.js';

/** GitHub's cap of annotations a step, per kind (error, warning). */
export const ANNOTATION_CAP = 10;

/** GitHub refuses a job summary over 1024 KiB; the rest of the step may write some too. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 32 * 1024;

/** A workflow command's message: `%`, CR and LF escaped (actions/toolkit `escapeData`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also `:` and `,` (actions/toolkit `escapeProperty`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' } as const;

/** `::error file=…,line=…,col=…,title=permit <rule>::<file:line:col> <message>`. */
export function annotation(l: Located): string {
  const f = l.finding;
  const props = [
    `file=${escapeProperty(oneLine(l.file))}`,
    `line=${f.line ?? 1}`,
    `col=${f.column ?? 1}`,
    `title=${escapeProperty(`permit ${f.ruleId}`)}`,
  ].join(',');
  // The raw log shows only the message, so the place is repeated in it.
  return `::${COMMAND[f.severity]} ${props}::${escapeData(`${place(l)} ${messageEn(f)}`)}`;
}

/** A plain log line; it starts with a word, so the runner never reads it as a command. */
function logLine(l: Located): string {
  const f = l.finding;
  const mark = f.waived ? 'waived ' : f.severity === 'error' ? 'error  ' : f.severity === 'warning' ? 'warning' : 'notice ';
  return `${mark} ${place(l)}  ${f.ruleId}  ${messageEn(f)}${f.waived ? ` [waived until ${f.waived.expires}, approved by ${oneLine(f.waived.approvedBy)}]` : ''}`;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export const githubFormat: ValidateFormatter = {
  tail(run: ValidateRun) {
    const open = openFindings(run);
    const waived = waivedFindings(run);
    const errors = open.filter((l) => l.finding.severity === 'error');
    const warnings = open.filter((l) => l.finding.severity === 'warning');
    const notices = open.filter((l) => l.finding.severity === 'notice');
    const out = [headerSentence(run.header)];
    for (const l of [...errors.slice(0, ANNOTATION_CAP), ...warnings.slice(0, ANNOTATION_CAP)]) out.push(annotation(l));
    const moreErrors = Math.max(0, errors.length - ANNOTATION_CAP);
    const moreWarnings = Math.max(0, warnings.length - ANNOTATION_CAP);
    if (moreErrors + moreWarnings + notices.length + waived.length > 0) {
      const parts = [
        ...(moreErrors + moreWarnings > 0 ? [`${plural(moreErrors, 'more error')} and ${plural(moreWarnings, 'more warning')} (GitHub annotates ${ANNOTATION_CAP} of each a step)`] : []),
        ...(notices.length > 0 ? [plural(notices.length, 'notice')] : []),
        ...(waived.length > 0 ? [`${waived.length} waived`] : []),
      ];
      out.push(`::notice title=${escapeProperty('permit: more findings')}::${escapeData(`${parts.join(', ')}: see the job summary, and "All findings" in this log.`)}`);
    }
    const all = [...open, ...waived];
    if (all.length > 0) {
      out.push(`::group::All findings (${all.length})`);
      for (const l of all) out.push(logLine(l));
      out.push('::endgroup::');
    }
    const t = run.totals;
    out.push(`${t.errors > 0 ? '✖' : t.warnings > 0 ? '!' : '✓'} ${totalsSentence(t)}`);
    return `${out.join('\n')}\n`;
  },
  summary: (run) => summaryMarkdown(run),
};

/** Text for a Markdown table cell: no HTML, no table breaks, no accidental emphasis or links. */
export function cell(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#!])/g, '\\$1');
}

const ICON = { error: '✖ error', warning: '⚠ warning', notice: 'ℹ notice' } as const;

function findingRow(l: Located): string {
  const f: Finding = l.finding;
  const en = oneLine(render(f.message, 'en'));
  const zh = oneLine(render(f.message, 'zh'));
  const action = actionEn(f);
  const message = [cell(en), ...(zh && zh !== en ? [cell(zh)] : []), ...(action ? [`→ ${cell(action)}`] : [])].join('<br>');
  return `| ${ICON[f.severity]} | ${cell(l.file)} | ${f.line ?? 1}:${f.column ?? 1} | ${cell(f.ruleId)} | ${message} | ${cell(dueEn(f) ?? '')} |`;
}

function waivedRow(l: Located): string {
  const f = l.finding;
  const w = f.waived as NonNullable<Finding['waived']>;
  return `| ${cell(l.file)} | ${f.line ?? 1}:${f.column ?? 1} | ${cell(f.ruleId)} | ${cell(render(f.message, 'en'))} | ${w.expires} | ${cell(w.approvedBy)} | ${cell(w.reason)} |`;
}

/**
 * The job summary: totals, the run header, every open finding most urgent first (both
 * languages), then the waived ones with their waiver. Rows stop before `limit` bytes, and a last
 * line says how many were left out.
 */
export function summaryMarkdown(run: ValidateRun, limit = SUMMARY_LIMIT_BYTES): string {
  const t = run.totals;
  const open = openFindings(run);
  const waived = waivedFindings(run);
  const status = t.errors > 0 ? '✖' : t.warnings > 0 ? '⚠' : '✓';
  const head = [
    `## ${status} permit validate: ${cell(totalsSentence(t))}`,
    '',
    cell(headerSentence(run.header)),
    '',
  ];
  const parts: string[] = [...head];
  // Room kept for the truncation line and the closing newline.
  let size = Buffer.byteLength(head.join('\n')) + 512;
  let left = open.length + waived.length;
  let truncated = false;
  const add = (line: string): boolean => {
    const bytes = Buffer.byteLength(line) + 1;
    if (size + bytes > limit) {
      truncated = true;
      return false;
    }
    parts.push(line);
    size += bytes;
    return true;
  };
  const section = (title: string, header: string[], rows: string[]) => {
    if (truncated || rows.length === 0) return;
    if (!add(title) || !add('') || !header.every(add)) return;
    for (const row of rows) {
      if (!add(row)) return;
      left--;
    }
    add('');
  };
  if (open.length === 0 && waived.length === 0) parts.push(t.files === 0 ? 'No case file was checked.' : 'No findings.');
  section(`### Findings (${open.length})`, ['| | File | Line | Finding | Message | Due |', '|---|---|---|---|---|---|'], open.map(findingRow));
  section(
    `### Waived (${waived.length})`,
    ['| File | Line | Finding | Message | Waived until | Approved by | Reason |', '|---|---|---|---|---|---|---|'],
    waived.map(waivedRow),
  );
  if (truncated)
    parts.push(
      '',
      `**… and ${plural(left, 'more finding')} not shown:** a job summary is limited to 1 MiB. Every finding is in the log ("All findings") and in \`--format json\`.`,
    );
  return `${parts.join('\n')}\n`;
}
