/**
 * `validate --format ics` and `agenda --format ics` over examples/cases: one calendar for every
 * case, read back by ical.js, with UIDs that are the same in both files for the same deadline.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agendaToIcs } from '../../src/report/agenda/ics.js';
import { buildAgenda } from '../../src/report/agenda/model.js';
import type { CalendarFormatOptions } from '../../src/report/calendar/ics.js';
import { icsFormat } from '../../src/report/validate/ics.js';
import { shippedCalendar } from '../helpers/calendar.js';
import { exampleRun } from '../fixtures/validate/exampleRun.js';


const uids = (text: string) =>
  new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')));

const fmt = (o: Partial<CalendarFormatOptions> = {}): CalendarFormatOptions => ({ lang: 'en', color: false, width: 100, calendar: shippedCalendar, remind: [10, 5, 1], ...o });

describe('validate --format ics', () => {
  it('needs the plans', () => {
    expect(icsFormat.needsPlans).toBe(true);
  });

  it('has an event for every deadline of every case, watched ones included, each UID once', async () => {
    const run = await exampleRun();
    const text = icsFormat.tail(run, fmt());
    const all = uids(text);
    expect(new Set(all).size).toBe(all.length);
    const main = all.filter((u) => !u.includes('.remind-'));
    const expected = run.files.flatMap((f) => [
      ...(f.plans ?? []).flatMap((p) => p.plan.deadlines.map((d) => `${f.caseId}.${p.procedure}.${d.id}@permit.invalid`)),
      ...(f.watched ?? []).map((w) => `${f.caseId}.${w.procedure}.${w.deadline.id}@permit.invalid`),
    ]);
    expect(main.sort()).toEqual(expected.sort());
    expect(main).toContain('kenji-tanaka.extend.extension-application@permit.invalid');
    expect(main).toContain('kenji-tanaka.residence.residence-permit-extension@permit.invalid');
    // The same run twice gives the same bytes.
    expect(icsFormat.tail(await exampleRun(), fmt())).toBe(text);
  });

  it('says a watched deadline follows from the case file, in the description', async () => {
    const text = icsFormat.tail(await exampleRun(), fmt());
    const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const kenji = cal.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('uid') === 'kenji-tanaka.extend.extension-application@permit.invalid');
    const ev = new ICAL.Event(kenji);
    expect(ev.summary).toBe('Apply online to extend the work permit – Kenji Tanaka');
    expect(ev.description).toContain('The case has no extend procedure in progress');
    expect(ev.description).toContain('case: kenji-tanaka · examples/cases/kenji-tanaka.yaml · extend/extension-application');
  });

  it('uses the same UIDs as the agenda for the same deadlines, so both files update one event', async () => {
    const run = await exampleRun();
    const agenda = uids(agendaToIcs(buildAgenda(run, 60), { lang: 'en', version: '0.1.0', remind: [10, 5, 1], calendar: shippedCalendar }));
    const all = new Set(uids(icsFormat.tail(run, fmt())));
    expect(agenda.length).toBeGreaterThan(8);
    for (const u of agenda) expect(all.has(u), u).toBe(true);
  });

  it('cannot place reminders without the working-day calendar in its options (validate.ts must pass it)', async () => {
    const run = await exampleRun();
    expect(() => icsFormat.tail(run, fmt({ calendar: undefined }))).toThrow(/working-day calendar/);
  });
});

