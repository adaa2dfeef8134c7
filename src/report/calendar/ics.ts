/**
 * The calendar file (RFC 5545) that `check`, `validate` and `agenda` write with `--format ics`:
 * one all-day event per deadline, VALARM reminders N working days before each due date, and each
 * reminder also as an all-day event of its own, because Google Calendar ignores the alarms of a
 * subscribed feed and Apple's subscribe flow removes them by default.
 *
 * The file is written by ical-generator (CRLF line ends, lines folded at 75 octets on UTF-8
 * character boundaries, TEXT escaping); this module decides what goes in it.
 */
import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalCalendarMethod, ICalEventTransparency, type ICalEventData } from 'ical-generator';
import { addDays, daysBetween, type IsoDate } from '../../calendar/isoDate.js';
import type { WorkCalendar } from '../../calendar/workCalendar.js';
import { day, message, quantity, type Text } from '../../core/message.js';
import { render } from '../../core/render.js';
import { safeText } from '../../core/safeText.js';
import type { Lang, LangChoice } from '../../core/vocabulary.js';
import type { PlanDeadline } from '../../rules/plan.js';
import { citationText } from '../citation.js';
import type { FormatOptions } from '../validate/formatter.js';
import { langs } from '../layout.js';
import { reminderDates } from './reminders.js';
import { fullStop, labelled, leftText, statusText } from './words.js';

/** The reminders `--remind` gives when it is not given: 10, 5 and 1 working days before. */
import { DEFAULT_REMIND } from './defaults.js';

export { DEFAULT_REMIND };

/**
 * Validate's format options plus what a calendar needs. The working-day calendar is what turns
 * "5 working days before" into a date; without it the reminders cannot be written.
 */
export interface CalendarFormatOptions extends FormatOptions {
  calendar?: WorkCalendar;
  remind?: readonly number[];
}

/** One deadline to put in the calendar. */
export interface IcsDeadline {
  /**
   * The event's identity, `<case>.<procedure>.<deadline>`: never random and never derived from a
   * date, so a re-import after the date moved updates the same event instead of adding one.
   */
  key: string;
  procedure: string;
  deadline: PlanDeadline;
  /** Who it concerns, in the summary: the employee's name, else the case id. */
  who?: string;
  /** Where it comes from, in the description: the case id and its file. */
  caseLine?: string;
  /** A deadline the case's permit or residence permit implies, with nothing in progress. */
  watched?: boolean;
}

export interface IcsOptions {
  lang: LangChoice;
  /** permit's version, for PRODID. */
  version: string;
  asOf: IsoDate;
  /** The calendar's name (X-WR-CALNAME). */
  name: Text;
  remind: readonly number[];
  calendar: WorkCalendar | undefined;
}

/** UIDs end in a domain permit owns nothing of: `.invalid` is reserved for that (RFC 2606). */
const UID_DOMAIN = 'permit.invalid';
/** Alarms ring at 09:00 on the reminder day, local time of the calendar app. */
const ALARM_HOUR = 9;

/**
 * An all-day date as ical-generator needs it. Without a calendar time zone it writes a DATE
 * from the UTC fields of a Date, so midnight UTC gives the same YYYYMMDD under any TZ of the
 * machine (America/Los_Angeles and Asia/Shanghai alike); DATE values themselves are floating.
 */
const utcMidnight = (d: IsoDate): Date => new Date(`${d}T00:00:00Z`);

/**
 * SEQUENCE grows with the as-of date (days since 2020-01-01): a later export of the same event
 * is a newer revision, which is what makes calendar apps replace the event on re-import when
 * its date moved (RFC 5545 §3.8.7.4 asks for a higher number on each significant revision; we
 * cannot know which runs changed it, so every later run counts as one).
 */
const sequenceOf = (asOf: IsoDate): number => Math.max(0, daysBetween('2020-01-01' as IsoDate, asOf));

/** Text in the chosen languages: one, or English and Chinese joined (summaries). */
function joined(t: Text, choice: LangChoice, sep = ' · '): string {
  return langs(choice)
    .map((l) => render(t, l))
    .join(sep);
}

function summaryOf(item: IcsDeadline, lang: LangChoice): string {
  const d = item.deadline;
  const what =
    d.kind === 'due' && d.status === 'overdue'
      ? message('calendar.summary-overdue', { title: d.title })
      : d.status === 'met'
        ? message('calendar.summary-met', { title: d.title })
        : d.title;
  return `${joined(what, lang)}${item.who ? ` – ${safeText(item.who)}` : ''}`;
}

/** The description in one language: the date and status, how it was counted, the source. */
function descriptionIn(item: IcsDeadline, l: Lang, asOf: IsoDate): string[] {
  const d = item.deadline;
  const lines: string[] = [render(d.title, l)];
  const status = statusText(d, asOf);
  lines.push(
    render(
      d.kind === 'due' && d.status !== 'met'
        ? message('calendar.plan-by', { date: day(d.date), status, left: leftText(d) })
        : message('calendar.on', { date: day(d.date), status }),
      l,
    ),
  );
  if (d.legalEnd !== d.date) lines.push(`${render(message('count.legal-end', { date: day(d.legalEnd) }), l)}${fullStop(l)}`);
  if (d.opens && d.opens > asOf && d.kind === 'due') lines.push(render(message('calendar.opens', { date: day(d.opens) }), l));
  if (item.watched) lines.push(render(message('calendar.watched', { procedure: item.procedure }), l));
  lines.push(`${labelled('label.basis', render(d.basis, l), l)}${fullStop(l)}`);
  for (const a of d.alternatives) lines.push(`${render(message('label.alternative', { id: a.id, date: day(a.date) }), l)}${fullStop(l)}${l === 'zh' ? '' : ' '}${render(a.reading, l)}`);
  if (d.provisionalYears.length > 0) lines.push(render(message('label.provisional', { years: d.provisionalYears.join(', ') }), l));
  lines.push(labelled('label.source', citationText(d.source, l), l));
  if (item.caseLine) lines.push(labelled('label.case', `${safeText(item.caseLine)} · ${item.procedure}/${d.id}`, l));
  else lines.push(`${item.procedure}/${d.id}`);
  return lines;
}

function descriptionOf(item: IcsDeadline, lang: LangChoice, asOf: IsoDate): string {
  return langs(lang)
    .map((l) => descriptionIn(item, l, asOf).join('\n'))
    .join('\n\n');
}

/**
 * The calendar file of `items`, reproducible: the same deadlines and as-of date give the same
 * bytes, whatever the machine's clock or time zone.
 *
 * @example
 * buildIcs([{ key: 'li-wei.cancel.cancel-application', procedure: 'cancel', deadline }], opts)
 * //=> 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//permit//permit 0.1.0//EN\r\n…'
 */
export function buildIcs(items: readonly IcsDeadline[], opts: IcsOptions): string {
  const remind = opts.remind;
  const needsCalendar = remind.length > 0 && items.some((i) => i.deadline.kind === 'due' && i.deadline.status !== 'met');
  if (needsCalendar && !opts.calendar)
    throw new Error('the ics format needs the working-day calendar to place its reminders (pass it in the report options)');
  const cal = ical({
    prodId: { company: 'permit', product: `permit ${opts.version}`, language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    // ical-generator writes the name unescaped; it is TEXT, so escape it as TEXT (RFC 5545 §3.3.11).
    name: joined(opts.name, opts.lang).replace(/[\\;,]/g, (c) => `\\${c}`),
  });
  // DTSTAMP must be a UTC date-time (§3.8.7.2). The clock would make every run differ, so it is
  // the as-of date at 00:00:00Z: reproducible, and later for a later as-of date.
  const stamp = utcMidnight(opts.asOf);
  const sequence = sequenceOf(opts.asOf);
  const seen = new Set<string>();
  for (const item of items) {
    const d = item.deadline;
    const uid = `${item.key}@${UID_DOMAIN}`;
    if (seen.has(uid)) continue;
    seen.add(uid);
    const summary = summaryOf(item, opts.lang);
    const description = descriptionOf(item, opts.lang, opts.asOf);
    const reminders = opts.calendar ? reminderDates(d, remind, opts.calendar, opts.asOf) : [];
    const common: Omit<ICalEventData, 'start'> = {
      stamp,
      sequence,
      allDay: true,
      transparency: ICalEventTransparency.TRANSPARENT,
      categories: [{ name: 'permit' }, { name: item.procedure }, { name: d.kind }],
      ...(d.source.url ? { url: d.source.url } : {}),
    };
    const reminderText = (n: number) =>
      joined(message('calendar.reminder', { title: d.title, date: day(d.date), left: message('quantity.left', { n: quantity(n, 'working-day') }) }), opts.lang);
    const event = cal.createEvent({
      ...common,
      id: uid,
      start: utcMidnight(d.date),
      // DTEND of an all-day event is the day after: it is not inclusive (§3.6.1).
      end: utcMidnight(addDays(d.date, 1)),
      summary,
      description,
    });
    for (const r of reminders) {
      event
        .createAlarm({
          type: ICalAlarmType.display,
          // Seconds before the start, which for a DATE start is local midnight of the due day:
          // 09:00 on the reminder day (§3.8.6.3); on the due day itself that is 9 h after the start.
          trigger: daysBetween(r.date, d.date) * 86400 - ALARM_HOUR * 3600,
          description: reminderText(r.workingDays),
        })
        // Set after creation: ical-generator 10.2 ignores `relatesTo` in the alarm's options, and
        // without RELATED=START it would count a trigger after the start from the event's end.
        .relatesTo(ICalAlarmRelatesTo.start);
    }
    for (const r of reminders) {
      // The due day itself already has its event; only earlier reminders get their own.
      if (r.date === d.date) continue;
      cal.createEvent({
        ...common,
        id: `${item.key}.remind-${r.workingDays}@${UID_DOMAIN}`,
        start: utcMidnight(r.date),
        end: utcMidnight(addDays(r.date, 1)),
        summary: `${reminderText(r.workingDays)}${item.who ? ` – ${safeText(item.who)}` : ''}`,
        description,
        categories: [{ name: 'permit' }, { name: item.procedure }, { name: 'reminder' }],
      });
    }
  }
  // Every content line ends in CRLF, the last one too (§3.1).
  return `${cal.toString()}\r\n`;
}

/** The reminders of calendar-format options: `--remind`, else 10, 5 and 1 working days. */
export function remindOf(opts: FormatOptions): readonly number[] {
  return (opts as CalendarFormatOptions).remind ?? DEFAULT_REMIND;
}

/** The working-day calendar of calendar-format options, when the command passed it. */
export function calendarOf(opts: FormatOptions): WorkCalendar | undefined {
  return (opts as CalendarFormatOptions).calendar;
}
