/**
 * The calendar file of `check --format ics`: RFC 5545 as an independent parser (ical.js) reads
 * it, round-tripped, with stable UIDs, all-day dates, and reminders on working days.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { evaluate } from '../../src/rules/evaluate.js';
import type { Plan } from '../../src/rules/plan.js';
import { reminderDates } from '../../src/report/calendar/reminders.js';
import type { PlanFormatOptions, PlanReport } from '../../src/report/plan/formats.js';
import { planToIcs } from '../../src/report/plan/ics.js';
import { repoRoot, shippedCalendar } from '../helpers/calendar.js';
import { permit } from '../helpers/cli.js';
import { shippedRules } from '../helpers/rules.js';

const cancelPlan = (eventDate: string, asOf: string): Plan =>
  evaluate({ rules: shippedRules('cancel'), facts: { reason: 'resignation', 'event-date': eventDate }, asOf: asOf as IsoDate, calendar: shippedCalendar } as Parameters<typeof evaluate>[0]);

const opts = (o: Partial<PlanFormatOptions> = {}): PlanFormatOptions => ({ lang: 'both', color: false, width: 80, brief: false, explain: false, remind: [10, 5, 1], ...o });

const report = (plan: Plan, extra: Partial<PlanReport> = {}): PlanReport => ({
  plan,
  context: { version: '0.1.0', calendar: { files: ['data/calendar/cn.yaml'], publishedThrough: 2026, replaced: [] } },
  caseId: 'li-wei',
  calendar: shippedCalendar,
  ...extra,
});

interface Parsed {
  calendar: ICAL.Component;
  events: ICAL.Component[];
}

function parse(text: string): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

const prop = (c: ICAL.Component, name: string) => c.getFirstPropertyValue(name) as unknown;
const dateOf = (c: ICAL.Component, name: string) => {
  const t = prop(c, name) as ICAL.Time;
  return { date: t.toString(), isDate: t.isDate };
};
const byUid = (p: Parsed, uid: string) => {
  const e = p.events.find((x) => prop(x, 'uid') === uid);
  if (!e) throw new Error(`no event ${uid}; have ${p.events.map((x) => prop(x, 'uid')).join(', ')}`);
  return e;
};

describe('check --format ics', () => {
  const plan = cancelPlan('2026-11-24', '2026-12-01');
  const text = planToIcs(report(plan), opts());
  const parsed = parse(text);

  it('is a VCALENDAR with VERSION 2.0, a PRODID naming permit and METHOD:PUBLISH', () => {
    expect(prop(parsed.calendar, 'version')).toBe('2.0');
    expect(prop(parsed.calendar, 'prodid')).toBe('-//permit//permit 0.1.0//EN');
    expect(prop(parsed.calendar, 'method')).toBe('PUBLISH');
  });

  it('ends every line in CRLF and folds every line at 75 octets, on character boundaries', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    // Chinese text is folded too (3 octets a character), so some continuation line holds CJK.
    expect(lines.some((l) => l.startsWith(' ') && /[\u4e00-\u9fff]/.test(l))).toBe(true);
  });

  it('writes one all-day event per deadline, DTEND the day after, DTSTAMP in UTC from the as-of date', () => {
    for (const d of plan.deadlines) {
      const e = byUid(parsed, `li-wei.cancel.${d.id}@permit.invalid`);
      expect(dateOf(e, 'dtstart')).toEqual({ date: d.date, isDate: true });
      const end = prop(e, 'dtend') as ICAL.Time;
      expect(end.isDate).toBe(true);
      expect(end.subtractDate(prop(e, 'dtstart') as ICAL.Time).toSeconds()).toBe(86400);
      const stamp = prop(e, 'dtstamp') as ICAL.Time;
      expect(stamp.isDate).toBe(false);
      expect(stamp.zone?.tzid).toBe('UTC');
      expect(stamp.toString()).toBe('2026-12-01T00:00:00Z');
    }
    expect(text).toContain('DTSTART;VALUE=DATE:20261208\r\n');
    expect(text).toContain('DTSTAMP:20261201T000000Z\r\n');
  });

  it('round-trips through ical.js: parse, write, parse again gives the same calendar', () => {
    const jcal = ICAL.parse(text);
    const again = ICAL.parse(ICAL.stringify(jcal));
    expect(again).toEqual(jcal);
    // And what comes back out is the text we meant: the escaping of ',', ';' and newlines undone.
    const e = new ICAL.Event(byUid(parsed, 'li-wei.cancel.cancel-application@permit.invalid'));
    expect(e.summary).toBe('Apply to cancel the work permit · 申请注销工作许可 – li-wei');
    expect(e.description).toContain('Plan by 2026-12-08 (Tue): due soon, 5 working days left.');
    expect(e.description).toContain('counted: 10 working days after event-date 2026-11-24, the start day not counted (Civil Code art. 201)');
    expect(e.description).toContain('\n\n申请注销工作许可\n请于2026-12-08（周二）前办理：即将到期，剩余5个工作日。');
    expect(e.description).toContain('来源：南京市科学技术局');
    expect(e.description).toMatch(/source: Nanjing Municipal Bureau of Science and Technology, .*question 6/);
  });

  it('links the source of a deadline (URL) where its address is known', () => {
    const d = plan.deadlines.find((x) => x.id === 'cancel-application');
    expect(d?.source.url).toBeDefined();
    expect(prop(byUid(parsed, 'li-wei.cancel.cancel-application@permit.invalid'), 'url')).toBe(d?.source.url);
  });

  it('reminds 5 and 1 working days before 2026-12-08 (10 would be before the as-of date): alarms and events of their own', () => {
    const e = byUid(parsed, 'li-wei.cancel.cancel-application@permit.invalid');
    const alarms = e.getAllSubcomponents('valarm');
    expect(alarms.map((a) => prop(a, 'action'))).toEqual(['DISPLAY', 'DISPLAY']);
    // 09:00 on Tue 12-01 (7 days before) and on Mon 12-07 (1 day before), counted from midnight.
    expect(alarms.map((a) => (prop(a, 'trigger') as ICAL.Duration).toSeconds())).toEqual([-(7 * 86400 - 9 * 3600), -(86400 - 9 * 3600)]);
    expect(alarms.map((a) => a.getFirstProperty('trigger')?.getParameter('related'))).toEqual(['START', 'START']);
    expect(prop(alarms[0] as ICAL.Component, 'description')).toContain('Reminder: Apply to cancel the work permit by 2026-12-08 (Tue), 5 working days left');
    expect(dateOf(byUid(parsed, 'li-wei.cancel.cancel-application.remind-5@permit.invalid'), 'dtstart')).toEqual({ date: '2026-12-01', isDate: true });
    expect(dateOf(byUid(parsed, 'li-wei.cancel.cancel-application.remind-1@permit.invalid'), 'dtstart')).toEqual({ date: '2026-12-07', isDate: true });
    expect(parsed.events.some((x) => String(prop(x, 'uid')).includes('remind-10'))).toBe(false);
  });

  it('puts an alarm on the due day itself at 09:00 for --remind 0, with no extra event', () => {
    const p = parse(planToIcs(report(plan), opts({ remind: [0] })));
    const e = byUid(p, 'li-wei.cancel.cancel-application@permit.invalid');
    const [alarm] = e.getAllSubcomponents('valarm');
    expect((prop(alarm as ICAL.Component, 'trigger') as ICAL.Duration).toSeconds()).toBe(9 * 3600);
    expect(alarm?.getFirstProperty('trigger')?.getParameter('related')).toBe('START');
    expect(p.events.some((x) => String(prop(x, 'uid')).includes('remind-'))).toBe(false);
  });

  it('keeps the UIDs when the run is repeated, and when a later as-of date moves the statuses', () => {
    expect(planToIcs(report(plan), opts())).toBe(text);
    const later = parse(planToIcs(report(cancelPlan('2026-11-24', '2026-12-04')), opts()));
    const main = (p: Parsed) => p.events.map((e) => String(prop(e, 'uid'))).filter((u) => !u.includes('.remind-'));
    expect(main(later)).toEqual(main(parsed));
    // A later export is a newer revision: SEQUENCE grows with the as-of date.
    const seq = (p: Parsed) => Number(prop(p.events[0] as ICAL.Component, 'sequence'));
    expect(seq(later)).toBeGreaterThan(seq(parsed));
  });

  it('keeps a UID when the deadline moves: the identity is case + procedure + deadline, not the date', () => {
    const moved = parse(planToIcs(report(cancelPlan('2026-11-25', '2026-12-01')), opts()));
    const e = byUid(moved, 'li-wei.cancel.cancel-application@permit.invalid');
    expect(dateOf(e, 'dtstart').date).toBe('2026-12-09');
  });

  it('writes the same bytes under any time zone of the machine', () => {
    const before = process.env.TZ;
    try {
      const out = ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'UTC'].map((tz) => {
        process.env.TZ = tz;
        return planToIcs(report(plan), opts());
      });
      expect(new Set(out).size).toBe(1);
    } finally {
      process.env.TZ = before;
    }
  });

  it('writes the summary and description in the chosen language only', () => {
    const en = new ICAL.Event(byUid(parse(planToIcs(report(plan), opts({ lang: 'en' }))), 'li-wei.cancel.cancel-application@permit.invalid'));
    expect(en.summary).toBe('Apply to cancel the work permit – li-wei');
    expect(en.description).not.toMatch(/[\u4e00-\u9fff]{2}/);
    const zh = new ICAL.Event(byUid(parse(planToIcs(report(plan), opts({ lang: 'zh' }))), 'li-wei.cancel.cancel-application@permit.invalid'));
    expect(zh.summary).toBe('申请注销工作许可 – li-wei');
    expect(zh.description.startsWith('申请注销工作许可\n请于2026-12-08（周二）前办理')).toBe(true);
    expect(zh.description).toContain('计算：');
  });

  it('marks an overdue deadline in the summary and gives it no reminders', () => {
    const late = parse(planToIcs(report(cancelPlan('2026-10-26', '2026-12-01')), opts({ lang: 'en' })));
    const e = byUid(late, 'li-wei.cancel.cancel-application@permit.invalid');
    expect(prop(e, 'summary')).toBe('Overdue: Apply to cancel the work permit – li-wei');
    expect(e.getAllSubcomponents('valarm')).toEqual([]);
    expect(late.events.some((x) => String(prop(x, 'uid')).includes('remind-'))).toBe(false);
  });

  it('names the events of a plan from flags by a digest of its facts, so two employees never share a UID', () => {
    const a = parse(planToIcs(report(plan, { caseId: undefined }), opts()));
    const b = parse(planToIcs(report(cancelPlan('2026-11-20', '2026-12-01'), { caseId: undefined }), opts()));
    const uids = (p: Parsed) => p.events.map((e) => String(prop(e, 'uid')));
    expect(uids(a)[0]).toMatch(/^plan-[0-9a-f]{12}\.cancel\.[a-z-]+@permit\.invalid$/);
    expect(uids(a).filter((u) => uids(b).includes(u))).toEqual([]);
    expect(planToIcs(report(plan, { caseId: undefined }), opts())).toBe(planToIcs(report(plan, { caseId: undefined }), opts()));
  });

  it('refuses to guess reminder dates without the working-day calendar', () => {
    expect(() => planToIcs(report(plan, { calendar: undefined }), opts())).toThrow(/working-day calendar/);
    expect(() => planToIcs(report(plan, { calendar: undefined }), opts({ remind: [] }))).not.toThrow();
  });
});

describe('reminderDates', () => {
  it('counts back across the National Day holiday on the working-day calendar (make-up days count)', () => {
    // Resignation 2025-09-26: cancellation due 2025-10-16. Working days before it: 10-15, 14, 13,
    // Sat 10-11 (make-up), 10-10, 10-09, then (10-01…08 closed) 09-30, 09-29, Sun 09-28 (make-up), 09-26.
    const plan = cancelPlan('2025-09-26', '2025-09-26');
    const d = plan.deadlines.find((x) => x.id === 'cancel-application');
    expect(d?.date).toBe('2025-10-16');
    expect(reminderDates(d as NonNullable<typeof d>, [1, 4, 5, 10], shippedCalendar, '2025-09-26' as IsoDate)).toEqual([
      { workingDays: 10, date: '2025-09-26' },
      { workingDays: 5, date: '2025-10-10' },
      { workingDays: 4, date: '2025-10-11' },
      { workingDays: 1, date: '2025-10-15' },
    ]);
  });
});

describe('the built binary', () => {
  it('check --format ics: the deadlines of the plan, with reminders on working days', () => {
    const r = permit(['check', 'cancel', '--reason', 'resignation', '--event-date', '2025-09-26', '--as-of', '2025-09-26', '--format', 'ics', '--remind', '5']);
    expect(r.code).toBe(0);
    const { events } = parse(r.stdout);
    const main = events.find((e) => String(prop(e, 'uid')).endsWith('.cancel.cancel-application@permit.invalid'));
    expect(dateOf(main as ICAL.Component, 'dtstart')).toEqual({ date: '2025-10-16', isDate: true });
    // 5 working days before 10-16 across National Day: the make-up Saturday 10-11 counts.
    const reminders = events.filter((e) => String(prop(e, 'uid')).includes('.cancel.cancel-application.remind-'));
    expect(reminders.map((e) => dateOf(e, 'dtstart').date)).toEqual(['2025-10-10']);
  });

  it('validate --format ics --remind 10,5,1: one calendar for every case, the same UIDs as agenda', () => {
    const args = [`${repoRoot}examples/cases`, '--as-of', '2026-12-01', '--format', 'ics'];
    const v = permit(['validate', ...args, '--remind', '10,5,1']);
    expect(v.code).toBe(1);
    const uids = new Set(parse(v.stdout).events.map((e) => String(prop(e, 'uid'))));
    expect(uids.has('li-wei.cancel.cancel-application@permit.invalid')).toBe(true);
    const a = permit(['agenda', ...args]);
    for (const e of parse(a.stdout).events) expect(uids.has(String(prop(e, 'uid'))), String(prop(e, 'uid'))).toBe(true);
  });
});
