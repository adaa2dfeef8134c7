/**
 * `permit validate --format junit`: one JUnit XML document with one test suite and one test case
 * per case file, as GitLab, Jenkins and the GitHub test reporters read it (notes §4.3).
 *
 * A case file with an open error finding fails: one `<failure>` (an `<error>` when the file
 * could not be read as a case) whose message is its most urgent error and whose body lists every
 * error, in English with the Chinese below. One element, not one per finding: Jenkins shows only
 * a test case's first `<failure>`, and GitLab reads the element as one value. Warnings, notices
 * and waived findings (with reason, approver and expiry) go to the one `<system-out>`; GitLab
 * fails to read a test case with two. The run header is in the suite's `<properties>`. A run
 * with no file still has one (passing) test case, because Jenkins rejects a report of zero tests.
 */
import { create } from 'xmlbuilder2';
import type { Finding } from '../../core/finding.js';
import { render } from '../../core/render.js';
import type { FileResult, ValidateRun } from '../../validate/run.js';
import { actionEn, byUrgencyThenPlace, dueEn, headerFacts, NOT_EVALUATED, oneLine, sourceEn, totalsSentence } from './ciCommon.js';
import type { ValidateFormatter } from './formatter.js';

const LABEL = { error: 'error  ', warning: 'warning', notice: 'notice ' } as const;

/** A finding as lines of a failure body or of system-out. */
function findingLines(file: string, f: Finding): string[] {
  const mark = f.waived ? 'waived ' : LABEL[f.severity];
  const pos = `${oneLine(f.file ?? file)}:${f.line ?? 1}:${f.column ?? 1}`;
  const lines = [`${mark} ${pos}  ${f.ruleId}  ${oneLine(render(f.message, 'en'))}`];
  const zh = oneLine(render(f.message, 'zh'));
  if (zh && zh !== oneLine(render(f.message, 'en'))) lines.push(`        ${zh}`);
  const action = actionEn(f);
  if (action) lines.push(`        → ${action}`);
  const due = dueEn(f);
  if (due) lines.push(`        ${due}`);
  if (f.waived)
    lines.push(`        waived until ${f.waived.expires} (inclusive, Asia/Shanghai), approved by ${oneLine(f.waived.approvedBy)}: ${oneLine(f.waived.reason)}`);
  const source = sourceEn(f);
  if (source) lines.push(`        source: ${source}`);
  return lines;
}

/** The JUnit class of a case file: its folder, as a dotted name (Jenkins groups by the dots). */
function className(file: string): string {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const dotted = dir.replace(/^\/+/, '').replace(/\./g, '_').replace(/\/+/g, '.');
  return dotted ? `permit.${oneLine(dotted)}` : 'permit';
}

interface CaseOutcome {
  result: FileResult;
  kind: 'error' | 'failure' | 'pass';
  errors: Finding[];
  rest: Finding[];
}

function outcome(result: FileResult): CaseOutcome {
  const sorted = result.findings.map((finding) => ({ file: result.file, finding })).sort(byUrgencyThenPlace).map((l) => l.finding);
  const errors = sorted.filter((f) => !f.waived && f.severity === 'error');
  const rest = sorted.filter((f) => f.waived || f.severity !== 'error');
  const kind = errors.some((f) => NOT_EVALUATED.has(f.ruleId)) ? 'error' : errors.length > 0 ? 'failure' : 'pass';
  return { result, kind, errors, rest };
}

export const junitFormat: ValidateFormatter = {
  tail(run: ValidateRun) {
    const cases = run.files.map(outcome);
    const tests = Math.max(1, cases.length);
    const failures = cases.filter((c) => c.kind === 'failure').length;
    const errors = cases.filter((c) => c.kind === 'error').length;
    const counts = { tests: String(tests), failures: String(failures), errors: String(errors), skipped: '0', time: '0' };

    // XML 1.0 cannot hold most control characters or a lone surrogate: replaced, never fatal.
    const doc = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '\uFFFD' });
    const suite = doc.ele('testsuites', { name: 'permit validate', ...counts }).ele('testsuite', { name: 'permit validate', ...counts });
    const props = suite.ele('properties');
    for (const [name, value] of [...headerFacts(run.header), ['totals', totalsSentence(run.totals)] as [string, string]])
      props.ele('property', { name, value: oneLine(value) });

    if (cases.length === 0) {
      suite
        .ele('testcase', { classname: 'permit', name: 'no case files', time: '0' })
        .ele('system-out')
        .txt('No case file was checked (--allow-empty). Without that flag permit exits 2 when nothing matches.');
    }
    for (const c of cases) {
      const file = oneLine(c.result.file);
      const tc = suite.ele('testcase', { classname: className(c.result.file), name: file, file, time: '0' });
      const first = c.errors[0];
      if (first) {
        const more = c.errors.length > 1 ? ` (and ${c.errors.length - 1} more error${c.errors.length > 2 ? 's' : ''})` : '';
        const message =
          c.kind === 'error'
            ? `${file}:${first.line ?? 1}:${first.column ?? 1} cannot be checked as a case: ${oneLine(render(first.message, 'en'))}${more}`
            : `${file}:${first.line ?? 1}:${first.column ?? 1} ${oneLine(render(first.message, 'en'))}${more}`;
        tc.ele(c.kind, { type: first.ruleId, message }).txt(`${c.errors.flatMap((f) => findingLines(c.result.file, f)).join('\n')}\n`);
      }
      if (c.rest.length > 0) tc.ele('system-out').txt(`${c.rest.flatMap((f) => findingLines(c.result.file, f)).join('\n')}\n`);
    }
    return `${doc.end({ prettyPrint: true })}\n`;
  },
};
