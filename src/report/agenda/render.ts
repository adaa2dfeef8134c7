/**
 * The agenda written out: one line per thing to do for a terminal (80 columns, --lang, colour),
 * the `permit/agenda@1` JSON and a Markdown table (the calendar file is ./ics.ts).
 */
import type { IsoDate } from '../../calendar/isoDate.js';
import { day, message, quantity, type Text } from '../../core/message.js';
import { render, renderBoth } from '../../core/render.js';
import type { Bilingual, Lang, LangChoice } from '../../core/vocabulary.js';
import type { ResolvedCitation } from '../../sources/registry.js';
import type { DeadlineKind } from '../../rules/format/items.js';
import type { DeadlineStatus } from '../../rules/format/condition.js';
import { dateWithWeekday, PRESSING_STATUSES, statusText } from '../calendar/words.js';
import { chalkFor, type LayoutOptions, langs, widthOf, wrap } from '../layout.js';
import { citationMd, mdCode, mdTable, mdText } from './markdownText.js';
import { type Agenda, type AgendaItem, overdueCount } from './model.js';

/** The heading sentence: how many lines, to which day, how many overdue. */
function titleText(a: Agenda): Text {
  const data = { asOf: day(a.asOf), through: a.through, within: quantity(a.within, 'day') };
  return a.items.length === 0
    ? message('agenda.none', data)
    : message('agenda.title', { ...data, count: quantity(a.items.length, 'deadline'), overdue: overdueCount(a) });
}

/** The working days left (negative once past); calendar days marked `d` beyond the calendar. */
function leftCell(i: AgendaItem): string {
  const d = i.deadline;
  return d.workingDaysLeft !== undefined ? String(d.workingDaysLeft) : `${d.daysLeft}d`;
}

/** The status worth saying before the title; an ordinary upcoming deadline says nothing. */
function statusPrefix(i: AgendaItem, asOf: IsoDate, l: Lang): string {
  return i.deadline.status === 'upcoming' ? '' : `${render(statusText(i.deadline, asOf), l)} · `;
}

/** `[extend, not started]`: the procedure, and that it is not in progress when watched. */
function tag(i: AgendaItem, l: Lang): string {
  return `[${i.procedure}${i.watched ? `, ${render(message('agenda.not-started'), l)}` : ''}]`;
}

const padEnd = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - widthOf(s)));
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - widthOf(s))) + s;

/** A case id cut to the column, marked `…` when cut (the JSON and the file name keep it whole). */
function fit(s: string, w: number): string {
  if (s.length <= w) return s;
  return `${s.slice(0, Math.max(1, w - 1))}…`;
}

/**
 * One line per agenda item, fitting `opts.width` columns: date and weekday, working days left,
 * the case, and what to do (wrapped under itself; with `--lang both` the Chinese follows).
 *
 * @example
 * agendaToText(agenda, { lang: 'en', color: false, width: 80 })
 * //=> 'Agenda as of 2026-12-01 (Tue): 6 deadlines due by 2026-12-31 (Thu) …\n…\n2026-11-30 Mon    -1  maria-garcia  overdue · Employee applies …'
 */
export function agendaToText(a: Agenda, opts: LayoutOptions): string {
  const c = chalkFor(opts.color);
  const L = langs(opts.lang);
  const first = L[0] as Lang;
  const w = opts.width;
  const out: string[] = [];
  for (const l of L) out.push(c.bold(wrap(render(titleText(a), l), w)));
  if (a.items.length === 0) return `${out.join('\n')}\n`;
  for (const l of L) out.push(c.dim(wrap(render(message('agenda.legend'), l), w)));
  out.push('');

  const head = {
    when: render(message('column.when'), first),
    left: render(message('column.left'), first),
    case: render(message('column.case'), first),
    what: render(message('column.what'), first),
  };
  const dateW = Math.max(widthOf(head.when), ...a.items.map((i) => widthOf(dateWithWeekday(i.deadline.date, first))));
  const leftW = Math.max(widthOf(head.left), ...a.items.map((i) => leftCell(i).length));
  const caseW = Math.min(20, Math.max(widthOf(head.case), ...a.items.map((i) => i.caseId.length)));
  const indent = dateW + 2 + leftW + 2 + caseW + 2;
  const whatW = Math.max(20, w - indent);
  out.push(c.bold(`${padEnd(head.when, dateW)}  ${padStart(head.left, leftW)}  ${padEnd(head.case, caseW)}  ${head.what}`.trimEnd()));

  const colour = (s: DeadlineStatus) =>
    PRESSING_STATUSES.has(s) ? c.red.bold : s === 'due-soon' ? c.yellow.bold : s === 'not-yet-open' ? c.dim : (x: string) => x;
  for (const i of a.items) {
    const d = i.deadline;
    const lead = `${padEnd(dateWithWeekday(d.date, first), dateW)}  ${padStart(leftCell(i), leftW)}  ${padEnd(fit(i.caseId, caseW), caseW)}  `;
    L.forEach((l, k) => {
      const prefix = statusPrefix(i, a.asOf, l);
      const text = `${prefix}${d.title[l]}${k === 0 ? ` ${tag(i, l)}` : ''}`;
      // Wrapped in the column's width, then the status and the tag coloured in place.
      const pad = ' '.repeat(indent);
      const lines = wrap(text, indent + whatW, pad, pad)
        .split('\n')
        .map((x, j) => (j === 0 ? x.slice(indent) : x));
      const body = lines
        .map((line, j) => {
          let x = line;
          const word = prefix.slice(0, -3);
          if (j === 0 && word && x.startsWith(word)) x = colour(d.status)(word) + x.slice(word.length);
          const t = tag(i, l);
          if (k === 0 && j === lines.length - 1 && x.endsWith(t)) x = x.slice(0, -t.length) + c.dim(t);
          return x;
        })
        .join('\n');
      out.push(k === 0 ? `${lead}${body}` : `${pad}${body}`);
    });
  }
  return `${out.map((l) => l.replace(/[ \t]+$/gm, '')).join('\n')}\n`;
}

/** The `permit/agenda@1` contract: plain data, every text in both languages, dates YYYY-MM-DD. */
export interface AgendaJson {
  schema: 'permit/agenda@1';
  tool: { name: 'permit'; version: string };
  asOf: IsoDate;
  within: number;
  through: IsoDate;
  items: {
    date: IsoDate;
    weekday: string;
    legalEnd: IsoDate;
    opens?: IsoDate;
    status: DeadlineStatus;
    daysLeft: number;
    workingDaysLeft?: number;
    case: string;
    name?: string;
    file: string;
    procedure: string;
    deadline: string;
    kind: DeadlineKind;
    title: Bilingual;
    basis: Bilingual;
    watched: boolean;
    source: ResolvedCitation;
  }[];
  /** Files that are not readable cases, so nothing of them is on the agenda. */
  skipped: { file: string; ruleId: string; line?: number; message: Bilingual }[];
}

export function agendaToJson(a: Agenda, version: string): AgendaJson {
  return {
    schema: 'permit/agenda@1',
    tool: { name: 'permit', version },
    asOf: a.asOf,
    within: a.within,
    through: a.through,
    items: a.items.map((i) => {
      const d = i.deadline;
      return {
        date: d.date,
        weekday: dateWithWeekday(d.date, 'en').slice(11),
        legalEnd: d.legalEnd,
        ...(d.opens ? { opens: d.opens } : {}),
        status: d.status,
        daysLeft: d.daysLeft,
        ...(d.workingDaysLeft !== undefined ? { workingDaysLeft: d.workingDaysLeft } : {}),
        case: i.caseId,
        ...(i.name !== undefined ? { name: i.name } : {}),
        file: i.file,
        procedure: i.procedure,
        deadline: d.id,
        kind: d.kind,
        title: d.title,
        basis: renderBoth(d.basis),
        watched: i.watched,
        source: d.source,
      };
    }),
    skipped: a.skipped.map((s) => ({
      file: s.file,
      ruleId: s.finding.ruleId,
      ...(s.finding.line !== undefined ? { line: s.finding.line } : {}),
      message: renderBoth(s.finding.message),
    })),
  };
}

/** The agenda as a GFM table (GitHub and GitLab), overdue and due-today lines in bold. */
export function agendaToMarkdown(a: Agenda, choice: LangChoice): string {
  const L = langs(choice);
  const first = L[0] as Lang;
  const joined = (t: Text) => L.map((l) => mdText(render(t, l))).join(' · ');
  const out: string[] = [`## ${joined(titleText(a))}`, ''];
  if (a.items.length > 0) {
    out.push(`_${joined(message('agenda.legend'))}_`, '');
    const rows = a.items.map((i) => {
      const d = i.deadline;
      const what = L.map((l) => `${statusPrefix(i, a.asOf, l)}${d.title[l]}`).join(' · ');
      const strong = PRESSING_STATUSES.has(d.status);
      return [
        mdText(dateWithWeekday(d.date, first)),
        mdText(leftCell(i)),
        mdCode(i.caseId),
        `${strong ? `**${mdText(what)}**` : mdText(what)} ${mdText(tag(i, first))}`,
        citationMd(d.source, first),
      ];
    });
    out.push(
      ...mdTable(
        ['column.when', 'column.left', 'column.case', 'column.what', 'column.source'].map((id) => joined(message(id))),
        rows,
        ['left', 'right'],
      ),
    );
  }
  if (a.skipped.length > 0) {
    out.push('');
    for (const s of a.skipped) out.push(`- ${mdCode(s.file)}: ${joined(s.finding.message)} ${mdCode(s.finding.ruleId)}`);
  }
  return `${out.join('\n')}\n`;
}
