/**
 * The answer to "where do I file?" for one city (and district) on one date, and its two
 * renderings: readable text and a JSON object whose shape is a public contract (add fields,
 * never rename or remove them).
 */
import { Chalk } from 'chalk';
import type { IsoDate } from '../calendar/isoDate.js';
import { citationText } from '../report/citation.js';
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

const DAYS: Record<Hours['days'], string> = { 'mon-fri': 'Mon–Fri' };

/** `Mon–Fri 09:00–12:00, 13:30–17:00` */
export function hoursText(h: Hours): string {
  return `${DAYS[h.days]} ${h.periods.map((p) => p.replace('-', '–')).join(', ')}`;
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

const WIDTH = 100;

/** Word-wraps `text` to WIDTH columns; lines after the first start with `indent`. */
function wrap(text: string, first: string, indent: string): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

const nameText = (n: { en: string; zh?: string | undefined }) => (n.zh ? `${n.en} · ${n.zh}` : n.en);

function sinceText(p: PortalOnDate): string {
  const at = (w: DateWindow) =>
    w.earliest === w.latest ? w.earliest : `a day between ${w.earliest} and ${w.latest}`;
  return `since ${at(p.from)}${p.to ? `, until ${at(p.to)}` : ''}`;
}

export function answerToText(a: WhereAnswer, opts: { color: boolean }): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  const field = (label: string, text: string, style: (s: string) => string = (s) => s) =>
    out.push(...wrap(text, `   ${label.padEnd(10)}`, ' '.repeat(13)).map((l) => style(l)));
  const notes = (list: Note[] | undefined) => {
    for (const n of list ?? []) field('Note', n.en);
  };

  const where = a.area
    ? `employer registered in ${nameText(a.area.name)}`
    : 'all offices (pass --district to see only those an employer may use)';
  out.push(c.bold(`Where to file in ${nameText(a.city.name)}`) + c.dim(`   as of ${a.asOf}`));
  out.push(...wrap(where, '', ''));
  if (a.area?.note) out.push(...wrap(a.area.note.en, '', '').map((l) => c.dim(l)));

  a.offices.forEach((o, i) => {
    out.push('', c.bold(`${i + 1}. ${nameText(o.name)}`));
    field('Address', o.address);
    field('Hours', o.hours ? `${hoursText(o.hours)} (submission hours)` : 'not given in the source');
    field('Phone', o.phone ? o.phone.join(', ') : 'not given in the sources');
    field('Serves', o.serves.text.en);
    notes(o.notes);
    field('Source', citationText(o.source), c.dim);
    for (const s of o['see-also'] ?? []) field('See also', citationText(s), c.dim);
  });

  for (const k of a.counters) {
    out.push('', c.bold(`Also: ${nameText(k.name)}`));
    field('Where', `${k.count} counters; the source does not list them`);
    field('Handles', k.handles.en);
    field('Serves', k.serves.text.en);
    notes(k.notes);
    field('Source', citationText(k.source), c.dim);
  }

  out.push('');
  const p = a.portal;
  if (!p) {
    out.push(c.bold(`Online portal on ${a.asOf}: none`));
    out.push('   The unified work-permit system had not opened yet on that date.');
  } else {
    out.push(c.bold(`Online portal on ${a.asOf}: ${p.portal.url}`));
    field('Name', p.portal.name.en);
    field('Operator', p.portal.operator.en);
    field('In use', sinceText(p));
    if (p.caveat) field('Caveat', p.caveat.en, c.yellow);
    notes(p.portal.notes);
    field('Source', citationText(p.portal.source), c.dim);
  }

  if (a.city.notes && a.city.notes.length > 0) {
    out.push('', c.bold('Notes'));
    for (const n of a.city.notes) out.push(...wrap(n.en, '   - ', '     '));
  }
  return `${out.join('\n')}\n`;
}
