/**
 * `permit check --format markdown`: the plan as a ticket or wiki page on GitHub or GitLab. The
 * summary and the next action first, then errors and warnings, the deadline table by urgency,
 * the documents and steps as a `- [ ]` checklist, and (unless --brief) how each date was
 * counted. Every source is a link where its address is known.
 */
import { day, message, type Text } from '../../core/message.js';
import { render } from '../../core/render.js';
import type { Finding } from '../../core/finding.js';
import type { Lang, LangChoice } from '../../core/vocabulary.js';
import type { Plan, PlanDeadline } from '../../rules/plan.js';
import { citationMd, mdCode, mdTable, mdText } from '../agenda/markdownText.js';
import { dateWithWeekday, fullStop, isOpenDue, labelled, leftText, statusText } from '../calendar/words.js';
import { langs, titleIn } from '../layout.js';
import { byUrgency, summaryTexts } from '../planSummary.js';
import type { PlanFormatter } from './formats.js';

/** `source: ` before a citation, with the colon of the language. */
export const srcLabel = (l: Lang, id = 'label.source'): string => mdText(labelled(id, '', l));

/** Text in the chosen languages, escaped, joined by ` · ` (headings, cells). */
export function mdJoined(t: Text, choice: LangChoice): string {
  return langs(choice)
    .map((l) => mdText(render(t, l)))
    .join(' · ');
}

/** A severity as a bold word, in the chosen languages. */
export function severityMd(f: Pick<Finding, 'severity'>, choice: LangChoice): string {
  const id = f.severity === 'error' ? 'level.error' : f.severity === 'warning' ? 'level.warning' : 'level.notice';
  const mark = f.severity === 'error' ? '✖' : f.severity === 'warning' ? '!' : 'i';
  return `**${mark} ${mdJoined(message(id), choice)}**`;
}

/** The summary lines of a plan: the next action, then the counts (as the text checklist has them). */
function summaryLines(plan: Plan, lang: Lang): string[] {
  const { next, counts } = summaryTexts(plan);
  return [`**${mdText(render(next, lang))}**`, mdText(render(counts, lang))];
}

/** The deadline table of some deadlines, most urgent first. */
export function deadlineTable(deadlines: readonly PlanDeadline[], asOf: PlanDeadline['date'], choice: LangChoice, extra?: (d: PlanDeadline) => string): string[] {
  const L = langs(choice);
  const first = L[0] as Lang;
  const header = [
    mdJoined(message('column.when'), choice),
    mdJoined(message('column.status'), choice),
    mdJoined(message('column.what'), choice),
    mdJoined(message('column.source'), choice),
  ];
  const rows = [...deadlines].sort(byUrgency).map((d) => {
    const status = L.map((l) => `${render(statusText(d, asOf), l)}${isOpenDue(d) ? `${l === 'zh' ? '，' : ', '}${render(leftText(d), l)}` : ''}`).join(' · ');
    const pressing = d.kind === 'due' && (d.status === 'overdue' || d.status === 'past-plan-date' || d.status === 'due-today');
    const provisional = d.provisionalYears.length > 0 ? ` ${mdText(L.map((l) => (l === 'zh' ? '（临时）' : '(provisional)')).join(' '))}` : '';
    return [
      `${mdText(dateWithWeekday(d.date, first))}${provisional}`,
      pressing ? `**${mdText(status)}**` : mdText(status),
      `${mdText(titleIn(d.title, choice))} ${mdCode(d.id)}${extra ? extra(d) : ''}`,
      citationMd(d.source, first),
    ];
  });
  return mdTable(header, rows);
}

/** A finding as a checklist item: what is wrong, its id, what to do and where it is cited. */
export function findingItem(f: Finding, choice: LangChoice, opts: { where?: string; checked?: boolean } = {}): string[] {
  const L = langs(choice);
  const first = L[0] as Lang;
  const box = opts.checked ? '- [x]' : '- [ ]';
  const text = L.map((l) => mdText(render(f.message, l))).join(' · ');
  const lines = [`${box} ${severityMd(f, choice)} ${text} ${mdCode(f.ruleId)}${opts.where ? ` ${opts.where}` : ''}`];
  if (f.due) {
    const due = f.due;
    lines.push(`  - ${L.map((l) => mdText(render(message('markdown.due', { date: day(due.date), left: leftText(due) }), l))).join(' · ')}`);
    if (due.legalEnd !== due.date) lines.push(`  - ${mdJoined(message('count.legal-end', { date: day(due.legalEnd) }), choice)}`);
  }
  if (f.action) lines.push(`  - → ${mdJoined(f.action, choice)}`);
  if (f.waived) {
    const w = f.waived;
    lines.push(`  - ${mdJoined(message('markdown.waived', { expires: w.expires, by: w.approvedBy, reason: w.reason }), choice)}`);
  }
  if (f.source) lines.push(`  - ${srcLabel(first)}${citationMd(f.source, first)}`);
  return lines;
}

export const planToMarkdown: PlanFormatter = (report, opts) => {
  const { plan } = report;
  const choice = opts.lang;
  const L = langs(choice);
  const first = L[0] as Lang;
  const out: string[] = [];
  const heading = (level: number, id: string) => {
    if (out.at(-1) !== '') out.push('');
    out.push(`${'#'.repeat(level)} ${mdJoined(message(id), choice)}`, '');
  };

  out.push(`# ${mdText(titleIn(plan.title, choice))}`, '');
  for (const l of L) out.push(...summaryLines(plan, l).map((s, i, all) => (i < all.length - 1 ? `${s}  ` : s)), '');

  const problems = [...plan.warnings.filter((w) => w.severity !== 'notice'), ...(report.findings ?? []).filter((f) => f.severity !== 'notice' && !f.waived)];
  if (problems.length > 0) {
    heading(2, 'heading.problems');
    for (const f of [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)))
      out.push(...findingItem(opts.brief ? { ...f, source: undefined } : f, choice));
  }

  if (plan.deadlines.length > 0) {
    heading(2, 'heading.deadlines');
    out.push(...deadlineTable(plan.deadlines, plan.asOf, choice));
  }
  if (opts.brief) return `${out.join('\n').replace(/^\n+/, '')}\n`;

  // With the case's findings, a document is ready when no document-missing finding names it;
  // from check --case, when the case file marks it ready.
  const missing = report.findings ? new Set(report.findings.filter((f) => f.ruleId === 'document-missing').map((f) => f.target)) : undefined;
  const notes = (list: readonly { text: { en: string; zh: string } }[]) => list.flatMap((n) => L.map((l) => `  - ${mdText(n.text[l])}`));
  if (plan.documents.length > 0) {
    heading(2, 'heading.documents');
    for (const d of plan.documents) {
      const ready = missing !== undefined ? !missing.has(d.id) : report.documentsReady?.has(d.id) === true;
      out.push(`${ready ? '- [x]' : '- [ ]'} ${mdText(titleIn(d.title, choice))} ${mdCode(d.id)}`);
      if (d.validity) {
        const v = d.validity;
        const t = v.stale ? message('label.stale', { date: v.testedOn }) : message('label.valid-until', { date: v.lastValidDay });
        out.push(`  - ${v.stale ? `**${mdJoined(t, choice)}**` : mdJoined(t, choice)}`);
      }
      out.push(...notes(d.notes));
      out.push(`  - ${srcLabel(first)}${citationMd(d.source, first)}`);
    }
  }

  if (plan.steps.length > 0) {
    heading(2, 'heading.steps');
    for (const s of plan.steps) {
      const tied = s.deadline ? plan.deadlines.find((d) => d.id === s.deadline) : undefined;
      const when = tied ? ` — **${mdJoined(message(tied.kind === 'earliest' ? 'label.from' : 'label.by', { date: day(tied.date) }), choice)}**` : '';
      out.push(`${tied?.status === 'met' ? '- [x]' : '- [ ]'} ${mdText(titleIn(s.title, choice))}${when} ${mdCode(s.id)}`);
      out.push(...notes(s.notes));
      out.push(`  - ${srcLabel(first)}${citationMd(s.source, first)}`);
    }
  }

  heading(2, 'heading.details');
  for (const d of [...plan.deadlines].sort(byUrgency)) {
    out.push(`- ${mdCode(d.id)} ${mdText(titleIn(d.title, choice))}`);
    for (const l of L) out.push(`  - ${mdText(`${labelled('label.basis', render(d.basis, l), l)}${fullStop(l)}`)}`);
    if (d.legalEnd !== d.date) out.push(`  - ${mdJoined(message('count.legal-end', { date: day(d.legalEnd) }), choice)}`);
    out.push(...notes(d.notes));
    for (const a of d.alternatives)
      for (const l of L) out.push(`  - ${mdText(`${render(message('label.alternative', { id: a.id, date: day(a.date) }), l)}${fullStop(l)}${l === 'zh' ? '' : ' '}${a.reading[l]}`)} (${citationMd(a.source, l)})`);
    if (d.provisionalYears.length > 0) out.push(`  - ${mdJoined(message('label.provisional', { years: d.provisionalYears.join(', ') }), choice)}`);
    for (const s of d.seeAlso ?? []) out.push(`  - ${srcLabel(first, 'label.see-also')}${citationMd(s, first)}`);
  }

  const notices = [...plan.warnings, ...(report.findings ?? [])].filter((f) => f.severity === 'notice');
  if (notices.length > 0) {
    heading(2, 'heading.notices');
    for (const f of notices) {
      out.push(`- ${severityMd(f, choice)} ${L.map((l) => mdText(render(f.message, l))).join(' · ')} ${mdCode(f.ruleId)}`);
      if (f.source) out.push(`  - ${srcLabel(first)}${citationMd(f.source, first)}`);
    }
  }

  const published = report.context.calendar.publishedThrough;
  out.push('', `_${mdJoined(message('markdown.generated', { version: report.context.version, asOf: plan.asOf, published }), choice)}_`);
  return `${out.join('\n').replace(/^\n+/, '')}\n`;
};
