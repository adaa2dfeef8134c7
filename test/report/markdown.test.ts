/**
 * `check --format markdown` and `validate --format markdown`: parsed by a Markdown parser
 * (marked, GFM like GitHub and GitLab): a `- [ ]` checklist, the deadline table, sources as links,
 * and text from rule or case files never turned into markup.
 */
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { mdText } from '../../src/report/agenda/markdownText.js';
import type { PlanFormatOptions, PlanReport } from '../../src/report/plan/formats.js';
import { planToMarkdown } from '../../src/report/plan/markdown.js';
import { markdownFormat } from '../../src/report/validate/markdown.js';
import { evaluate } from '../../src/rules/evaluate.js';
import type { Plan } from '../../src/rules/plan.js';
import { shippedCalendar } from '../helpers/calendar.js';
import { exampleRun } from '../fixtures/validate/exampleRun.js';
import { shippedRules } from '../helpers/rules.js';

const cancelPlan = (facts: Record<string, string>, asOf = '2026-12-01'): Plan =>
  evaluate({ rules: shippedRules('cancel'), facts, asOf: asOf as IsoDate, calendar: shippedCalendar } as Parameters<typeof evaluate>[0]);

const opts = (o: Partial<PlanFormatOptions> = {}): PlanFormatOptions => ({ lang: 'en', color: false, width: 80, brief: false, explain: false, remind: [10, 5, 1], ...o });
const report = (plan: Plan, extra: Partial<PlanReport> = {}): PlanReport => ({
  plan,
  context: { version: '0.1.0', calendar: { files: ['data/calendar/cn.yaml'], publishedThrough: 2026, replaced: [] } },
  ...extra,
});

const all = (md: string): Token[] => {
  const out: Token[] = [];
  marked.walkTokens(marked.lexer(md), (t) => {
    out.push(t);
  });
  return out;
};
const headings = (md: string) => all(md).filter((t): t is Tokens.Heading => t.type === 'heading').map((h) => `${h.depth} ${h.text}`);
const tables = (md: string) => all(md).filter((t): t is Tokens.Table => t.type === 'table');
const tasks = (md: string) => all(md).filter((t): t is Tokens.ListItem => t.type === 'list_item' && t.task);
const links = (md: string) => all(md).filter((t): t is Tokens.Link => t.type === 'link').map((l) => l.href);
const html = (md: string) => marked.parse(md, { async: false, gfm: true });

describe('check --format markdown', () => {
  const plan = cancelPlan({ reason: 'resignation', 'event-date': '2026-11-24' });
  const md = planToMarkdown(report(plan), opts());

  it('opens with the title and the next action, then the sections as headings', () => {
    expect(md.startsWith('# Cancel a work permit\n\n**Next: Employee applies to change or cancel the work-type residence permit by 2026-12-04 (Fri)')).toBe(true);
    expect(headings(md)).toEqual([
      '1 Cancel a work permit',
      '2 Deadlines',
      '2 Documents to prepare',
      '2 Steps',
      '2 Details: how each date was counted, other readings, sources',
      '2 For information',
    ]);
  });

  it('has the deadline table: one row per deadline, most urgent first, with date, status, what and source', () => {
    const [table] = tables(md);
    expect(table?.header.map((c) => c.text)).toEqual(['When', 'Status', 'What', 'Source']);
    expect(table?.rows.length).toBe(plan.deadlines.length);
    expect(table?.rows.map((r) => r[0]?.text)).toEqual(['2026-12-04 Fri', '2026-12-08 Tue']);
    expect(table?.rows[1]?.[1]?.text).toBe('due soon, 5 working days left');
    expect(table?.rows[1]?.[2]?.text).toBe('Apply to cancel the work permit `cancel-application`');
  });

  it('lists every document and step as an unchecked task item', () => {
    const items = tasks(md);
    expect(items.length).toBe(plan.documents.length + plan.steps.length);
    expect(items.every((i) => i.checked === false)).toBe(true);
    expect(items[0]?.text).toMatch(/^Cancellation Application Form of the Foreigner's Work Permit `cancellation-form`/);
    // A step tied to a deadline says by when.
    expect(items.some((i) => i.text.startsWith('Fill in the cancellation application') && i.text.includes('**by 2026-12-08 (Tue)**'))).toBe(true);
  });

  it('links each source whose address is known, and every link goes to a source address', () => {
    const urls = new Set([...plan.deadlines, ...plan.documents, ...plan.steps].map((x) => x.source.url).filter((u) => u !== undefined));
    const hrefs = links(md);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const u of urls) expect(hrefs).toContain(u);
    const known = new Set([...urls, ...plan.deadlines.flatMap((d) => [...(d.seeAlso ?? []), ...d.alternatives.map((a) => a.source)]).map((s) => s.url), ...plan.warnings.map((w) => w.source?.url)]);
    for (const h of hrefs) expect(known.has(h), h).toBe(true);
  });

  it('renders as HTML with no raw HTML of its own', () => {
    expect(all(md).filter((t) => t.type === 'html')).toEqual([]);
    const page = html(md);
    expect(page).toContain('<table>');
    expect(page).toContain('<input disabled="" type="checkbox">');
  });

  it('keeps to the summary, the problems and the table with --brief', () => {
    const brief = planToMarkdown(report(plan), opts({ brief: true }));
    expect(headings(brief)).toEqual(['1 Cancel a work permit', '2 Deadlines']);
    expect(tasks(brief)).toEqual([]);
  });

  it('writes Chinese with --lang zh and both with --lang both', () => {
    const zh = planToMarkdown(report(plan), opts({ lang: 'zh' }));
    expect(headings(zh).slice(0, 3)).toEqual(['1 外国人来华工作许可注销', '2 期限', '2 应备材料']);
    expect(tables(zh)[0]?.rows[1]?.[1]?.text).toBe('即将到期，剩余5个工作日');
    expect(zh).toContain('计算：');
    const both = planToMarkdown(report(plan), opts({ lang: 'both' }));
    expect(headings(both)[1]).toBe('2 Deadlines · 期限');
    expect(tables(both)[0]?.rows[1]?.[2]?.text).toBe('Apply to cancel the work permit · 申请注销工作许可 `cancel-application`');
  });

  it('ticks the documents a case has ready (no document-missing finding) and lists its problems', () => {
    const missing = { ruleId: 'document-missing', severity: 'error' as const, message: { en: 'Proof missing', zh: '缺少证明' }, target: 'termination-proof' };
    const md2 = planToMarkdown(report(plan, { caseId: 'li-wei', findings: [missing] }), opts());
    const ids = new Set(plan.documents.map((d) => d.id));
    const docs = tasks(md2).filter((i) => ids.has(i.text.match(/`([a-z-]+)`$/m)?.[1] ?? ''));
    expect(docs.map((d) => [d.text.match(/`([a-z-]+)`$/m)?.[1], d.checked])).toEqual(
      plan.documents.map((d) => [d.id, d.id !== 'termination-proof']),
    );
    expect(headings(md2)).toContain('2 Errors and warnings');
  });

  it('shows an overdue deadline in bold in the table and the problems as a checklist', () => {
    const late = cancelPlan({ reason: 'resignation', 'event-date': '2026-10-26' });
    const md3 = planToMarkdown(report(late), opts());
    expect(md3).toContain('| 2026-11-09 Mon | **overdue, 16 working days ago** | Apply to cancel the work permit `cancel-application` |');
    expect(tasks(md3)[0]?.text).toMatch(/^\*\*✖ error\*\* /);
  });
});

describe('Markdown escaping', () => {
  it('never turns text from a rule or case file into emphasis, HTML, links or table cells', () => {
    const hostile = 'Form *A* | <script>alert(1)</script> [click](https://evil.example) `code | pipe` _x_ ~~y~~ &amp;';
    const cell = `| ${mdText(hostile)} | b |`;
    const md = `| a | b |\n| --- | --- |\n${cell}\n`;
    const [table] = tables(md);
    expect(table?.rows[0]?.length).toBe(2);
    const page = html(md);
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<em>');
    expect(page).not.toContain('<del>');
    // A bare address may be autolinked (GFM), showing itself; never a link text that hides it.
    expect(page).not.toMatch(/<a href="https:\/\/evil\.example">click<\/a>/);
    expect(page).toContain('[click](');
    expect(page).toContain('&lt;script&gt;');
    expect(page).toContain('Form *A* | ');
    expect(page).toContain('&amp;amp;');
  });

  it('keeps a code span the rule text writes, and does not let a text start a list', () => {
    expect(mdText('see `permit offices`')).toBe('see `permit offices`');
    expect(html(`- ${mdText('1. Passport')}`)).not.toContain('<ol>');
    expect(html(`- ${mdText('# heading')}`)).not.toContain('<h1>');
    expect(mdText('-1')).toBe('-1');
  });
});


describe('validate --format markdown', () => {
  it('needs the plans (it shows each case’s deadlines)', () => {
    expect(markdownFormat.needsPlans).toBe(true);
  });

  it('gives the totals, a table of the cases, then a section per case with findings as a checklist and its deadlines', async () => {
    const run = await exampleRun();
    const md = markdownFormat.tail(run, { lang: 'en', color: false, width: 100 });
    const h = headings(md);
    expect(h[0]).toMatch(/^1 ✖ permit validate · \d+ errors, \d+ warnings, \d+ notices?, \d+ waived · 7 files checked \(7 cases\)$/);
    expect(h[1]).toBe('2 Cases');
    expect(h.filter((x) => x.startsWith('2 ') && x !== '2 Cases').length).toBe(7);
    const [cases] = tables(md);
    expect(cases?.header.map((c) => c.text)).toEqual(['Case', 'File', 'Errors', 'Warnings', 'Next due']);
    expect(cases?.rows.length).toBe(7);
    // Most urgent first: maria-garcia has the overdue deadline.
    expect(cases?.rows[0]?.[0]?.text).toBe('`maria-garcia`');
    const items = tasks(md);
    expect(items.length).toBeGreaterThan(0);
    // sophie-martin's visa-document-form is waived: a ticked item that says until when and why.
    const waived = items.filter((i) => i.checked);
    expect(waived.length).toBe(1);
    expect(waived[0]?.text).toContain('waived until 2026-12-20 by HR compliance lead');
    expect(items.some((i) => i.text.includes('`deadline-overdue` `examples/cases/maria-garcia.yaml:12:5`'))).toBe(true);
    // Every case with deadlines has its table; kenji-tanaka's are the watched extensions.
    expect(tables(md).length).toBeGreaterThan(5);
    expect(md).toContain('Apply online to extend the work permit `extension-application` \\[extend, not started\\]');
    expect(all(md).filter((t) => t.type === 'html')).toEqual([]);
    expect(html(md)).toContain('<table>');
  });

  it('writes the headings in Chinese with --lang zh', async () => {
    const md = markdownFormat.tail(await exampleRun(), { lang: 'zh', color: false, width: 100 });
    expect(headings(md)[1]).toBe('2 案卷');
    expect(tables(md)[0]?.header.map((c) => c.text)).toEqual(['案卷', '文件', '错误', '警告', '最近期限']);
  });
});
