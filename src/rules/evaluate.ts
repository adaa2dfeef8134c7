/**
 * The evaluator: facts + rules + calendar + as-of date in, plan out. Pure: it reads no clock,
 * no environment and no files.
 */

import type { IsoDate } from '../calendar/isoDate.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import type { Bilingual } from '../yaml/schemaParts.js';
import { type ConditionContext, evaluateCondition, type FactValue, type FactValues } from './conditions.js';
import { applyCount, type Counted, type ResolvedStart } from './counting.js';
import type { LoadedRules } from './load.js';
import type {
  Citation,
  Condition,
  Count,
  DateRef,
  DeadlineKind,
  DeadlineRule,
  Fact,
  Note,
} from './schema.js';
import { type DeadlineStatus, deadlineStatus } from './status.js';

interface PlanItem {
  id: string;
  /** `rules/<procedure>.yaml:<line>` where the item is defined. */
  rule: string;
  source: Citation;
  seeAlso?: Citation[];
  /** Why the item applies: the deciding fact comparisons (empty = applies to every case). */
  why: string[];
}

export interface PlanDocument extends PlanItem {
  title: Bilingual;
  notes: Bilingual[];
}

export interface PlanAlternative {
  id: string;
  reading: Bilingual;
  date: IsoDate;
  basis: string;
  source: Citation;
}

export interface PlanDeadline extends PlanItem {
  kind: DeadlineKind;
  title: Bilingual;
  date: IsoDate;
  opens?: IsoDate;
  basis: string;
  status: DeadlineStatus;
  notes: Bilingual[];
  /** Other readings of the law that give a different date, stated beside the default. */
  alternatives: PlanAlternative[];
  /** Years whose holiday schedule is unknown and that this date was computed across. */
  provisionalYears: number[];
}

export interface PlanStep extends PlanItem {
  title: Bilingual;
  notes: Bilingual[];
  deadline?: string;
}

export interface PlanWarning extends PlanItem {
  level: 'error' | 'warning' | 'info';
  message: Bilingual;
}

export interface Assumption {
  fact: string;
  value: FactValue;
}

/** A fact the plan needs but does not have, and which items it would decide. */
export interface OpenQuestion {
  fact: string;
  affects: string[];
}

export interface Plan {
  procedure: string;
  title: Bilingual;
  asOf: IsoDate;
  facts: Record<string, FactValue>;
  assumptions: Assumption[];
  documents: PlanDocument[];
  deadlines: PlanDeadline[];
  steps: PlanStep[];
  warnings: PlanWarning[];
  /** Facts still unknown whose answers could change the plan; empty when the plan is complete. */
  openQuestions: OpenQuestion[];
}

export interface EvaluateInput {
  rules: LoadedRules;
  facts: FactValues;
  asOf: IsoDate;
  calendar: WorkCalendar;
  /** Where the calendar came from, cited by calendar-coverage warnings. */
  calendarSource?: string;
  /** Apply fact defaults (true for answers; false to see which defaulted facts matter). */
  useDefaults?: boolean;
}

const CALENDAR_CITATION = (file: string): Citation => ({
  doc: file,
  ref: 'State Council holiday notices by year',
  checked: '2026-11-22' as IsoDate,
});

/** The `calendar-coverage` warning, when any date was computed across an unpublished year. */
function coverageWarning(deadlines: PlanDeadline[], calendarFile: string): PlanWarning | undefined {
  const affected = deadlines.filter((d) => d.provisionalYears.length > 0);
  if (affected.length === 0) return undefined;
  const years = [...new Set(affected.flatMap((d) => d.provisionalYears))].sort().join(', ');
  return {
    id: 'calendar-coverage',
    level: 'warning',
    message: {
      en: `Dates across ${years} are provisional: the State Council has not published the holiday arrangement for ${years}. The statutory holidays fixed by law are closed, but bridge days and weekend make-up working days are not known yet, so a date may still move. Re-check once the arrangement is published (affects: ${affected.map((d) => d.id).join(', ')}).`,
      zh: `${years}年的日期为临时结果：国务院尚未公布${years}年放假安排。法定节假日已计为休息日，但调休放假日和周末调休上班日尚不确定，日期仍可能变动；公布后请复核。`,
    },
    rule: calendarFile,
    source: CALENDAR_CITATION(calendarFile),
    seeAlso: [{ law: 'National Holiday Measures (全国年节及纪念日放假办法)', ref: 'art. 2 (2024 revision)', checked: '2026-11-22' as IsoDate }],
    why: [`computed across ${years}`],
  };
}

/** Replaces `{{deadline-id}}` in a message with that deadline's date, e.g. the day a certificate went stale. */
function fillDates(message: Bilingual, deadlines: ReadonlyMap<string, PlanDeadline>): Bilingual {
  const fill = (t: string) =>
    t.replace(/\{\{([a-z0-9-]+)\}\}/g, (m, id: string) => deadlines.get(id)?.date ?? m);
  return { en: fill(message.en), zh: fill(message.zh) };
}

/** The deadline itself or the first of its cases that holds; undecided while a case's condition is. */
function pickCase(
  d: DeadlineRule,
  ctx: ConditionContext,
): {
  variant: Pick<DeadlineRule, 'count' | 'opens' | 'alternatives' | 'source'>;
  why: string[];
  undecided: string[];
} {
  for (const k of d.cases ?? []) {
    const r = evaluateCondition(k.when, ctx);
    if (r.value === undefined) return { variant: d, why: [], undecided: r.undecided };
    if (r.value) return { variant: k, why: r.why, undecided: [] };
  }
  return { variant: d, why: [], undecided: [] };
}

/** Evaluates one procedure's rules for a case. */
export function evaluate(input: EvaluateInput): Plan {
  const { rules, calendar: cal, asOf } = input;
  const useDefaults = input.useDefaults ?? true;
  const facts: Record<string, FactValue | undefined> = { ...input.facts };
  const defaulted: Fact[] = [];
  if (useDefaults) {
    for (const f of rules.facts) {
      if (facts[f.id] !== undefined || f.default === undefined) continue;
      facts[f.id] = f.default;
      defaulted.push(f);
    }
  }

  const open = new Map<string, Set<string>>();
  const needs = (fact: string, item: string) => {
    if (!open.has(fact)) open.set(fact, new Set());
    open.get(fact)?.add(item);
  };
  const deadlines = new Map<string, PlanDeadline>();
  const ctx: ConditionContext = {
    facts,
    deadlineStatus: (id) => deadlines.get(id)?.status,
    deadlineDate: (id) => deadlines.get(id)?.date,
  };

  /** Evaluates an item's `when`; records what an undecided one is waiting for. */
  const applies = (id: string, when: Condition | undefined): string[] | undefined => {
    const r = evaluateCondition(when, ctx);
    if (r.value === undefined) for (const f of r.undecided) needs(f, id);
    return r.value === true ? r.why : undefined;
  };
  const notesFor = (notes: Note[] | undefined): Bilingual[] =>
    (notes ?? [])
      .filter((n) => evaluateCondition(n.when, ctx).value === true)
      .map(({ en, zh }) => ({ en, zh }));

  const resolve = (ref: DateRef, item: string, missing: string[]): ResolvedStart | undefined => {
    if ('deadline' in ref) {
      const d = deadlines.get(ref.deadline);
      return d ? { date: d.date, label: ref.deadline } : undefined;
    }
    const v = facts[ref.fact];
    if (typeof v === 'string') return { date: v as IsoDate, label: ref.fact };
    if (ref.else) {
      const r = resolve(ref.else, item, missing);
      return r && { ...r, label: `${r.label}, assumed because ${ref.fact} is not given` };
    }
    missing.push(ref.fact);
    return undefined;
  };
  const count = (c: Count, item: string, missing: string[]): Counted | undefined => {
    const start = resolve('after' in c ? c.after : c.before, item, missing);
    return start && applyCount(cal, c, start);
  };

  const planDeadlines: PlanDeadline[] = [];
  for (const d of rules.deadlines) {
    const why = applies(d.id, d.when);
    if (!why) continue;
    const picked = pickCase(d, ctx);
    if (picked.undecided.length > 0) {
      for (const f of picked.undecided) needs(f, d.id);
      continue;
    }
    const variant = picked.variant;
    const missing: string[] = [];
    const main = count(variant.count, d.id, missing);
    const opens = variant.opens ? count(variant.opens, d.id, missing) : undefined;
    if (!main || (variant.opens && !opens)) {
      for (const f of missing) needs(f, d.id);
      continue;
    }
    const alternatives: PlanAlternative[] = [];
    for (const a of variant.alternatives ?? []) {
      if (evaluateCondition(a.when, ctx).value !== true) continue;
      const alt = count(a.count, d.id, []);
      if (alt && alt.date !== main.date) {
        alternatives.push({
          id: a.id,
          reading: a.reading,
          date: alt.date,
          basis: alt.basis,
          source: a.source,
        });
      }
    }
    const spans = [main.span, opens?.span].filter((x): x is [IsoDate, IsoDate] => x !== undefined);
    const planned: PlanDeadline = {
      id: d.id,
      kind: d.kind,
      title: d.title,
      date: main.date,
      ...(opens ? { opens: opens.date } : {}),
      basis: opens ? `${main.basis}. Window opens: ${opens.basis}` : main.basis,
      status: deadlineStatus(cal, d.kind, main.date, asOf, opens?.date),
      notes: notesFor(d.notes),
      alternatives,
      provisionalYears: [...new Set(spans.flatMap(([a, b]) => cal.uncoveredYears(a, b)))].sort(),
      rule: rules.locations.get(d.id) ?? rules.file,
      source: variant.source,
      ...(d['see-also'] ? { seeAlso: d['see-also'] } : {}),
      why: [...why, ...picked.why],
    };
    deadlines.set(d.id, planned);
    planDeadlines.push(planned);
  }

  const base = (
    item: { id: string; source: Citation; 'see-also'?: Citation[] | undefined },
    why: string[],
  ) => ({
    id: item.id,
    rule: rules.locations.get(item.id) ?? rules.file,
    source: item.source,
    ...(item['see-also'] ? { seeAlso: item['see-also'] } : {}),
    why,
  });

  const documents: PlanDocument[] = [];
  for (const doc of rules.documents) {
    const why = applies(doc.id, doc.when);
    if (why) documents.push({ ...base(doc, why), title: doc.title, notes: notesFor(doc.notes) });
  }
  const steps: PlanStep[] = [];
  for (const s of rules.steps) {
    const why = applies(s.id, s.when);
    if (!why) continue;
    const linked = s.deadline && deadlines.has(s.deadline) ? { deadline: s.deadline } : {};
    steps.push({ ...base(s, why), title: s.title, notes: notesFor(s.notes), ...linked });
  }
  const warnings: PlanWarning[] = [];
  for (const w of rules.warnings) {
    const why = applies(w.id, w.when);
    if (why) warnings.push({ ...base(w, why), level: w.level, message: fillDates(w.message, deadlines) });
  }

  const coverage = coverageWarning(planDeadlines, input.calendarSource ?? 'data/calendar/cn.yaml');
  if (coverage) warnings.unshift(coverage);

  // A default is worth reporting only where the question would have been asked.
  const assumptions: Assumption[] = defaulted
    .filter((f) => evaluateCondition(f['ask-when'], ctx).value !== false)
    .map((f) => ({ fact: f.id, value: f.default as FactValue }));
  const resolvedFacts: Record<string, FactValue> = {};
  for (const [k, v] of Object.entries(facts)) if (v !== undefined) resolvedFacts[k] = v;
  return {
    procedure: rules.procedure,
    title: rules.title,
    asOf,
    facts: resolvedFacts,
    assumptions,
    documents,
    deadlines: planDeadlines,
    steps,
    warnings,
    openQuestions: rules.facts
      .filter((f) => open.has(f.id))
      .map((f) => ({ fact: f.id, affects: [...(open.get(f.id) ?? [])] })),
  };
}
