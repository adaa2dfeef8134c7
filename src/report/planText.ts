/**
 * The checklist of one plan, for a terminal or a log: the summary and the next action first,
 * then errors and warnings, the deadlines by urgency, and (unless --brief) the documents, the
 * steps and the details: how each date was counted, the other readings, the sources.
 */
import { getBorderCharacters, table } from 'table';
import { dayOfWeek, weekdayName } from '../calendar/isoDate.js';
import type { Finding } from '../core/finding.js';
import { day, message, type Text } from '../core/message.js';
import { render } from '../core/render.js';
import type { Bilingual, Lang } from '../core/vocabulary.js';
import type { Plan, PlanDeadline } from '../rules/plan.js';
import { leftText, statusText } from './calendar/words.js';
import { citationText } from './citation.js';
import { byUrgency, summaryTexts } from './planSummary.js';
import { chalkFor, inLangs, type LayoutOptions, langs, titleIn, widthOf, wrap } from './layout.js';

export interface PlanTextOptions extends LayoutOptions {
  /** Only the summary, the errors and warnings, and the deadline table. */
  brief?: boolean;
  /** Why each item applies and the rule file line that defines it. */
  explain?: boolean;
}





function summary(plan: Plan, lang: Lang): string[] {
  const { next, counts } = summaryTexts(plan);
  return [render(next, lang), render(counts, lang)];
}

const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const dateCell = (d: PlanDeadline, lang: Lang) =>
  lang === 'zh' ? `${d.date} ${WEEKDAY_ZH[dayOfWeek(d.date)]}` : `${d.date} ${weekdayName(d.date)}`;

export function planToText(plan: Plan, opts: PlanTextOptions, extra: { where?: string; documentsReady?: ReadonlySet<string> } = {}): string {
  const c = chalkFor(opts.color);
  const L = langs(opts.lang);
  const out: string[] = [];
  const w = opts.width;
  const both = (t: Text | Bilingual, first = '', rest = first) => inLangs(t, opts.lang).map((s, i) => wrap(s, w, i === 0 ? first : rest, rest));
  const severityMark = (f: Finding) =>
    f.severity === 'error' ? c.red.bold(`✖ ${L.map((l) => render(message('level.error'), l)).join(' ')}`) : f.severity === 'warning' ? c.yellow.bold(`! ${L.map((l) => render(message('level.warning'), l)).join(' ')}`) : c.cyan(`i ${L.map((l) => render(message('level.notice'), l)).join(' ')}`);
  /** A section heading in the chosen languages, bold, wrapped to the width. */
  const heading = (id: Parameters<typeof message>[0]) => {
    const texts = L.map((l) => render(message(id), l));
    // One line when it fits; else one language a line, each wrapped.
    const joined = texts.join(' · ');
    const lines = widthOf(joined) <= w ? [joined] : texts.flatMap((t) => wrap(t, w, '', '  ').split('\n'));
    return lines.map((line) => c.bold(line));
  };
  const statusColor = (s: string) =>
    s === 'overdue' || s === 'due-today' || s === 'past-plan-date' ? c.red.bold : s === 'due-soon' ? c.yellow.bold : s === 'met' || s === 'passed' ? c.dim : c.green;

  out.push(...wrap(titleIn(plan.title, opts.lang), w, '', '  ').split('\n').map((line) => c.bold(line)));
  for (const l of L) for (const line of summary(plan, l)) out.push(wrap(line, w));

  const problems = plan.warnings.filter((f) => f.severity !== 'notice');
  if (problems.length > 0) {
    out.push('', ...heading('heading.problems'));
    for (const f of [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))) {
      const texts = inLangs(f.message, opts.lang);
      out.push(wrap(`${severityMark(f)} ${texts[0]} ${c.dim(`[${f.ruleId}]`)}`, w, '', '   '));
      for (const t of texts.slice(1)) out.push(wrap(t, w, '   '));
      if (f.source && !opts.brief) for (const l of L) out.push(c.dim(wrap(`${render(message('label.source'), l)}: ${citationText(f.source, l)}`, w, '   ', '     ')));
    }
  }

  if (plan.deadlines.length > 0) {
    out.push('', ...heading('heading.deadlines'));
    const sorted = [...plan.deadlines].sort(byUrgency);
    const dateW = 14;
    const statusW = opts.lang === 'zh' ? 16 : 20;
    const whatW = Math.max(16, w - dateW - statusW - 10);
    const rows = sorted.map((d) => [
      [dateCell(d, L[0] as Lang), ...(d.provisionalYears.length > 0 ? [L.map((l) => (l === 'zh' ? '（临时）' : '(provisional)')).join(' ')] : [])].join('\n'),
      statusColor(d.status)(L.map((l) => `${render(statusText(d, plan.asOf), l)}${d.kind === 'due' && d.status !== 'met' ? `\n${render(leftText(d), l)}` : ''}`).join('\n')),
      [...L.map((l) => d.title[l]), c.dim(`[${d.id}]`)].join('\n'),
    ]);
    out.push(
      table(rows, {
        border: getBorderCharacters('norc'),
        columns: { 0: { width: dateW }, 1: { width: statusW, wrapWord: true }, 2: { width: whatW, wrapWord: true } },
      }).trimEnd(),
    );
  }
  if (opts.brief) return `${out.join('\n')}\n`;

  const explain = (lines: string[], rule: string, why: readonly Text[]) => {
    if (!opts.explain) return;
    const reasons = why.length > 0 ? why.map((x) => render(x, L[0] as Lang)).join('; ') : render(message('why.always'), L[0] as Lang);
    lines.push(c.dim(wrap(`${render(message('label.why'), L[0] as Lang)}: ${reasons}`, w, '     ')));
    lines.push(c.dim(`     ${render(message('label.rule'), L[0] as Lang)}: ${rule}`));
  };
  const sourceLines = (src: Parameters<typeof citationText>[0], label = 'label.source', indent = '     ') =>
    L.map((l) => c.dim(wrap(`${render(message(label), l)}: ${citationText(src, l)}`, w, indent, `${indent}  `)));

  if (plan.documents.length > 0) {
    out.push('', ...heading('heading.documents'));
    plan.documents.forEach((d, i) => {
      const lines = [wrap(`${String(i + 1).padStart(2)}. ${titleIn(d.title, opts.lang)} ${c.dim(`[${d.id}]`)}`, w, '', '    ')];
      if (extra.documentsReady?.has(d.id)) lines.push(...both(message('label.in-hand'), '     ✔ ', '       ').map((x) => c.green(x)));
      if (d.validity) {
        const v = d.validity;
        const t = v.stale
          ? message('label.stale', { date: v.testedOn })
          : message('label.valid-until', { date: v.lastValidDay });
        lines.push(...both(t, '     ').map((x) => (v.stale ? c.red(x) : x)));
      }
      for (const n of d.notes) lines.push(...both(n.text, '     - ', '       '));
      lines.push(...sourceLines(d.source));
      explain(lines, d.rule, d.why);
      out.push(lines.join('\n'));
    });
  }

  if (plan.steps.length > 0) {
    out.push('', ...heading('heading.steps'));
    plan.steps.forEach((s, i) => {
      const tied = s.deadline ? plan.deadlines.find((d) => d.id === s.deadline) : undefined;
      const when = tied ? ` ${c.bold(`(${render(message(tied.kind === 'earliest' ? 'label.from' : 'label.by', { date: day(tied.date) }), L[0] as Lang)})`)}` : '';
      const lines = [wrap(`${String(i + 1).padStart(2)}. ${titleIn(s.title, opts.lang)}${when} ${c.dim(`[${s.id}]`)}`, w, '', '    ')];
      for (const n of s.notes) lines.push(...both(n.text, '     - ', '       '));
      lines.push(...sourceLines(s.source));
      explain(lines, s.rule, s.why);
      out.push(lines.join('\n'));
    });
  }

  out.push('', ...heading('heading.details'));
  const given = Object.entries(plan.facts)
    .filter(([k]) => !plan.assumptions.some((a) => a.fact === k))
    .map(([k, v]) => `${k}=${String(v)}`);
  out.push(wrap(`${L.map((l) => render(message('label.facts'), l)).join(' · ')}: ${given.join(', ') || '-'}`, w, '', '  '));
  for (const a of plan.assumptions) out.push(...both(a.text, `${c.dim(L.map((l) => render(message('label.assumed'), l)).join(' · '))}: `, '  ').map((x) => c.dim(x)));
  for (const d of [...plan.deadlines].sort(byUrgency)) {
    const lines = [c.bold(`  ${d.id}`)];
    for (const l of L) lines.push(wrap(`${render(message('label.basis'), l)}: ${render(d.basis, l)}.`, w, '     ', '       '));
    if (d.legalEnd !== d.date) lines.push(...both(message('count.legal-end', { date: day(d.legalEnd) }), '     '));
    for (const n of d.notes) lines.push(...both(n.text, '     - ', '       '));
    for (const a of d.alternatives) {
      for (const l of L) {
        lines.push(c.yellow(wrap(`${render(message('label.alternative', { id: a.id, date: day(a.date) }), l)}. ${a.reading[l]}`, w, '     ', '       ')));
      }
      lines.push(...sourceLines(a.source, 'label.source', '       '));
    }
    if (d.provisionalYears.length > 0)
      lines.push(...both(message('label.provisional', { years: d.provisionalYears.join(', ') }), '     ').map((x) => c.yellow(x)));
    lines.push(...sourceLines(d.source));
    for (const s of d.seeAlso ?? []) lines.push(...sourceLines(s, 'label.see-also'));
    explain(lines, d.rule, d.why);
    out.push(lines.join('\n'));
  }

  const notices = plan.warnings.filter((f) => f.severity === 'notice');
  if (notices.length > 0) {
    out.push('', ...heading('heading.notices'));
    for (const f of notices) {
      const texts = inLangs(f.message, opts.lang);
      out.push(wrap(`${severityMark(f)} ${texts[0]} ${c.dim(`[${f.ruleId}]`)}`, w, '', '   '));
      for (const t of texts.slice(1)) out.push(wrap(t, w, '   '));
      if (f.source) out.push(...sourceLines(f.source));
    }
  }
  if (extra.where) out.push('', extra.where.trimEnd());
  return `${out.map((l) => l.replace(/[ \t]+$/gm, '')).join('\n')}\n`;
}

