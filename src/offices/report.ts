/**
 * The answer to "where do I file?" for one city (and district) on one date, and its two
 * renderings: readable text and a JSON object whose shape is a public contract (add fields,
 * never rename or remove them).
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { Lang, LangChoice } from '../core/vocabulary.js';
import { citationText } from '../report/citation.js';
import { chalkFor, langs, widthOf, wrap } from '../report/layout.js';
import type { ResolvedCitation } from '../sources/registry.js';
import { countersFor, findArea, findCity, type OfficesData, whereToFile } from './load.js';
import { type DateWindow, type PortalOnDate, portalOn } from './portal.js';
import type { Area, City, Counter, Hours, Note, Office, Serves } from './schema.js';

export interface WhereAnswer {
  city: City;
  /** The district or registration area asked about, if any. */
  area?: Area;
  asOf: IsoDate;
  offices: Office[];
  counters: Counter[];
  /** Undefined for a date before the unified system opened. */
  portal: PortalOnDate | undefined;
}

/** Everything `permit offices` shows. Throws UnknownPlaceError for an unknown city or district. */
export function answerWhere(
  data: OfficesData,
  city: string,
  district: string | undefined,
  asOf: IsoDate,
): WhereAnswer {
  const c = findCity(data, city);
  const area = district === undefined ? undefined : findArea(c, district);
  return {
    city: c,
    ...(area ? { area } : {}),
    asOf,
    offices: whereToFile(data, city, district),
    counters: countersFor(data, city, district),
    portal: portalOn(data.portals, asOf),
  };
}

const DAYS: Record<Hours['days'], { en: string; zh: string }> = { 'mon-fri': { en: 'Mon–Fri', zh: '周一至周五' } };

/** `Mon–Fri 09:00–12:00, 13:30–17:00`; in Chinese `周一至周五 09:00–12:00、13:30–17:00`. */
export function hoursText(h: Hours, lang: Lang = 'en'): string {
  return `${DAYS[h.days][lang]} ${h.periods.map((p) => p.replace('-', '–')).join(lang === 'zh' ? '、' : ', ')}`;
}

function servesJson(s: Serves, city: City) {
  const all = s.areas === 'all';
  return { all, areas: all ? city.areas.map((a) => a.id) : s.areas, text: s.text };
}

function windowJson(w: DateWindow) {
  return { earliest: w.earliest, latest: w.latest };
}

export function answerToJson(a: WhereAnswer): object {
  const p = a.portal;
  return {
    city: a.city.id,
    cityName: a.city.name,
    ...(a.area ? { district: a.area.id, districtName: a.area.name } : {}),
    asOf: a.asOf,
    offices: a.offices.map((o) => ({
      id: o.id,
      name: o.name,
      address: o.address,
      hours: o.hours ? { days: o.hours.days, periods: o.hours.periods, text: hoursText(o.hours) } : null,
      phone: o.phone ?? [],
      serves: servesJson(o.serves, a.city),
      source: o.source,
      ...(o['see-also'] ? { seeAlso: o['see-also'] } : {}),
      notes: o.notes ?? [],
      variants: o.variants ?? [],
    })),
    counters: a.counters.map((k) => ({
      id: k.id,
      name: k.name,
      count: k.count,
      listed: false,
      handles: k.handles,
      serves: servesJson(k.serves, a.city),
      source: k.source,
      notes: k.notes ?? [],
    })),
    portal: p
      ? {
          id: p.portal.id,
          url: p.portal.url,
          name: p.portal.name,
          operator: p.portal.operator,
          from: windowJson(p.from),
          ...(p.to ? { to: windowJson(p.to) } : {}),
          certain: p.certain,
          ...(p.caveat ? { caveat: p.caveat } : {}),
          alsoPossible: p.alsoPossible.map((x) => x.url),
          source: p.portal.source,
          notes: p.portal.notes ?? [],
          seenIn: p.portal['seen-in'] ?? [],
        }
      : null,
    notes: a.city.notes ?? [],
  };
}

export interface WhereTextOptions {
  color: boolean;
  /** Languages of the text (default both, as every command's --lang). */
  lang?: LangChoice;
  /** Columns to fit (default 80, the width when not a terminal). */
  width?: number;
}

/** Words of the answer other than the data's own, in both languages. */
const WORDS = {
  address: { en: 'Address', zh: '地址' },
  hours: { en: 'Hours', zh: '办公时间' },
  phone: { en: 'Phone', zh: '电话' },
  serves: { en: 'Serves', zh: '受理范围' },
  note: { en: 'Note', zh: '说明' },
  source: { en: 'Source', zh: '来源' },
  seeAlso: { en: 'See also', zh: '另见' },
  where: { en: 'Where', zh: '地点' },
  handles: { en: 'Handles', zh: '办理事项' },
  name: { en: 'Name', zh: '名称' },
  operator: { en: 'Operator', zh: '主管部门' },
  inUse: { en: 'In use', zh: '使用期间' },
  caveat: { en: 'Caveat', zh: '注意' },
  notes: { en: 'Notes', zh: '说明' },
  sourceInline: { en: 'source', zh: '来源' },
  submissionHours: { en: '(submission hours)', zh: '（递交材料时间）' },
  noHours: { en: 'not given in the source', zh: '来源未列出' },
  noPhone: { en: 'not given in the sources', zh: '来源未列出' },
  allOffices: {
    en: 'all offices (pass --district to see only those an employer may use)',
    zh: '全部受理点（加 --district 只列出该用人单位可去的受理点）',
  },
  noPortal: {
    en: 'The unified work-permit system had not opened yet on that date.',
    zh: '当日全国统一的外国人来华工作许可系统尚未启用。',
  },
} as const;

/** A name in the chosen languages: `English · 中文` for both; English where no Chinese name is known. */
function nameIn(n: { en: string; zh?: string | undefined }, choice: LangChoice): string {
  if (choice === 'en' || !n.zh) return n.en;
  return choice === 'zh' ? n.zh : `${n.en} · ${n.zh}`;
}

function sinceText(p: PortalOnDate, lang: Lang): string {
  if (lang === 'zh') {
    const at = (w: DateWindow) => (w.earliest === w.latest ? w.earliest : `${w.earliest}到${w.latest}之间的某日`);
    return `自${at(p.from)}起${p.to ? `，至${at(p.to)}止` : ''}`;
  }
  const at = (w: DateWindow) => (w.earliest === w.latest ? w.earliest : `a day between ${w.earliest} and ${w.latest}`);
  return `since ${at(p.from)}${p.to ? `, until ${at(p.to)}` : ''}`;
}

/**
 * Lays `items` (telephone numbers: never broken) out after `first`, separated by `sep`, starting
 * a new line after `rest` when the next one does not fit `width`.
 */
function wrapItems(items: readonly string[], sep: string, width: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  items.forEach((item, i) => {
    const piece = i < items.length - 1 ? `${item}${sep.trimEnd()}` : item;
    const gap = empty ? '' : sep.slice(sep.trimEnd().length);
    if (!empty && widthOf(line) + widthOf(gap) + widthOf(piece) > width) {
      lines.push(line.trimEnd());
      line = rest + piece;
    } else line += gap + piece;
    empty = false;
  });
  lines.push(line.trimEnd());
  return lines;
}

/**
 * The answer as text for a terminal, in the chosen languages and fitted to the width: words,
 * addresses, web addresses and telephone numbers are never broken (one longer than the width
 * overflows), CJK text counts two columns a character. With `both`, names read `English · 中文`
 * and each text is given in English, then in Chinese.
 */
export function answerToText(a: WhereAnswer, opts: WhereTextOptions): string {
  const c = chalkFor(opts.color);
  const choice = opts.lang ?? 'both';
  const width = opts.width ?? 80;
  const L = langs(choice);
  const first = L[0] as Lang;
  const out: string[] = [];
  const lines = (text: string, head: string, rest: string, style: (s: string) => string = (s) => s) =>
    wrap(text, width, head, rest)
      .split('\n')
      .map((l) => style(l));
  /** A text in each chosen language (given once when both are the same). */
  const texts = (t: { en: string; zh?: string | undefined }) => [...new Set(L.map((l) => (l === 'zh' ? (t.zh ?? t.en) : t.en)))];
  const indent = ' '.repeat(13);
  const labelled = (label: { en: string; zh: string }) => `   ${label[first]}${' '.repeat(Math.max(1, 10 - widthOf(label[first])))}`;
  /** `   Label     text`, one text per language, each wrapped under the column of the texts. */
  const field = (label: { en: string; zh: string }, values: readonly string[], style?: (s: string) => string) =>
    values.forEach((v, i) => out.push(...lines(v, i === 0 ? labelled(label) : indent, indent, style)));
  const citations = (src: ResolvedCitation) => L.map((l) => citationText(src, l));
  const noteSource = (src: ResolvedCitation | undefined, head: string, rest: string) => {
    if (!src) return;
    for (const l of L) out.push(...lines(`${WORDS.sourceInline[l]}: ${citationText(src, l)}`, head, rest, c.dim));
  };
  const notes = (list: Note[] | undefined) => {
    for (const n of list ?? []) {
      field(WORDS.note, texts(n));
      noteSource(n.source, indent, `${indent}  `);
    }
  };

  // The heading: the city and the date, on one line when it fits.
  const title = choice === 'zh' ? `${a.city.name.zh}办理地点` : `Where to file in ${nameIn(a.city.name, choice)}`;
  const asOf = choice === 'zh' ? `截至${a.asOf}` : `as of ${a.asOf}`;
  if (widthOf(`${title}   ${asOf}`) <= width) out.push(c.bold(title) + c.dim(`   ${asOf}`));
  else out.push(...lines(title, '', '', c.bold), c.dim(asOf));
  if (a.area) {
    const where =
      choice === 'zh' ? `用人单位注册地：${a.area.name.zh}` : `employer registered in ${nameIn(a.area.name, choice)}`;
    out.push(...lines(where, '', ''));
    if (a.area.note) for (const t of texts(a.area.note)) out.push(...lines(t, '', '', c.dim));
  } else for (const t of texts(WORDS.allOffices)) out.push(...lines(t, '', ''));

  a.offices.forEach((o, i) => {
    out.push('', ...lines(`${i + 1}. ${nameIn(o.name, choice)}`, '', '   ', c.bold));
    field(WORDS.address, [o.address]);
    field(
      WORDS.hours,
      o.hours
        ? L.map((l) => `${hoursText(o.hours as Hours, l)}${l === 'zh' ? '' : ' '}${WORDS.submissionHours[l]}`)
        : texts(WORDS.noHours),
    );
    if (o.phone) {
      const sep = choice === 'zh' ? '、' : ', ';
      out.push(...wrapItems(o.phone, sep, width, labelled(WORDS.phone), indent));
    } else field(WORDS.phone, texts(WORDS.noPhone));
    field(WORDS.serves, texts(o.serves.text));
    notes(o.notes);
    field(WORDS.source, citations(o.source), c.dim);
    for (const s of o['see-also'] ?? []) field(WORDS.seeAlso, citations(s), c.dim);
  });

  for (const k of a.counters) {
    const also = choice === 'zh' ? `另有：${nameIn(k.name, choice)}` : `Also: ${nameIn(k.name, choice)}`;
    out.push('', ...lines(also, '', '   ', c.bold));
    field(
      WORDS.where,
      L.map((l) => (l === 'zh' ? `共${k.count}个窗口；来源未列出具体地点` : `${k.count} counters; the source does not list them`)),
    );
    field(WORDS.handles, texts(k.handles));
    field(WORDS.serves, texts(k.serves.text));
    notes(k.notes);
    field(WORDS.source, citations(k.source), c.dim);
  }

  out.push('');
  const p = a.portal;
  const portalHeading = (what: string) =>
    choice === 'zh' ? `${a.asOf}的网上办理系统：${what}` : `Online portal on ${a.asOf}: ${what}`;
  if (!p) {
    out.push(...lines(portalHeading(choice === 'zh' ? '无' : 'none'), '', '   ', c.bold));
    for (const t of texts(WORDS.noPortal)) out.push(...lines(t, '   ', '   '));
  } else {
    out.push(...lines(portalHeading(p.portal.url), '', '   ', c.bold));
    field(WORDS.name, texts(p.portal.name));
    field(WORDS.operator, texts(p.portal.operator));
    field(WORDS.inUse, L.map((l) => sinceText(p, l)));
    if (p.caveat) field(WORDS.caveat, texts(p.caveat), c.yellow);
    notes(p.portal.notes);
    field(WORDS.source, citations(p.portal.source), c.dim);
  }

  if (a.city.notes && a.city.notes.length > 0) {
    out.push('', c.bold(L.map((l) => WORDS.notes[l]).join(' · ')));
    for (const n of a.city.notes) {
      texts(n).forEach((t, i) => out.push(...lines(t, i === 0 ? '   - ' : '     ', '     ')));
      noteSource(n.source, '     ', '       ');
    }
  }
  return `${out.join('\n')}\n`;
}
