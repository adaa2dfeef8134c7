/**
 * The evaluator: rules + facts + calendar + as-of date in, plan out. Pure: it reads no clock, no
 * environment and no files, and the same input always gives the same plan.
 */
import { daysBetween, type IsoDate } from '../calendar/isoDate.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import type { Finding } from '../core/finding.js';
import { type Message, message } from '../core/message.js';
import type { Bilingual } from '../core/vocabulary.js';
import type { ResolvedCitation } from '../sources/registry.js';
import { type ConditionContext, evaluateCondition, type FactValue, type FactValues } from './conditions.js';
import { applyCount, type Counted, type ResolvedStart } from './counting.js';
import { type CalendarSources, coverageFinding, type ProvisionalDate } from './coverage.js';
import { checkedFacts, orderProblems, rangeProblems } from './factChecks.js';
import type { Condition } from './format/condition.js';
import type { Count } from './format/count.js';
import { countStart } from './format/shape.js';
import type { DateRef } from './format/dateRef.js';
import type { Note } from './format/items.js';
import type {
  Assumption,
  OpenQuestion,
  Plan,
  PlanAlternative,
  PlanDeadline,
  PlanDocument,
  PlanItem,
  PlanMet,
  PlanNote,
  PlanStep,
} from './plan.js';
import { type DeadlineItem, ruleLocation, type RuleSet } from './ruleSet.js';
import { DUE_SOON_WORKDAYS, deadlineStatus } from './status.js';
import { documentValidity } from './validity.js';

export interface EvaluateInput {
  rules: RuleSet;
  /** The facts given; each must be declared by the rule file, with a value it allows. */
  facts: FactValues | Readonly<Record<string, FactValue>>;
  asOf: IsoDate;
  calendar: WorkCalendar;
  /** Working days ahead within which a due date is `due-soon` (default 5). */
  warnWithin?: number;
  /** Deadlines recorded as met, by id (a case file's `done:`). */
  done?: ReadonlyMap<string, IsoDate>;
  /** What the calendar rests on, cited by the calendar-coverage finding. */
  calendarSources?: CalendarSources;
  /**
   * Only this deadline and the deadlines it is counted from or conditioned on, without documents,
   * steps, warnings or notes: what a watched deadline (the extension window of a case with
   * nothing in progress) needs, at a fraction of the cost.
   */
  onlyDeadline?: string;
}

const needed = new WeakMap<RuleSet, Map<string, ReadonlySet<string>>>();

/** The deadline `id` and every deadline it refers to, directly or through named conditions. */
function deadlinesNeededFor(rules: RuleSet, id: string): ReadonlySet<string> {
  let byId = needed.get(rules);
  if (!byId) needed.set(rules, (byId = new Map()));
  const known = byId.get(id);
  if (known) return known;
  const out = new Set<string>();
  const seenNamed = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) visit(x);
    else if (typeof v === 'object' && v !== null)
      for (const [k, x] of Object.entries(v)) {
        if (k === 'deadline' && typeof x === 'string') add(x);
        else if (k === 'condition' && typeof x === 'string' && !seenNamed.has(x)) {
          seenNamed.add(x);
          visit(rules.named.get(x));
        } else visit(x);
      }
  };
  const add = (d: string) => {
    if (out.has(d)) return;
    out.add(d);
    visit(rules.deadlines.find((x) => x.id === d));
  };
  add(id);
  byId.set(id, out);
  return out;
}

/**
 * Evaluates one procedure's rules for a case. Facts whose dates cannot be true are reported as
 * findings and left out, so that no date is computed from them.
 *
 * @example
 * evaluate({ rules: cancel, facts: { reason: 'resignation', 'event-date': '2025-09-26' }, asOf: '2025-09-26', calendar })
 *   .deadlines.find((d) => d.id === 'cancel-application')?.date
 * //=> '2025-10-16'
 */
export function evaluate(input: EvaluateInput): Plan {
  const given = checkedFacts(input.rules, input.facts);
  const problems = rangeProblems(input.rules, given, input.asOf);
  for (const p of problems) if (p.target) given.delete(p.target);
  const first = evaluateOnce(input, given, problems);
  // A fact that precedes a date it must follow (a notice before the earliest day) is dropped and
  // the plan made again without it, so nothing is computed from it.
  const order = orderProblems(input.rules, given, first.resolveDate);
  if (order.length === 0) return first.plan;
  for (const p of order) if (p.target) given.delete(p.target);
  return evaluateOnce(input, given, [...problems, ...order]).plan;
}

/**
 * The facts worth asking about a case, in the order the rules declare them: every fact whose
 * answer could still change the plan, defaulted ones included (a default is only a guess). The
 * interview asks these; `evaluate` itself always applies the defaults.
 */
export function questions(input: EvaluateInput): readonly OpenQuestion[] {
  const given = checkedFacts(input.rules, input.facts);
  return evaluateOnce(input, given, [], false).plan.openQuestions;
}

function evaluateOnce(
  input: EvaluateInput,
  given: ReadonlyMap<string, FactValue>,
  factFindings: readonly Finding[],
  applyDefaults = true,
): { plan: Plan; resolveDate: (ref: DateRef) => IsoDate | undefined } {
  const { rules, calendar: cal, asOf } = input;
  const warnWithin = input.warnWithin ?? DUE_SOON_WORKDAYS;
  const facts = new Map(given);
  const defaulted: string[] = [];
  for (const f of rules.facts) {
    if (!applyDefaults || facts.has(f.id) || f.default === undefined) continue;
    facts.set(f.id, f.default);
    defaulted.push(f.id);
  }

  const open = new Map<string, Set<string>>();
  const needs = (fact: string, item: string) => {
    let items = open.get(fact);
    if (!items) open.set(fact, (items = new Set()));
    items.add(item);
  };
  const deadlines = new Map<string, PlanDeadline>();
  const dates = new Map<string, IsoDate>();
  const planned = new Map<string, Assumption>();

  const resolve = (ref: DateRef, missing: string[]): ResolvedStart | undefined => {
    if ('fact' in ref) {
      const v = facts.get(ref.fact);
      if (typeof v === 'string') return { date: v as IsoDate, label: message('count.start', { fact: ref.fact, date: v }) };
      if (ref.else) {
        const r = resolve(ref.else, missing);
        if (!r) return undefined;
        if (!planned.has(ref.fact)) {
          planned.set(ref.fact, {
            fact: ref.fact,
            value: r.date,
            kind: 'planned',
            text: message('assumption.planned', { fact: ref.fact, date: r.date, from: r.label }),
          });
        }
        return { date: r.date, label: message('count.start-assumed', { start: r.label, fact: ref.fact }) };
      }
      missing.push(ref.fact);
      return undefined;
    }
    if ('deadline' in ref) {
      const d = deadlines.get(ref.deadline);
      return d && { date: d.date, label: message('count.start', { fact: ref.deadline, date: d.date }) };
    }
    if ('date' in ref) {
      const d = dates.get(ref.date);
      return d === undefined ? undefined : { date: d, label: message('count.start', { fact: ref.date, date: d }) };
    }
    if ('as-of' in ref) return { date: asOf, label: message('count.as-of', { date: asOf }) };
    let latest: ResolvedStart | undefined;
    for (const part of ref['later-of']) {
      const r = resolve(part, missing);
      if (!r) return undefined;
      if (!latest || r.date > latest.date) latest = r;
    }
    return latest;
  };
  const resolveDate = (ref: DateRef) => resolve(ref, [])?.date;

  const ctx: ConditionContext = {
    facts,
    asOf,
    named: rules.named,
    deadlineStatus: (id) => deadlines.get(id)?.status,
    resolveDate,
    // Advanced whenever a date or deadline is added: conditions may read them.
    epoch: 0,
  };

  /** Evaluates an item's `when`; records what an undecided one is waiting for. */
  const applies = (id: string, when: Condition | undefined): readonly Message[] | undefined => {
    const r = evaluateCondition(when, ctx);
    if (r.value === undefined) for (const f of r.undecided) needs(f, id);
    return r.value === true ? r.why : undefined;
  };
  const notesFor = (notes: readonly Note[] | undefined): PlanNote[] =>
    (input.onlyDeadline !== undefined ? [] : (notes ?? []))
      .filter((n) => evaluateCondition(n.when, ctx).value === true)
      .map((n) => ({ id: n.id, text: { en: n.en, zh: n.zh } }));
  const count = (c: Count, missing: string[]): Counted | undefined => {
    const start = resolve(countStart(c), missing);
    return start && applyCount(cal, c, start);
  };
  // Plan items are built as plain literals, not by spreading: spreads of objects of varying
  // shape were a quarter of the evaluator's time (npm run bench:evaluate).
  const base = (
    item: { id: string; source: ResolvedCitation; 'see-also'?: readonly ResolvedCitation[] | undefined },
    why: readonly Message[],
  ): PlanItem => {
    const b: PlanItem = { id: item.id, rule: ruleLocation(rules, item.id), source: item.source, why };
    if (item['see-also']) b.seeAlso = item['see-also'];
    return b;
  };

  for (const d of rules.dates ?? []) {
    if (!applies(d.id, d.when)) continue;
    const missing: string[] = [];
    const counted = count(d.count, missing);
    if (counted) {
      dates.set(d.id, counted.date);
      ctx.epoch = (ctx.epoch ?? 0) + 1;
    }
    else for (const f of missing) needs(f, d.id);
  }

  const findings: Finding[] = [...factFindings];
  const provisional: ProvisionalDate[] = [];
  const planDeadlines: PlanDeadline[] = [];
  const only = input.onlyDeadline === undefined ? undefined : deadlinesNeededFor(rules, input.onlyDeadline);
  for (const d of rules.deadlines) {
    if (only && !only.has(d.id)) continue;
    const why = applies(d.id, d.when);
    if (!why) continue;
    const picked = pickCase(d, ctx);
    if (picked.undecided.length > 0) {
      for (const f of picked.undecided) needs(f, d.id);
      continue;
    }
    const variant = picked.variant;
    const missing: string[] = [];
    const main = count(variant.count, missing);
    const opens = variant.opens ? count(variant.opens, missing) : undefined;
    if (!main || (variant.opens && !opens)) {
      for (const f of missing) needs(f, d.id);
      continue;
    }
    const alternatives: PlanAlternative[] = [];
    for (const a of variant.alternatives ?? []) {
      if (evaluateCondition(a.when, ctx).value !== true) continue;
      const alt = count(a.count, []);
      if (!alt || alt.date === main.date) continue;
      const years = alt.span ? cal.uncoveredYears(alt.span[0], alt.span[1]) : [];
      if (alt.span && years.length > 0)
        provisional.push({ label: `${d.id} (alternative ${a.id})`, years, span: alt.span });
      alternatives.push({
        id: a.id,
        reading: a.reading,
        date: alt.date,
        basis: alt.basis,
        source: a.source,
        provisionalYears: years,
      });
    }
    const years = new Set<number>();
    for (const counted of [main, opens]) {
      if (!counted?.span) continue;
      const crossed = cal.uncoveredYears(counted.span[0], counted.span[1]);
      if (crossed.length === 0) continue;
      for (const y of crossed) years.add(y);
      provisional.push({ label: d.id, years: crossed, span: counted.span });
    }

    const met = metBy(d, facts, input.done);
    const judged = met && judgeMet(rules, d, met, main, opens?.date);
    if (judged?.finding) findings.push(judged.finding);
    const isMet = judged?.met === true;
    const planned = base({ id: d.id, source: variant.source, 'see-also': d['see-also'] }, picked.why.length > 0 ? [...why, ...picked.why] : why) as PlanDeadline;
    planned.kind = d.kind;
    planned.title = d.title;
    planned.date = main.date;
    planned.legalEnd = main.legalEnd;
    if (opens) planned.opens = opens.date;
    planned.basis = opens ? message('count.with-window', { basis: main.basis, opens: opens.basis }) : main.basis;
    planned.status = deadlineStatus(cal, { kind: d.kind, date: main.date, legalEnd: main.legalEnd, opens: opens?.date, met: isMet, asOf, warnWithin });
    if (isMet && met) planned.met = met;
    planned.daysLeft = daysBetween(asOf, main.date);
    if (cal.contains(asOf) && cal.contains(main.date)) planned.workingDaysLeft = cal.workdaysBetween(asOf, main.date);
    planned.online = d.online === true;
    planned.notes = notesFor(d.notes);
    planned.alternatives = alternatives;
    planned.provisionalYears = years.size === 0 ? [] : [...years].sort((a, b) => a - b);
    deadlines.set(d.id, planned);
    ctx.epoch = (ctx.epoch ?? 0) + 1;
    planDeadlines.push(planned);
  }

  const documents: PlanDocument[] = [];
  for (const doc of input.onlyDeadline !== undefined ? [] : rules.documents) {
    const why = applies(doc.id, doc.when);
    if (!why) continue;
    const rule = doc['valid-for'];
    const validity =
      rule &&
      documentValidity(rule, {
        from: 'from' in rule ? resolveDate(rule.from) : undefined,
        until: 'until' in rule ? resolveDate(rule.until) : undefined,
        testedOn: resolveDate(rule['tested-on']),
      });
    const planned = base(doc, why) as PlanDocument;
    planned.title = doc.title;
    planned.notes = notesFor(doc.notes);
    if (validity) planned.validity = validity;
    documents.push(planned);
    if (validity?.stale) {
      findings.push({
        ruleId: 'document-stale',
        severity: 'error',
        message: message('document.stale', {
          title: doc.title,
          testedOn: validity.testedOn,
          rule: validity.basis,
          validUntil: validity.lastValidDay,
        }),
        procedure: rules.procedure,
        target: doc.id,
        source: doc.source,
        rule: ruleLocation(rules, doc.id),
        why,
      });
    }
  }

  const steps: PlanStep[] = [];
  for (const s of input.onlyDeadline !== undefined ? [] : rules.steps) {
    const why = applies(s.id, s.when);
    if (!why) continue;
    const step = base(s, why) as PlanStep;
    step.title = s.title;
    step.notes = notesFor(s.notes);
    if (s.deadline && deadlines.has(s.deadline)) step.deadline = s.deadline;
    steps.push(step);
  }

  const warnings: Finding[] = [];
  const coverage = coverageFinding(rules, cal, provisional, input.calendarSources);
  if (coverage) warnings.push(coverage);
  warnings.push(...findings);
  for (const w of input.onlyDeadline !== undefined ? [] : rules.warnings) {
    const why = applies(w.id, w.when);
    if (!why) continue;
    const b = base(w, why);
    warnings.push({
      ruleId: w.id,
      severity: w.level === 'info' ? 'notice' : w.level,
      message: fillDates(w.message, deadlines),
      procedure: rules.procedure,
      target: w.id,
      source: b.source,
      ...(b.seeAlso ? { seeAlso: b.seeAlso } : {}),
      rule: b.rule,
      why,
    });
  }

  // A default is worth reporting only where the question would have been asked.
  const assumptions: Assumption[] = [];
  for (const id of defaulted) {
    const f = rules.factsById.get(id);
    if (!f || evaluateCondition(f['ask-when'], ctx).value === false) continue;
    const value = f.default as FactValue;
    assumptions.push({ fact: id, value, kind: 'default', text: message('assumption.default', { fact: id, value: String(value) }) });
  }
  assumptions.push(...planned.values());

  const openQuestions: OpenQuestion[] = rules.facts
    .filter((f) => open.has(f.id))
    .map((f) => ({ fact: f.id, affects: [...(open.get(f.id) ?? [])] }));
  return {
    plan: {
      procedure: rules.procedure,
      title: rules.title,
      asOf,
      facts: Object.fromEntries(facts),
      assumptions,
      documents,
      deadlines: planDeadlines,
      steps,
      warnings,
      openQuestions,
    },
    resolveDate,
  };
}

/** The deadline itself or the first of its cases that holds; undecided while a case's condition is. */
function pickCase(d: DeadlineItem, ctx: ConditionContext) {
  for (const k of d.cases ?? []) {
    const r = evaluateCondition(k.when, ctx);
    if (r.value === undefined) return { variant: d, why: [] as readonly Message[], undecided: r.undecided };
    if (r.value) return { variant: k, why: r.why, undecided: [] as readonly string[] };
  }
  return { variant: d, why: [] as readonly Message[], undecided: [] as readonly string[] };
}

/** The date a deadline was met on, if the case records one: `done` first, then its `met-by` fact. */
function metBy(d: DeadlineItem, facts: FactValues, done: ReadonlyMap<string, IsoDate> | undefined): PlanMet | undefined {
  const recorded = done?.get(d.id);
  if (recorded !== undefined) return { on: recorded, by: 'done' };
  const fact = d['met-by'];
  const v = fact === undefined ? undefined : facts.get(fact);
  return typeof v === 'string' && fact !== undefined ? { on: v as IsoDate, by: 'fact', fact } : undefined;
}

/**
 * Whether a recorded date meets the deadline: not before its window opens and not after its
 * legal end. A date after the plan-by date but within the legal period meets it, with a notice.
 */
function judgeMet(
  rules: RuleSet,
  d: DeadlineItem,
  met: PlanMet,
  main: Counted,
  opens: IsoDate | undefined,
): { met: boolean; finding?: Finding } {
  const where = {
    procedure: rules.procedure,
    target: d.id,
    source: d.source,
    rule: ruleLocation(rules, d.id),
  };
  const title: Bilingual = d.title;
  if (met.on > main.legalEnd) {
    return {
      met: false,
      finding: {
        ruleId: 'submission-late',
        severity: 'error',
        message: message('submission.late', {
          submitted: met.on,
          deadline: title,
          legalEnd: main.legalEnd,
          advice: message('submission.late-advice'),
        }),
        ...where,
      },
    };
  }
  if (opens !== undefined && met.on < opens) {
    return {
      met: false,
      finding: {
        ruleId: 'submission-late',
        severity: 'error',
        message: message('submission.early', { submitted: met.on, deadline: title, opens }),
        ...where,
      },
    };
  }
  if (met.on > main.date) {
    return {
      met: true,
      finding: {
        ruleId: 'submission-after-plan-date',
        severity: 'notice',
        message: message('submission.after-plan-date', { submitted: met.on, date: main.date, legalEnd: main.legalEnd }),
        ...where,
      },
    };
  }
  return { met: true };
}

/** Replaces `{{deadline-id}}` in a message with that deadline's date, e.g. the day a certificate went stale. */
function fillDates(text: Bilingual, deadlines: ReadonlyMap<string, PlanDeadline>): Bilingual {
  if (!text.en.includes('{{') && !text.zh.includes('{{')) return text;
  const fill = (t: string) => (t.includes('{{') ? t.replace(/\{\{([a-z0-9-]+)\}\}/g, (m, id: string) => deadlines.get(id)?.date ?? m) : t);
  return { en: fill(text.en), zh: fill(text.zh) };
}
