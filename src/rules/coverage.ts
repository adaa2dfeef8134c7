/**
 * The `calendar-coverage` finding: which dates of a plan were computed across a year whose
 * holiday arrangement is not published yet, and which statutory holidays were closed in them.
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import type { Finding } from '../core/finding.js';
import { day, list, type MessageValue, message } from '../core/message.js';
import type { ResolvedCitation } from '../sources/registry.js';
import type { RuleSet } from './ruleSet.js';

/** A date of the plan and the span of days its computation consulted. */
export interface ProvisionalDate {
  /** `cancel-application`, or `cancel-application (alternative rolled-forward)`. */
  label: string;
  years: readonly number[];
  span: readonly [IsoDate, IsoDate];
}

/** The State Council notices and the Holiday Measures, resolved from the source registry. */
export interface CalendarSources {
  notices: ResolvedCitation;
  law: ResolvedCitation;
}

/** The finding, or undefined when no date crossed a provisional year. */
export function coverageFinding(
  rules: RuleSet,
  cal: WorkCalendar,
  dates: readonly ProvisionalDate[],
  sources: CalendarSources | undefined,
): Finding | undefined {
  if (dates.length === 0) return undefined;
  const years = [...new Set(dates.flatMap((d) => d.years))].sort((a, b) => a - b);
  const seen = new Set<string>();
  const holidays: MessageValue[] = [];
  for (const d of dates) {
    for (const h of cal.statutoryHolidaysBetween(d.span[0], d.span[1])) {
      if (seen.has(h.date)) continue;
      seen.add(h.date);
      holidays.push(day(h.date, { dayKind: 'rest-day', holiday: h.name }));
    }
  }
  holidays.sort((a, b) => ((a as { date: string }).date < (b as { date: string }).date ? -1 : 1));
  const labels = [...new Set(dates.map((d) => d.label))];
  return {
    ruleId: 'calendar-coverage',
    severity: 'warning',
    message: message('calendar-coverage', {
      years: list(years.map(String)),
      lastPublished: String(cal.coveredYears.at(-1)),
      holidays: holidays.length > 0 ? list(holidays) : message('coverage.no-holiday-in-span'),
      affected: list(labels),
    }),
    procedure: rules.procedure,
    target: 'calendar-coverage',
    ...(sources ? { source: sources.notices, seeAlso: [sources.law] } : {}),
    why: [message('why.provisional', { years: list(years.map(String)) })],
  };
}
