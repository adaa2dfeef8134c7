/**
 * The agenda: what to do across every case, by date. A line is a due deadline not met yet (of a
 * procedure in progress), or a deadline a case's permit or residence permit implies with nothing
 * in progress (the extension to apply for); dated within the next N days, or already past. The
 * earliest dates, the ends of periods and the estimates of a plan are not things to do, so they
 * are not on it.
 */
import { addDays, type IsoDate } from '../../calendar/isoDate.js';
import type { Finding } from '../../core/finding.js';
import type { PlanDeadline } from '../../rules/plan.js';
import type { ValidateRun } from '../../validate/run.js';
import { procedureKeys } from '../calendar/keys.js';
import { isOpenDue } from '../calendar/words.js';

export interface AgendaItem {
  caseId: string;
  name?: string;
  file: string;
  procedure: string;
  /** Index of the procedure in the case's `procedures:` (absent for a watched deadline). */
  index?: number;
  deadline: PlanDeadline;
  /** Implied by the case's expiries: the case has no such procedure in progress. */
  watched: boolean;
  /** `<case>.<procedure>.<deadline>`: the calendar event's stable identity. */
  key: string;
}

/** A file the agenda could not use, and why (its first error finding). */
export interface AgendaSkipped {
  file: string;
  finding: Finding;
}

export interface Agenda {
  asOf: IsoDate;
  /** Calendar days ahead the agenda looks. */
  within: number;
  /** The last day it covers: the as-of date plus `within` days. */
  through: IsoDate;
  /** By date, then case, procedure and deadline; what is overdue comes first by its earlier date. */
  items: readonly AgendaItem[];
  skipped: readonly AgendaSkipped[];
}

function compare(a: AgendaItem, b: AgendaItem): number {
  const by = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    by(a.deadline.date, b.deadline.date) ||
    by(a.deadline.legalEnd, b.deadline.legalEnd) ||
    by(a.caseId, b.caseId) ||
    by(a.procedure, b.procedure) ||
    (a.index ?? -1) - (b.index ?? -1) ||
    by(a.deadline.id, b.deadline.id)
  );
}

/**
 * The agenda of a run checked with its plans kept (checkFile's `keepPlans`).
 *
 * @example
 * buildAgenda(run, 30).items.map((i) => `${i.deadline.date} ${i.caseId} ${i.deadline.id}`)
 * //=> ['2026-11-30 maria-garcia residence-permit-change', '2026-12-04 li-wei residence-permit-change', …]
 */
export function buildAgenda(run: ValidateRun, within: number): Agenda {
  const asOf = run.header.asOf;
  const through = addDays(asOf, within);
  const items: AgendaItem[] = [];
  const skipped: AgendaSkipped[] = [];
  for (const f of run.files) {
    // A file that is not a readable case has no plans: the agenda cannot speak for it.
    if (f.caseId === undefined || f.plans === undefined) {
      const finding = f.findings.find((x) => x.severity === 'error') ?? f.findings[0];
      if (finding) skipped.push({ file: f.file, finding });
      continue;
    }
    const caseId = f.caseId;
    const who = { caseId, file: f.file, ...(f.name !== undefined ? { name: f.name } : {}) };
    const keys = procedureKeys(f.plans);
    for (const p of f.plans)
      for (const d of p.plan.deadlines)
        if (isOpenDue(d) && d.date <= through)
          items.push({ ...who, procedure: p.procedure, index: p.index, deadline: d, watched: false, key: `${caseId}.${keys.get(p.index) ?? p.procedure}.${d.id}` });
    for (const w of f.watched ?? [])
      if (isOpenDue(w.deadline) && w.deadline.date <= through)
        items.push({ ...who, procedure: w.procedure, deadline: w.deadline, watched: true, key: `${caseId}.${w.procedure}.${w.deadline.id}` });
  }
  return { asOf, within, through, items: items.sort(compare), skipped };
}

/** How many of the items are overdue (past the legal end). */
export const overdueCount = (a: Agenda): number => a.items.filter((i) => i.deadline.status === 'overdue').length;

