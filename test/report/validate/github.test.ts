/** The github format: workflow-command escaping, the annotation cap, and the job summary's 1 MiB limit. */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/calendar/isoDate.js';
import type { Finding } from '../../../src/core/finding.js';
import { annotation, cell, escapeData, escapeProperty, githubFormat, summaryMarkdown } from '../../../src/report/validate/github.js';
import { fileOf, finding, runOf } from '../../fixtures/validate/runs.js';

const OPTS = { lang: 'both', color: false, width: 100 } as const;

describe('workflow command escaping', () => {
  it('escapes %, CR and LF in a message, and also : and , in a property', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b');
  });

  it('writes an annotation whose file, title and message cannot break out of the command', () => {
    const f = finding('cases/a, b: c%.yaml', { ruleId: 'case-parse', severity: 'error', line: 7, column: 2, message: { en: '50% of it\n::error::forged', zh: 'z' } });
    expect(annotation({ file: 'cases/a, b: c%.yaml', finding: f })).toBe(
      '::error file=cases/a%2C b%3A c%25.yaml,line=7,col=2,title=permit case-parse::cases/a, b: c%25.yaml:7:2 50%25 of it ::error::forged',
    );
  });

  it('escapes Markdown table cells: no HTML, no column break, no emphasis', () => {
    expect(cell('a | b <script>&_x_* [l](u)\nnext')).toBe('a \\| b &lt;script&gt;&amp;\\_x\\_\\* \\[l\\](u) next');
  });
});

function many(n: number, severity: Finding['severity']): Finding[] {
  return Array.from({ length: n }, (_, i) => finding('cases/many.yaml', { ruleId: `proc/${severity}-${i}`, severity, line: i + 1 }));
}

describe('githubFormat', () => {
  const waived = finding('cases/many.yaml', { ruleId: 'document-missing', severity: 'warning', waived: { reason: 'why', approvedBy: 'lead', expires: '2026-12-31' as IsoDate } });
  const run = runOf([fileOf('cases/many.yaml', [...many(15, 'error'), ...many(12, 'warning'), ...many(3, 'notice'), waived])]);
  const lines = githubFormat.tail(run, OPTS).trimEnd().split('\n');

  it('annotates at most 10 errors and 10 warnings, then one notice with the counts left out', () => {
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::notice '))).toEqual([
      '::notice title=permit%3A more findings::5 more errors and 2 more warnings (GitHub annotates 10 of each a step), 3 notices, 1 waived: see the job summary, and "All findings" in this log.',
    ]);
    expect(lines.filter((l) => l.startsWith('::error ')).map((l) => /title=permit ([^:]+)::/.exec(l)?.[1])).toEqual(Array.from({ length: 10 }, (_, i) => `proc/error-${i}`));
  });

  it('lists all 31 findings in the log group and ends with the totals', () => {
    expect(lines).toContain('::group::All findings (31)');
    expect(lines.at(-1)).toBe('✖ 15 errors, 12 warnings, 3 notices, 1 waived · 1 file checked (1 case)');
  });

  it('adds no notice when everything fits and nothing is waived', () => {
    const small = githubFormat.tail(runOf([fileOf('a.yaml', many(2, 'error'))]), OPTS);
    expect(small).not.toMatch(/^::notice/m);
  });
});

describe('the job summary', () => {
  it('lists every open finding and every waived one with its waiver', () => {
    const waived = finding('a.yaml', { ruleId: 'document-missing', severity: 'warning', waived: { reason: 'consulate | delay', approvedBy: 'HR lead', expires: '2026-12-31' as IsoDate } });
    const md = summaryMarkdown(runOf([fileOf('a.yaml', [...many(2, 'error'), waived])]));
    expect(md).toMatch(/^## ✖ permit validate: 2 errors, 0 warnings, 0 notices, 1 waived · 1 file checked \(1 case\)\n\npermit 1\.2\.3 · as of 2026-12-01 \(--as-of\)/);
    expect(md).toContain('### Findings (2)');
    expect(md).toContain('| ✖ error | cases/many.yaml | 1:5 | proc/error-0 | proc/error-0 in cases/many.yaml<br>proc/error-0（cases/many.yaml） |  |');
    expect(md).toContain('| a.yaml | 3:5 | document-missing | document-missing in a.yaml | 2026-12-31 | HR lead | consulate \\| delay |');
  });

  it('says so when there is nothing to report', () => {
    expect(summaryMarkdown(runOf([fileOf('a.yaml', [])]))).toMatch(/No findings\.\n$/);
    expect(summaryMarkdown(runOf([]))).toMatch(/No case file was checked\.\n$/);
  });

  it('stays under 1 MiB for 20,000 findings, and says how many it left out', () => {
    const long = 'A long message about a document that is missing, repeated to make the row big. '.repeat(3);
    const files = Array.from({ length: 2000 }, (_, i) =>
      fileOf(`cases/employee-${i}.yaml`, Array.from({ length: 10 }, (_, j) => finding(`cases/employee-${i}.yaml`, { ruleId: 'document-missing', severity: 'warning', line: j + 1, message: { en: long, zh: '缺少材料。'.repeat(20) } }))),
    );
    const md = summaryMarkdown(runOf(files));
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    const rows = md.split('\n').filter((l) => l.startsWith('| ⚠ warning |')).length;
    expect(rows).toBeGreaterThan(100);
    expect(md).toContain(`**… and ${20000 - rows} more findings not shown:** a job summary is limited to 1 MiB.`);
  });

  it('cuts at the limit it is given, keeping the header', () => {
    const md = summaryMarkdown(runOf([fileOf('a.yaml', many(50, 'error'))]), 3000);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(3000);
    expect(md).toMatch(/^## ✖ permit validate/);
    expect(md).toMatch(/\*\*… and \d+ more findings not shown:\*\*/);
  });
});
