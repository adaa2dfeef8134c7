/**
 * `permit validate --format ics`: every case's deadlines as one calendar file (the plans of its
 * procedures in progress, and the extension dates its expiries imply), with reminders N working
 * days before each due date. See ../calendar/ics.ts.
 */
import { message } from '../../core/message.js';
import { buildIcs, calendarOf, type IcsDeadline, remindOf } from '../calendar/ics.js';
import { procedureKeys } from '../calendar/keys.js';
import type { ValidateFormatter } from './formatter.js';

export const icsFormat: ValidateFormatter = {
  needsPlans: true,
  tail(run, opts) {
    const items: IcsDeadline[] = [];
    for (const f of run.files) {
      if (f.caseId === undefined || f.plans === undefined) continue;
      const who = { who: f.name ?? f.caseId, caseLine: `${f.caseId} · ${f.file}` };
      const keys = procedureKeys(f.plans);
      for (const p of f.plans)
        for (const deadline of p.plan.deadlines)
          items.push({ key: `${f.caseId}.${keys.get(p.index) ?? p.procedure}.${deadline.id}`, procedure: p.procedure, deadline, ...who });
      for (const w of f.watched ?? [])
        items.push({ key: `${f.caseId}.${w.procedure}.${w.deadline.id}`, procedure: w.procedure, deadline: w.deadline, watched: true, ...who });
    }
    return buildIcs(items, {
      lang: opts.lang,
      version: run.header.version,
      asOf: run.header.asOf,
      name: message('calendar.name'),
      remind: remindOf(opts),
      calendar: calendarOf(opts),
    });
  },
};
