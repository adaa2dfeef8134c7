/** `permit agenda --format ics`: the agenda's lines as all-day events, with reminders (../calendar/ics.ts). */
import type { WorkCalendar } from '../../calendar/workCalendar.js';
import { message } from '../../core/message.js';
import type { LangChoice } from '../../core/vocabulary.js';
import { buildIcs } from '../calendar/ics.js';
import type { Agenda } from './model.js';

/** The agenda as a calendar file: its lines as all-day events, with reminders. */
export function agendaToIcs(
  a: Agenda,
  opts: { lang: LangChoice; version: string; remind: readonly number[]; calendar: WorkCalendar },
): string {
  return buildIcs(
    a.items.map((i) => ({
      key: i.key,
      procedure: i.procedure,
      deadline: i.deadline,
      who: i.name ?? i.caseId,
      caseLine: `${i.caseId} · ${i.file}`,
      watched: i.watched,
    })),
    { lang: opts.lang, version: opts.version, asOf: a.asOf, name: message('calendar.name-agenda'), remind: opts.remind, calendar: opts.calendar },
  );
}
