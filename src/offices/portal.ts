/**
 * The online portal of each period. The national system moved address twice (SAFEA, then MOST,
 * then MOHRSS) and no notice of either switch was found, so a portal's start and end are date
 * ranges when only a range is known; `portalOn` says when a date falls inside such a range.
 */
import { addDays, type IsoDate } from '../calendar/isoDate.js';
import type { Bilingual } from '../yaml/schemaParts.js';
import type { Boundary, Portal } from './schema.js';

/** The days on which a switch may have happened; `earliest === latest` when the date is known. */
export interface DateWindow {
  earliest: IsoDate;
  latest: IsoDate;
}

/** A portal's first day and (unless it is still in use) last day, each as a window. */
export interface PortalPeriod {
  portal: Portal;
  from: DateWindow;
  to?: DateWindow;
  /** The boundary record behind `to`: the portal's own `to`, else the next portal's `from`. */
  toBoundary?: Boundary;
}

export interface PortalOnDate {
  portal: Portal;
  date: IsoDate;
  from: DateWindow;
  to?: DateWindow;
  /** The date is inside the portal's known period: no switch can have happened around it. */
  certain: boolean;
  /** Other portals that may have been the current one on the date (newer first). */
  alsoPossible: Portal[];
  /** Why the answer is uncertain, when it is. */
  caveat?: Bilingual;
}

function windowOf(b: Boundary): DateWindow {
  if (b.between) return { earliest: b.between[0], latest: b.between[1] };
  const on = b.on as IsoDate;
  return { earliest: on, latest: on };
}

/** Each portal's period; a missing `to` ends the day before the next portal's `from`. */
export function portalPeriods(portals: readonly Portal[]): PortalPeriod[] {
  return portals.map((portal, i) => {
    const next = portals[i + 1];
    const from = windowOf(portal.from);
    if (portal.to) return { portal, from, to: windowOf(portal.to), toBoundary: portal.to };
    if (!next) return { portal, from };
    const n = windowOf(next.from);
    return {
      portal,
      from,
      to: { earliest: addDays(n.earliest, -1), latest: addDays(n.latest, -1) },
      toBoundary: next.from,
    };
  });
}

export function windowText(w: DateWindow): string {
  return w.earliest === w.latest ? w.earliest : `between ${w.earliest} and ${w.latest}`;
}

/**
 * The portal current on `date`, or undefined before the first one opened. When `date` falls in
 * a range in which a switch happened on an unknown day, the older portal is returned (the last
 * one known to be in use), with the newer one in `alsoPossible` and a caveat.
 *
 * @example
 * portalOn(portals, '2026-11-22').portal.url //=> 'https://www.12333.gov.cn/'
 * portalOn(portals, '2018-06-01').caveat      // switch from SAFEA to MOST happened in 2018
 */
export function portalOn(portals: readonly Portal[], date: IsoDate): PortalOnDate | undefined {
  const periods = portalPeriods(portals);
  const possible = periods.filter(
    (p) => p.from.earliest <= date && (p.to === undefined || date <= p.to.latest),
  );
  const chosen = possible[0];
  if (!chosen) return undefined;
  const certain = chosen.from.latest <= date && (chosen.to === undefined || date <= chosen.to.earliest);
  const result: PortalOnDate = {
    portal: chosen.portal,
    date,
    from: chosen.from,
    ...(chosen.to ? { to: chosen.to } : {}),
    certain,
    alsoPossible: possible
      .slice(1)
      .reverse()
      .map((p) => p.portal),
  };
  if (certain) return result;

  const newer = possible[1];
  if (newer && chosen.toBoundary) {
    const w = windowOf(chosen.toBoundary);
    const basis = chosen.toBoundary.basis;
    result.caveat = {
      en: `The switch from ${chosen.portal.url} to ${newer.portal.url} happened on an unknown day ${windowText(w)}, so on ${date} either may have been in use; shown is the older one, the last known to be in use. ${basis.en}`,
      zh: `由 ${chosen.portal.url} 改为 ${newer.portal.url} 的具体日期不详（在 ${w.earliest} 至 ${w.latest} 之间），${date} 当日两者都可能在用；此处列出较早的一个。${basis.zh}`,
    };
  } else if (date < chosen.from.latest) {
    const basis = chosen.portal.from.basis;
    result.caveat = {
      en: `${chosen.portal.url} came into use on an unknown day ${windowText(chosen.from)}; on ${date} it may not yet have been in use. ${basis.en}`,
      zh: `${chosen.portal.url} 启用的具体日期不详（在 ${chosen.from.earliest} 至 ${chosen.from.latest} 之间），${date} 当日可能尚未启用。${basis.zh}`,
    };
  } else {
    const basis = chosen.toBoundary?.basis;
    result.caveat = {
      en: `${chosen.portal.url} went out of use on an unknown day ${windowText(chosen.to as DateWindow)}; on ${date} it may no longer have been in use.${basis ? ` ${basis.en}` : ''}`,
      zh: `${chosen.portal.url} 停用的具体日期不详，${date} 当日可能已停用。${basis ? basis.zh : ''}`,
    };
  }
  return result;
}
