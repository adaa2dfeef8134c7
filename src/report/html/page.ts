/**
 * The compliance page: one self-contained HTML file for an HR manager (no scripts, no network):
 * the run header, the summary counts, what is overdue or due soon, a 90-day timeline by
 * employee, and every case in detail, each timeline item linking to its deadline's details.
 * Pure: a validate run (with plans) in, the page out; `validate` and `agenda` both write it.
 */
import { addDays, type IsoDate } from '../../calendar/isoDate.js';
import type { Finding } from '../../core/finding.js';
import { day, message, quantity, type Text } from '../../core/message.js';
import type { Bilingual } from '../../core/vocabulary.js';
import type { PlanDeadline } from '../../rules/plan.js';
import type { ResolvedCitation } from '../../sources/registry.js';
import { byUrgency as findingsByUrgency, type FileResult, filesByUrgency, type ValidateRun } from '../../validate/run.js';
import { byUrgency as deadlinesByUrgency } from '../planSummary.js';
import type { FormatOptions } from '../validate/formatter.js';
import { esc, safeHref } from './escape.js';
import { icon, type IconName, iconSprite } from './icons.js';
import { STYLES } from './styles.js';
import { columnOf, iconOf, PRESSING_STATUSES, TIMELINE_DAYS, type Tone, toneOf, type Week, weeksFrom } from './timeline.js';
import { PHRASES, weekday, type WordId, WORDS, type Writer, writer } from './words.js';

/** One deadline of a case, from a procedure's plan or implied by the case's expiry dates. */
interface Item {
  anchor: string;
  procedure: string;
  procedureTitle?: Bilingual;
  watched: boolean;
  d: PlanDeadline;
}

interface CaseFinding {
  f: Finding;
  anchor: string;
  /** The deadline it is about, when it is about one. */
  item?: Item;
}

interface CaseView {
  file: FileResult;
  anchor: string;
  items: Item[];
  findings: CaseFinding[];
}

/** The deadline a finding is about: its procedure's deadline by id, else one with its rule and date. */
function itemOf(f: Finding, items: readonly Item[]): Item | undefined {
  return (
    items.find((it) => !it.watched && f.procedure !== undefined && it.procedure === f.procedure && it.d.id === f.target) ??
    items.find((it) => f.due !== undefined && f.rule !== undefined && it.d.rule === f.rule && it.d.date === f.due.date)
  );
}

function caseViews(run: ValidateRun): CaseView[] {
  const views = run.files.map((file, index): CaseView => {
    const anchor = `c${index}`;
    const items: Item[] = [];
    (file.plans ?? []).forEach((cp, p) =>
      cp.plan.deadlines.forEach((d, j) =>
        items.push({ anchor: `${anchor}-p${p}-d${j}`, procedure: cp.procedure, procedureTitle: cp.plan.title, watched: false, d }),
      ),
    );
    (file.watched ?? []).forEach((w, k) => {
      const title = file.plans?.find((cp) => cp.procedure === w.procedure)?.plan.title;
      items.push({ anchor: `${anchor}-w${k}`, procedure: w.procedure, ...(title ? { procedureTitle: title } : {}), watched: true, d: w.deadline });
    });
    const findings = file.findings
      .map((f, k): CaseFinding => {
        const item = itemOf(f, items);
        return { f, anchor: `${anchor}-f${k}`, ...(item ? { item } : {}) };
      })
      .sort((a, b) => findingsByUrgency(a.f, b.f));
    return { file, anchor, items, findings };
  });
  const order = filesByUrgency(run.files);
  return views.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
}

/** Who a case is about: the employee's name, else the case id, else the file. */
const whoOf = (f: FileResult): string => f.name ?? f.caseId ?? f.file;

/** The status in words, as the checklist says it (met on, opens on, …). */
function statusText(d: PlanDeadline, asOf: IsoDate): Text {
  if (d.status === 'met' && d.met) return message(d.met.on > asOf ? 'status.planned-on' : 'status.met-on', { date: d.met.on });
  if (d.kind === 'earliest') return message(d.status === 'upcoming' ? 'status.opens-on' : 'status.open-since', { date: d.date });
  return message(`status.${d.status}`);
}

/** `3 working days left`, `1 working day ago`. */
function leftText(d: PlanDeadline): Text {
  const n = d.workingDaysLeft ?? d.daysLeft;
  const unit = d.workingDaysLeft !== undefined ? 'working-day' : 'day';
  return n >= 0 ? message('quantity.left', { n: quantity(n, unit) }) : message('quantity.ago', { n: quantity(-n, unit) });
}

const SEVERITY_ICON: Record<string, IconName> = { error: 'overdue', warning: 'soon', notice: 'notice' };

/** A date with its weekday: `2026-12-04 (Fri)`. */
function dateHtml(w: Writer, d: IsoDate): string {
  return `<time datetime="${esc(d)}">${esc(d)}</time> <span class="muted">(${w.t(weekday(d))})</span>`;
}

/** A citation as a reader looks it up; the title links to the source where its address is known. */
function citationHtml(w: Writer, c: ResolvedCitation): string {
  const href = safeHref(c.url);
  return w.each((l, first) => {
    const label = c.kind === 'secondary' ? `<span class="kind secondary">${esc(WORDS['source.secondary'][l])}</span>` : '';
    const title = href
      ? `<a${first ? ' class="ext"' : ''} href="${href}" rel="noopener noreferrer">${esc(c.title[l])}</a>`
      : esc(c.title[l]);
    const bare = !href && c.url ? ` ${esc(c.url)}` : '';
    return l === 'zh'
      ? `<span class="cite">${label}${esc(c.publisher.zh)}《${title}》，${esc(c.ref)}${bare}（核对于${esc(c.checked)}）</span>`
      : `<span class="cite">${label}${esc(c.publisher.en)}, ${title}, ${esc(c.ref)}${bare} (checked ${esc(c.checked)})</span>`;
    // One language stays inline after its label; two take a line each.
  }, w.langs.length > 1);
}

function provisionalMark(w: Writer, d: PlanDeadline): string {
  if (d.provisionalYears.length === 0) return '';
  return `<abbr class="prov" title="${w.attr(message('label.provisional', { years: d.provisionalYears.join(', ') }))}">*</abbr>`;
}

// ---- sections ----

function runHeader(w: Writer, run: ValidateRun): string {
  const h = run.header;
  const row = (label: string, value: string) => `<div><dt>${label}</dt><dd>${value}</dd></div>`;
  return `<dl class="run">${[
    row(w.t('run.as-of'), `${dateHtml(w, h.asOf)} · ${w.t(h.asOfFrom === '--as-of' ? 'run.as-of-flag' : 'run.as-of-today')}`),
    row(w.t('run.version'), `permit ${esc(h.version)}`),
    row(
      w.t('run.rules'),
      `<code>${esc(h.rules.folder)}</code> · ${w.t(PHRASES.procedures(h.rules.procedures.length))} · ${w.t('run.digest')} <code>${esc(h.rules.digest)}</code>`,
    ),
    row(
      w.t('run.calendar'),
      `${w.t(PHRASES.calendar(h.calendar.publishedThrough, h.calendar.statutoryThrough))} · ${h.calendar.files.map((f) => `<code>${esc(f)}</code>`).join(', ')}${h.calendar.replaced
        .map((r) => ` · <strong>${esc(r.file)} replaces ${esc(r.years.join(', '))}</strong>`)
        .join('')}`,
    ),
    row(w.t('run.settings'), `${w.t(PHRASES.dueSoonWithin(h.warnWithin))} · ${w.t(h.waivers ? 'run.waivers-on' : 'run.waivers-off')}`),
  ].join('')}</dl>`;
}

interface UrgentRow {
  tone: Tone;
  iconName: IconName;
  status: Text;
  view: CaseView;
  what: Text;
  href: string;
  item?: Item;
  date: string;
}

function urgentRows(views: readonly CaseView[]): UrgentRow[] {
  const rows: UrgentRow[] = [];
  for (const view of views) {
    for (const item of view.items) {
      if (item.d.kind !== 'due' || !PRESSING_STATUSES.has(item.d.status)) continue;
      rows.push({ tone: toneOf(item.d), iconName: iconOf(item.d), status: message(`status.${item.d.status}`), view, what: item.d.title, href: item.anchor, item, date: item.d.date });
    }
    // Errors that are late without a deadline of their own (an expired permit, say).
    for (const cf of view.findings) {
      const { f } = cf;
      if (cf.item || f.waived || f.severity !== 'error' || !(f.ruleId === 'permit-expired' || f.due)) continue;
      rows.push({ tone: 'overdue', iconName: 'overdue', status: message('status.overdue'), view, what: f.message, href: cf.anchor, date: f.due?.date ?? '0000-00-00' });
    }
  }
  const rank: Tone[] = ['overdue', 'urgent', 'soon'];
  return rows.sort(
    (a, b) =>
      rank.indexOf(a.tone) - rank.indexOf(b.tone) ||
      (a.item && b.item ? deadlinesByUrgency(a.item.d, b.item.d) : a.item ? 1 : b.item ? -1 : 0) ||
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
  );
}

function statusBadge(w: Writer, tone: Tone, iconName: IconName, text: Text): string {
  return `<span class="status t-${tone}">${icon(iconName)}${w.t(text)}</span>`;
}

function urgentSection(w: Writer, rows: readonly UrgentRow[]): string {
  const heading = `<h2 id="urgent-h">${w.t('urgent.heading')}</h2>`;
  if (rows.length === 0) return `<section id="urgent" aria-labelledby="urgent-h">${heading}<p>${w.t('urgent.none')}</p></section>`;
  const head = ['col.status', 'col.employee', 'col.what', 'col.plan-by', 'col.legal-end', 'col.left'] as const;
  const body = rows
    .map((r) => {
      const d = r.item?.d;
      const cells = [
        statusBadge(w, r.tone, r.iconName, r.status),
        `<a href="#${r.view.anchor}">${esc(whoOf(r.view.file))}</a>`,
        `<a href="#${r.href}">${w.b(r.what)}</a>`,
        d ? `${dateHtml(w, d.date)}${provisionalMark(w, d)}` : '–',
        d ? dateHtml(w, d.legalEnd) : '–',
        d ? w.t(leftText(d)) : '–',
      ];
      return `<tr class="u-${r.tone}">${cells.map((c, i) => `<td data-label="${w.attr(head[i] as (typeof head)[number])}">${c}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<section id="urgent" aria-labelledby="urgent-h">${heading}
<table class="urgent"><thead><tr>${head.map((k) => `<th scope="col">${w.t(k)}</th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody></table></section>`;
}

interface Entry {
  item: Item;
  on: IsoDate;
  /** The window of a due deadline opening, rather than the deadline itself. */
  opens: boolean;
}

/** What a case shows in the timeline: the column of each entry, and how many fall after it. */
function placeEntries(view: CaseView, weeks: readonly Week[], asOf: IsoDate) {
  const late: Entry[] = [];
  const cols: Entry[][] = weeks.map(() => []);
  let after = 0;
  for (const item of view.items) {
    const d = item.d;
    const done = d.status === 'met' || d.status === 'passed';
    const col = columnOf(d.date, weeks);
    if (col === 'late') {
      if (!done) late.push({ item, on: d.date, opens: false });
    } else if (col === 'after') {
      if (!done) after++;
    } else cols[col]?.push({ item, on: d.date, opens: false });
    if (d.kind === 'due' && d.status === 'not-yet-open' && d.opens !== undefined && d.opens >= asOf) {
      const oc = columnOf(d.opens, weeks);
      if (typeof oc === 'number') cols[oc]?.push({ item, on: d.opens, opens: true });
    }
  }
  const byDate = (a: Entry, b: Entry) => (a.on < b.on ? -1 : a.on > b.on ? 1 : deadlinesByUrgency(a.item.d, b.item.d));
  late.sort(byDate);
  for (const c of cols) c.sort(byDate);
  return { late, cols, after };
}

function chip(w: Writer, e: Entry, asOf: IsoDate): string {
  const d = e.item.d;
  const tone: Tone = e.opens ? 'later' : toneOf(d);
  const iconName: IconName = e.opens ? 'opens' : iconOf(d);
  const status: Text = e.opens ? message('status.opens-on', { date: e.on }) : statusText(d, asOf);
  const md = e.on.slice(5);
  const tip = `${w.attr(status)} — ${w.attr(d.title)} — ${esc(e.on)}`;
  return `<a class="chip t-${tone}" href="#${e.item.anchor}" title="${tip}">${icon(iconName)}<span><span class="when">${esc(md)} <span class="wd">${w.t(weekday(e.on))}</span></span>${provisionalMark(w, d)} <span class="sr">${w.t(status)}</span><span class="what">${e.opens ? `${w.t('timeline.opens')}: ` : ''}${w.b(d.title)}</span></span></a>`;
}

function weekLabel(wk: Week, i: number, weeks: readonly Week[]): string {
  const prev = weeks[i - 1];
  const showYear = i === 0 || (prev !== undefined && prev.start.slice(0, 4) !== wk.start.slice(0, 4));
  const from = showYear ? wk.start : wk.start.slice(5);
  return wk.end === wk.start ? esc(from) : `${esc(from)}<span class="to">–${esc(wk.end.slice(5))}</span>`;
}

function legend(w: Writer): string {
  const entries: [Tone, IconName, Text | WordId][] = [
    ['overdue', 'overdue', message('status.overdue')],
    ['urgent', 'urgent', 'legend.urgent'],
    ['soon', 'soon', message('status.due-soon')],
    ['upcoming', 'upcoming', message('status.upcoming')],
    ['later', 'later', message('status.not-yet-open')],
    ['later', 'opens', 'legend.opens'],
    ['other', 'ends', 'legend.ends'],
    ['other', 'estimate', 'legend.estimate'],
    ['done', 'done', message('status.met')],
  ];
  const items = entries.map(([tone, ic, text]) => `<li><span class="chip t-${tone}">${icon(ic)}</span>${w.t(text)}</li>`);
  items.push(`<li><b>*</b> ${w.t('legend.provisional')}</li>`);
  return `<ul class="legend" aria-label="${w.attr('legend.heading')}">${items.join('')}</ul>`;
}

function timelineSection(w: Writer, views: readonly CaseView[], asOf: IsoDate): { html: string; inWindow: number } {
  const weeks = weeksFrom(asOf, TIMELINE_DAYS);
  let inWindow = 0;
  const head = [
    `<th scope="col" class="who">${w.t('timeline.employee')}</th>`,
    `<th scope="col" class="late">${w.t('timeline.earlier')}</th>`,
    ...weeks.map((wk, i) => `<th scope="col"${i === 0 ? ' class="now"' : ''}><span class="wk">${weekLabel(wk, i, weeks)}</span></th>`),
  ].join('');
  const rows = views.map((view) => {
    const { late, cols, after } = placeEntries(view, weeks, asOf);
    inWindow += cols.reduce((n, c) => n + c.filter((e) => !e.opens && e.item.d.status !== 'met').length, 0);
    const f = view.file;
    const sub = [f.caseId && f.name ? f.caseId : undefined, f.procedures.length > 0 ? f.procedures.join(', ') : undefined].filter((x) => x !== undefined);
    const checked = f.caseId !== undefined && (f.plans !== undefined || f.watched !== undefined);
    const who = `<th scope="row" class="who"><a href="#${view.anchor}">${esc(whoOf(f))}</a>${sub.length ? `<small>${esc(sub.join(' · '))}</small>` : ''}${!checked ? `<small>${w.t('timeline.not-checked')}</small>` : late.length + cols.flat().length === 0 ? `<small class="empty">${w.t('timeline.none')}</small>` : ''}${after > 0 ? `<small class="more">${w.t(PHRASES.later(after))}</small>` : ''}</th>`;
    const cell = (entries: readonly Entry[], cls: string, label: string) =>
      `<td class="${[cls, entries.length === 0 ? 'blank' : ''].filter((x) => x).join(' ')}">${entries.length > 0 ? `<span class="wkd">${label}</span>${entries.map((e) => chip(w, e, asOf)).join('')}` : ''}</td>`;
    return `<tr>${who}${cell(late, 'late', w.t('timeline.earlier'))}${cols.map((c, i) => cell(c, i === 0 ? 'now' : '', weekLabel(weeks[i] as Week, i, weeks))).join('')}</tr>`;
  });
  const last = addDays(asOf, TIMELINE_DAYS);
  const html = `<section id="timeline" aria-labelledby="timeline-h"><h2 id="timeline-h">${w.t('timeline.heading')}</h2>
<p class="sub">${w.t(PHRASES.window(asOf, last))}</p>
${legend(w)}
<div class="scroll"><table class="tl"><thead><tr>${head}</tr></thead>
<tbody>
${rows.length > 0 ? rows.join('\n') : `<tr><td colspan="${weeks.length + 2}">${w.t('cases.none')}</td></tr>`}
</tbody></table></div></section>`;
  return { html, inWindow };
}

function deadlineDetails(w: Writer, view: CaseView, item: Item, asOf: IsoDate): string {
  const d = item.d;
  const tone = toneOf(d);
  const facts: [string, string][] = [];
  const procedure = `${item.procedureTitle ? `${w.t(item.procedureTitle)} ` : ''}<code>${esc(item.procedure)}</code>${item.watched ? ` — ${w.t('cases.watched')}` : ''}`;
  facts.push([w.t('detail.procedure'), procedure]);
  facts.push([w.t('col.plan-by'), `${dateHtml(w, d.date)}${provisionalMark(w, d)}`]);
  if (d.legalEnd !== d.date) facts.push([w.t('col.legal-end'), `${dateHtml(w, d.legalEnd)} — ${w.t(message('count.legal-end', { date: day(d.legalEnd) }))}`]);
  if (d.opens) facts.push([w.t('detail.opens'), dateHtml(w, d.opens)]);
  if (d.kind === 'due' && d.status !== 'met') facts.push([w.t('col.left'), w.t(leftText(d))]);
  facts.push([w.t(message('label.basis')), w.b(d.basis)]);
  if (d.online) facts.push([w.t('detail.how'), w.t('detail.online')]);
  if (d.provisionalYears.length > 0) facts.push([`${w.t('detail.provisional')} *`, w.t(message('label.provisional', { years: d.provisionalYears.join(', ') }))]);
  if (d.notes.length > 0) facts.push([w.t('detail.notes'), `<ul>${d.notes.map((n) => `<li>${w.b(n.text)}</li>`).join('')}</ul>`]);
  if (d.alternatives.length > 0) {
    const alts = d.alternatives.map(
      (a) =>
        `<li><b>${w.t(message('label.alternative', { id: a.id, date: day(a.date) }))}</b>${a.provisionalYears.length > 0 ? '*' : ''}${w.b(a.reading)}${w.b(a.basis)}<div>${w.t(message('label.source'))}: ${citationHtml(w, a.source)}</div></li>`,
    );
    facts.push([w.t('detail.alternatives'), `<ul>${alts.join('')}</ul>`]);
  }
  facts.push([w.t(message('label.source')), citationHtml(w, d.source)]);
  if (d.seeAlso && d.seeAlso.length > 0) facts.push([w.t(message('label.see-also')), `<ul>${d.seeAlso.map((c) => `<li>${citationHtml(w, c)}</li>`).join('')}</ul>`]);
  facts.push([w.t(message('label.rule')), `<code>${esc(d.rule)}</code> <code>${esc(d.id)}</code>`]);
  const about = view.findings.filter((cf) => cf.item === item);
  if (about.length > 0) facts.push([w.t('detail.findings'), about.map((cf) => `<a href="#${cf.anchor}">${esc(cf.f.ruleId)}</a>`).join(', ')]);
  return `<section class="deadline t-${tone}" id="${item.anchor}" aria-labelledby="${item.anchor}-h">
<h5 id="${item.anchor}-h">${w.b(d.title)} ${statusBadge(w, tone, iconOf(d), statusText(d, asOf))}</h5>
<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
<p class="back"><a href="#timeline">↑ ${w.t('detail.back')}</a> · <a href="#urgent">↑ ${w.t('detail.back-urgent')}</a></p>
</section>`;
}

function findingHtml(w: Writer, cf: CaseFinding): string {
  const { f } = cf;
  const sev = f.waived ? 'waived' : f.severity;
  const iconName: IconName = f.waived ? 'waived' : (SEVERITY_ICON[f.severity] ?? 'notice');
  const level: Text | WordId = f.waived ? 'finding.waived' : message(`level.${f.severity}`);
  const meta: string[] = [];
  if (f.due) {
    const left = f.due.workingDaysLeft !== undefined ? quantity(f.due.workingDaysLeft, 'working-day') : quantity(f.due.daysLeft, 'day');
    const n = left.n;
    const leftMsg = n >= 0 ? message('quantity.left', { n: left }) : message('quantity.ago', { n: { ...left, n: -n } });
    meta.push(`${w.t('finding.due')}: ${w.t('col.plan-by')} ${dateHtml(w, f.due.date)}${f.due.legalEnd !== f.due.date ? `; ${w.t('col.legal-end')} ${dateHtml(w, f.due.legalEnd)}` : ''}; ${w.t(leftMsg)}`);
  }
  if (f.action) meta.push(`${w.t('finding.action')}: ${w.t(f.action)}`);
  if (f.waived) meta.push(w.b(PHRASES.waived(f.waived.expires, f.waived.approvedBy, f.waived.reason)));
  if (f.source) meta.push(`${w.t(message('label.source'))}: ${citationHtml(w, f.source)}`);
  for (const s of f.seeAlso ?? []) meta.push(`${w.t(message('label.see-also'))}: ${citationHtml(w, s)}`);
  if (cf.item) meta.push(`<a href="#${cf.item.anchor}">→ ${w.t('finding.details')}</a>`);
  const where = f.line !== undefined ? `${w.t('finding.at')} ${esc(`${f.line}:${f.column ?? 1}`)}` : '';
  return `<li class="finding" id="${cf.anchor}"><div class="head"><span class="status sev-${sev}">${icon(iconName)}${w.t(level)}</span><code>${esc(f.ruleId)}</code><span class="muted">${where}</span></div>
<div class="msg">${w.b(f.message)}</div>${meta.map((m) => `<div class="meta">${m}</div>`).join('')}</li>`;
}

function caseSection(w: Writer, view: CaseView, asOf: IsoDate): string {
  const f = view.file;
  const sub = [f.caseId, f.procedures.join(', ')].filter((x) => x).join(' · ');
  const open = f.findings.filter((x) => !x.waived);
  const counts = w.t(
    message('summary.counts', {
      errors: quantity(open.filter((x) => x.severity === 'error').length, 'error'),
      warnings: quantity(open.filter((x) => x.severity === 'warning').length, 'warning'),
      deadlines: quantity(view.items.length, 'deadline'),
      asOf,
    }),
  );
  const assumed = (f.plans ?? []).flatMap((cp) => cp.plan.assumptions.map((a) => `<li>${w.b(a.text)}</li>`));
  const items = [...view.items].sort((a, b) => deadlinesByUrgency(a.d, b.d));
  const deadlines = items.length > 0 ? items.map((it) => deadlineDetails(w, view, it, asOf)).join('\n') : `<p>${w.t('cases.no-deadlines')}</p>`;
  const findings = view.findings.length > 0 ? `<ol class="findings">${view.findings.map((cf) => findingHtml(w, cf)).join('\n')}</ol>` : `<p>${w.t('cases.no-findings')}</p>`;
  return `<article class="case" id="${view.anchor}" aria-labelledby="${view.anchor}-h">
<h3 id="${view.anchor}-h">${esc(whoOf(f))}${sub ? ` <span class="muted">${esc(sub)}</span>` : ''}</h3>
<p class="file"><code>${esc(f.file)}</code> · ${counts}</p>
${assumed.length > 0 ? `<div class="meta">${w.t('cases.assumed')}:<ul>${assumed.join('')}</ul></div>` : ''}
<h4>${w.t('cases.deadlines')}</h4>
${deadlines}
<h4>${w.t('cases.findings')}</h4>
${findings}
</article>`;
}

function summarySection(w: Writer, run: ValidateRun, rows: readonly UrgentRow[], inWindow: number): string {
  const t = run.totals;
  const card = (tone: string, n: number, label: string, href?: string) =>
    `<li class="card k-${tone}">${href ? `<a href="${href}">` : ''}<b>${n}</b><span>${label}</span>${href ? '</a>' : ''}</li>`;
  const overdue = rows.filter((r) => r.tone === 'overdue').length;
  const soon = rows.length - overdue;
  const fail = t.errors > 0;
  return `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">${w.t('summary.heading')}</h2>
<p class="verdict${fail ? ' fail' : ''}">${icon(fail ? 'overdue' : 'done')}${w.t(fail ? 'summary.fails' : 'summary.passes')}</p>
<ul class="cards">
${[
    card('overdue', overdue, w.t('summary.overdue'), '#urgent'),
    card('soon', soon, w.t('summary.due-soon'), '#urgent'),
    card('upcoming', inWindow, w.t('summary.in-90'), '#timeline'),
    card('error', t.errors, w.t('summary.errors'), '#cases'),
    card('warning', t.warnings, w.t('summary.warnings'), '#cases'),
    card('notice', t.notices, w.t('summary.notices')),
    card('waived', t.waived, w.t('summary.waived')),
    card('cases', t.cases, `${w.t('summary.cases')} <small class="muted">${w.t(PHRASES.ofFiles(t.cases, t.files))}</small>`),
  ].join('\n')}
</ul></section>`;
}

/** The whole page. */
export function compliancePage(run: ValidateRun, opts: Pick<FormatOptions, 'lang'>): string {
  const w = writer(opts.lang);
  const asOf = run.header.asOf;
  const views = caseViews(run);
  const rows = urgentRows(views);
  const timeline = timelineSection(w, views, asOf);
  const toc = [
    ['#summary', w.t('summary.heading')],
    ['#urgent', w.t('urgent.heading')],
    ['#timeline', w.t('timeline.heading')],
    ['#cases', w.t('cases.heading')],
  ];
  return `<!doctype html>
<html lang="${w.pageLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="permit ${esc(run.header.version)}">
<title>${w.attr('title')} — ${esc(asOf)}</title>
<link rel="icon" href="data:,">
<style>${STYLES}</style>
</head>
<body>
${iconSprite()}
<header id="top">
<h1>${w.t('title')} <span class="muted">${esc(asOf)}</span></h1>
<p class="sub">${w.t('subtitle')}</p>
${runHeader(w, run)}
<nav class="toc" aria-label="${w.attr('nav.label')}"><ul>${toc.map(([href, label]) => `<li><a href="${href}">${label}</a></li>`).join('')}</ul></nav>
</header>
<main>
${summarySection(w, run, rows, timeline.inWindow)}
${urgentSection(w, rows)}
${timeline.html}
<section id="cases" aria-labelledby="cases-h"><h2 id="cases-h">${w.t('cases.heading')}</h2>
${views.length > 0 ? views.map((v) => caseSection(w, v, asOf)).join('\n') : `<p>${w.t('cases.none')}</p>`}
</section>
</main>
<footer><p>permit ${esc(run.header.version)} · ${w.t('footer.made')}</p></footer>
</body>
</html>
`;
}
