/**
 * The pure core: a case file in, its plans and findings out. No files, no process, no clock:
 * the catalog of rules, the calendar and the as-of date come in as the environment.
 *
 * A case holds zero or more procedures in progress; each is evaluated with the facts the case
 * gives it. The case's own blocks are watched too: a permit or residence permit expiring with no
 * extension (or cancellation) in progress, a permit that has expired.
 */
import { addMonthsClamped, daysBetween, type IsoDate } from '../calendar/isoDate.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { caseFacts } from '../cases/facts.js';
import type { CaseFile } from '../cases/read.js';
import type { Catalog, ProcedureEntry, Waiver } from '../cases/schema.js';
import type { FactValue } from '../rules/conditions.js';
import type { CalendarSources } from '../rules/coverage.js';
import { evaluate } from '../rules/evaluate.js';
import { countStart } from '../rules/format/shape.js';
import { unavailableValues } from '../rules/factChecks.js';
import type { Plan, PlanDeadline } from '../rules/plan.js';
import type { RuleSet } from '../rules/ruleSet.js';
import { DUE_SOON_WORKDAYS } from '../rules/status.js';
import { CORE_RULE_IDS, NOT_WAIVABLE, WAIVABLE_CORE } from './coreRules.js';
import type { Finding, FindingDue } from './finding.js';
import { list, message, quantity } from './message.js';

export interface CaseEnv {
  catalog: Catalog;
  calendar: WorkCalendar;
  calendarSources?: CalendarSources;
  asOf: IsoDate;
  /** Working days ahead within which a due date is due soon (default 5). */
  warnWithin?: number;
  /** Apply the case's waivers (default true; `--no-waivers` for audits). */
  waivers?: boolean;
}

/** One procedure of the case, evaluated. */
export interface CasePlan {
  procedure: string;
  /** Index in the case's `procedures:`. */
  index: number;
  plan: Plan;
}

/** A deadline the case's blocks imply with nothing in progress (the agenda lists these). */
export interface WatchedDeadline {
  procedure: string;
  deadline: PlanDeadline;
}

export interface CaseResult {
  file: string;
  caseId: string;
  name?: string;
  plans: readonly CasePlan[];
  watched: readonly WatchedDeadline[];
  /** Every finding of the case, most serious first is up to the formatter. */
  findings: readonly Finding[];
}

/** Statuses of a procedure's main deadline that make its missing documents errors. */
const PRESSING = new Set(['due-soon', 'due-today', 'past-plan-date', 'overdue']);
/** Within this many days of its expiry a waiver is itself a warning. */
const WAIVER_RUNWAY_DAYS = 14;

/** The finding's waiver key: `<procedure>/<target>` for a procedure's finding. */
export function findingTarget(f: Pick<Finding, 'procedure' | 'target'>): string {
  return f.procedure ? `${f.procedure}/${f.target ?? ''}` : (f.target ?? '');
}

/**
 * A plan's finding as a case finding: placed in the case file, under its case-wide id. Copied
 * field by field: spreading findings of many shapes was a large part of a validate run.
 */
function placed(f: Finding, where: { file: string; line: number; column: number; caseId: string }, ruleId: string): Finding {
  const out: Finding = { ruleId, severity: f.severity, message: f.message, file: where.file, line: where.line, column: where.column, caseId: where.caseId };
  if (f.action !== undefined) out.action = f.action;
  if (f.procedure !== undefined) out.procedure = f.procedure;
  if (f.target !== undefined) out.target = f.target;
  if (f.source !== undefined) out.source = f.source;
  if (f.seeAlso !== undefined) out.seeAlso = f.seeAlso;
  if (f.rule !== undefined) out.rule = f.rule;
  if (f.why !== undefined) out.why = f.why;
  if (f.due !== undefined) out.due = f.due;
  if (f.waived !== undefined) out.waived = f.waived;
  return out;
}

function due(d: PlanDeadline): FindingDue {
  return {
    date: d.date,
    legalEnd: d.legalEnd,
    daysLeft: d.daysLeft,
    ...(d.workingDaysLeft !== undefined ? { workingDaysLeft: d.workingDaysLeft } : {}),
    basis: d.basis,
  };
}

/** The statuses of a due deadline that make a finding (the rest are on track). */
const FINDING_STATUSES: ReadonlySet<string> = new Set(['overdue', 'past-plan-date', 'due-today', 'due-soon']);

/** The deadline finding of a due deadline that is not met, if its status calls for one. */
function deadlineFinding(d: PlanDeadline, base: Partial<Finding>): Finding | undefined {
  if (d.kind !== 'due' || !FINDING_STATUSES.has(d.status)) return undefined;
  const common = { ...base, target: d.id, due: due(d), source: d.source, action: d.title, rule: d.rule };
  if (d.status === 'overdue') {
    const late = quantity(-(d.workingDaysLeft ?? d.daysLeft), d.workingDaysLeft !== undefined ? 'working-day' : 'day');
    return {
      ...common,
      ruleId: 'deadline-overdue',
      severity: 'error',
      message: message('deadline.overdue', { title: d.title, legalEnd: d.legalEnd, late, basis: d.basis }),
    };
  }
  if (d.status === 'past-plan-date') {
    return {
      ...common,
      ruleId: 'deadline-due-soon',
      severity: 'warning',
      message: message('deadline.past-plan-date', {
        title: d.title,
        date: d.date,
        legalEnd: d.legalEnd,
        how: d.online ? message('deadline.file-online') : message('deadline.file-now', { legalEnd: d.legalEnd }),
      }),
    };
  }
  if (d.status === 'due-today') {
    return {
      ...common,
      ruleId: 'deadline-due-soon',
      severity: 'warning',
      message: message('deadline.due-today', { title: d.title, date: d.date, basis: d.basis }),
    };
  }
  if (d.status === 'due-soon') {
    return {
      ...common,
      ruleId: 'deadline-due-soon',
      severity: 'warning',
      message: message('deadline.due-soon', {
        title: d.title,
        date: d.date,
        left: quantity(d.workingDaysLeft ?? d.daysLeft, d.workingDaysLeft !== undefined ? 'working-day' : 'day'),
        basis: d.basis,
      }),
    };
  }
  return undefined;
}

/** Evaluates every procedure of a case and checks its documents, deadlines, blocks and waivers. */
export function evaluateCase(c: CaseFile, env: CaseEnv): CaseResult {
  const { data, file } = c;
  const caseId = data.id;
  const warnWithin = env.warnWithin ?? DUE_SOON_WORKDAYS;
  const at = (path: readonly PropertyKey[], key?: string) => {
    const { line, col } = c.locate(path, key);
    return { file, line, column: col, caseId };
  };
  const findings: Finding[] = [];
  const plans: CasePlan[] = [];
  const entries = data.procedures ?? [];

  entries.forEach((entry: ProcedureEntry, index) => {
    const rules = env.catalog.procedures.get(entry.procedure) as RuleSet;
    const where = at(['procedures', index]);
    const { facts, paths, conflicts } = caseFacts(data, rules, { value: entry, index });
    for (const k of conflicts) {
      findings.push({
        ruleId: 'case-schema',
        severity: 'error',
        message: message('case.fact-conflict', { fact: k.fact, values: list(k.values.map(String), 'and') }),
        ...at(k.paths[1] ?? k.paths[0] ?? ['procedures', index]),
        procedure: rules.procedure,
        target: k.fact,
      });
    }
    for (const u of unavailableValues(rules, facts)) {
      findings.push({
        ruleId: 'case-schema',
        severity: 'error',
        message: message('case.value-unavailable', { fact: u.fact, value: String(u.value), when: u.when, actual: u.actual }),
        ...at(paths.get(u.fact) ?? ['procedures', index]),
        procedure: rules.procedure,
        target: u.fact,
      });
      facts.delete(u.fact);
    }
    const done = new Map(Object.entries(entry.done ?? {}) as [string, IsoDate][]);
    const plan = evaluate({
      rules,
      facts,
      asOf: env.asOf,
      calendar: env.calendar,
      warnWithin,
      done,
      ...(env.calendarSources ? { calendarSources: env.calendarSources } : {}),
    });
    plans.push({ procedure: rules.procedure, index, plan });
    const base = { ...where, procedure: rules.procedure };

    for (const w of plan.warnings) {
      const core = CORE_RULE_IDS.has(w.ruleId);
      const path =
        w.ruleId === 'submission-late' || w.ruleId === 'submission-after-plan-date'
          ? entry.submitted !== undefined
            ? ['procedures', index, 'submitted']
            : ['procedures', index]
          : w.ruleId === 'document-stale' && w.target && entry.documents?.[w.target]
            ? ['procedures', index, 'documents', w.target]
            : w.target && paths.has(w.target)
              ? (paths.get(w.target) as PropertyKey[])
              : ['procedures', index];
      findings.push(placed(w, at(path), core ? w.ruleId : `${rules.procedure}/${w.ruleId}`));
    }

    const main = plan.deadlines.find((d) => d.kind === 'due' && rules.deadlines.find((r) => r.id === d.id)?.['met-by']);
    for (const d of plan.deadlines) {
      const f = deadlineFinding(d, base);
      if (f) findings.push(f);
    }
    const pressing = entry.submitted !== undefined || (main !== undefined && PRESSING.has(main.status));
    const listed = (entry.documents ?? {}) as Record<string, { status: 'ready' | 'pending'; issued?: string } | undefined>;
    const required = new Set(plan.documents.map((d) => d.id));
    for (const doc of plan.documents) {
      const state = Object.hasOwn(listed, doc.id) ? listed[doc.id] : undefined;
      if (state?.status === 'ready') continue;
      findings.push({
        ...base,
        ...(state ? at(['procedures', index, 'documents', doc.id]) : {}),
        ruleId: 'document-missing',
        severity: pressing ? 'error' : 'warning',
        message: message('document.missing', {
          title: doc.title,
          procedure: rules.title,
          state: message(state ? 'document.pending' : 'document.not-listed'),
        }),
        target: doc.id,
        source: doc.source,
        rule: doc.rule,
        action: message('document.action', { title: doc.title }),
      });
    }
    for (const id of Object.keys(listed)) {
      if (required.has(id)) continue;
      const title = rules.documents.find((d) => d.id === id)?.title ?? { en: id, zh: id };
      findings.push({
        ...base,
        ...at(['procedures', index, 'documents', id]),
        ruleId: 'document-not-required',
        severity: 'notice',
        message: message('document.not-required', { title, procedure: rules.title }),
        target: id,
      });
    }
  });

  const watched = watch(c, env, entries, findings, at);
  const waivers = env.waivers === false ? [] : (data.waivers ?? []);
  const all = waivers.length === 0 ? findings : applyWaivers(waivers, findings, env.asOf, at);
  const name = data.employee?.name;
  return {
    file,
    caseId,
    ...(name !== undefined ? { name: typeof name === 'string' ? name : name.en } : {}),
    plans,
    watched,
    findings: all,
  };
}

/** The deadlines the case's blocks imply, and the findings about permits left to expire. */
function watch(
  c: CaseFile,
  env: CaseEnv,
  entries: readonly ProcedureEntry[],
  findings: Finding[],
  at: (path: readonly PropertyKey[]) => { file: string; line: number; column: number; caseId: string },
): WatchedDeadline[] {
  const { data } = c;
  const cancelling = entries.some((e) => e.procedure === 'cancel');
  const permitExpiry = data.permit?.expiry;
  const expired = permitExpiry !== undefined && permitExpiry < env.asOf && !cancelling;
  if (expired) {
    findings.push({
      ruleId: 'permit-expired',
      severity: 'error',
      message: message('permit.expired', { expiry: permitExpiry }),
      ...at(['permit', 'expiry']),
      target: 'permit',
    });
  }
  const out: WatchedDeadline[] = [];
  for (const rules of env.catalog.procedures.values()) {
    if (!rules.watch) continue;
    const watchFacts = Object.entries(rules.watch.facts ?? {}) as [string, FactValue][];
    const inProgress = entries.some(
      (e) =>
        e.procedure === rules.procedure &&
        watchFacts.every(([k, v]) => {
          const given = (e.facts as Record<string, FactValue | undefined> | undefined)?.[k];
          const fact = rules.factsById.get(k);
          return (given ?? fact?.default) === v;
        }),
    );
    if (inProgress || cancelling) continue;
    const { facts, paths } = caseFacts(data, rules);
    for (const [k, v] of watchFacts) facts.set(k, v);
    const deadlineRule = rules.deadlines.find((d) => d.id === rules.watch?.deadline);
    const start = deadlineRule ? countStart(deadlineRule.count) : undefined;
    const startFact = start && 'fact' in start ? start.fact : undefined;
    if (startFact === undefined || !facts.has(startFact)) continue;
    let plan: Plan;
    try {
      plan = evaluate({ rules, facts, asOf: env.asOf, calendar: env.calendar, onlyDeadline: rules.watch.deadline, ...(env.warnWithin ? { warnWithin: env.warnWithin } : {}) });
    } catch {
      continue;
    }
    const d = plan.deadlines.find((x) => x.id === rules.watch?.deadline);
    if (!d) continue;
    out.push({ procedure: rules.procedure, deadline: d });
    const place = rules.factsById.get(startFact)?.case;
    const what = message(place === 'residence-permit.expiry' ? 'what.residence-permit' : 'what.work-permit');
    if (place === 'permit.expiry' && expired) continue;
    const expiry = facts.get(startFact) as IsoDate;
    const path = paths.get(startFact) ?? [];
    // A window that opened calls for a start; with no window, only a due date close at hand does.
    const open = d.opens !== undefined ? d.opens <= env.asOf : d.status === 'due-soon' || d.status === 'due-today';
    const missed = d.status === 'overdue' || d.status === 'past-plan-date';
    if (!open && !missed) continue;
    findings.push({
      ruleId: 'extension-not-started',
      severity: missed ? 'error' : 'warning',
      message: missed
        ? message('extension.missed', { what, expiry, date: d.date, procedure: rules.procedure })
        : message('extension.not-started', {
            what,
            expiry,
            opens: d.opens ?? env.asOf,
            date: d.date,
            left: quantity(d.workingDaysLeft ?? d.daysLeft, d.workingDaysLeft !== undefined ? 'working-day' : 'day'),
            procedure: rules.procedure,
          }),
      ...at(path),
      target: place === 'residence-permit.expiry' ? 'residence-permit' : 'permit',
      due: due(d),
      source: d.source,
      action: d.title,
      rule: d.rule,
    });
  }
  return out;
}

/** Marks waived findings, and reports waivers that expired, expire soon or match nothing. */
function applyWaivers(
  waivers: readonly Waiver[],
  findings: readonly Finding[],
  asOf: IsoDate,
  at: (path: readonly PropertyKey[]) => { file: string; line: number; column: number; caseId: string },
): Finding[] {
  const out = findings.map((f) => ({ ...f }));
  const extra: Finding[] = [];
  const yearAhead = addMonthsClamped(asOf, 12);
  waivers.forEach((w, j) => {
    const where = at(['waivers', j]);
    const data = { finding: w.finding, target: w.target, expires: w.expires };
    if (NOT_WAIVABLE.has(w.finding)) {
      extra.push({ ruleId: 'case-schema', severity: 'error', message: message('case.waiver-not-waivable', data), ...at(['waivers', j, 'finding']), target: 'waivers' });
      return;
    }
    if (!WAIVABLE_CORE.has(w.finding) && !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(w.finding)) {
      extra.push({ ruleId: 'case-schema', severity: 'error', message: message('case.waiver-unknown-finding', data), ...at(['waivers', j, 'finding']), target: 'waivers' });
      return;
    }
    if (w.expires > yearAhead) {
      extra.push({ ruleId: 'case-schema', severity: 'error', message: message('case.waiver-too-long', { expires: w.expires, asOf }), ...at(['waivers', j, 'expires']), target: 'waivers' });
      return;
    }
    const matches = out.filter((f) => f.ruleId === w.finding && findingTarget(f) === w.target && !f.waived);
    if (w.expires < asOf) {
      extra.push({ ruleId: 'waiver-expired', severity: 'error', message: message('waiver.expired', data), ...where, target: 'waivers' });
      return;
    }
    if (matches.length === 0) {
      extra.push({ ruleId: 'waiver-unused', severity: 'warning', message: message('waiver.unused', data), ...where, target: 'waivers' });
      return;
    }
    for (const f of matches) f.waived = { reason: w.reason, approvedBy: w['approved-by'], expires: w.expires };
    const left = daysBetween(asOf, w.expires);
    if (left <= WAIVER_RUNWAY_DAYS)
      extra.push({
        ruleId: 'waiver-expiring',
        severity: 'warning',
        message: message('waiver.expiring', { ...data, left: quantity(left, 'day') }),
        ...where,
        target: 'waivers',
      });
  });
  return [...out, ...extra];
}
