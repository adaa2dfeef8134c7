/**
 * The JSON report of one plan (`permit/plan@1`, see ./planSchema.ts): plain data, every text in
 * both languages, dates as YYYY-MM-DD.
 */
import type { Finding } from '../core/finding.js';
import { render, renderBoth } from '../core/render.js';
import type { Plan } from '../rules/plan.js';
import type { ResolvedCitation } from '../sources/registry.js';
import type { PlanJson } from './planSchema.js';

/** What a plan report says besides the plan: the tool, the calendar, where to file. */
export interface PlanContext {
  version: string;
  calendar: PlanJson['calendar'];
  whereToFile?: Record<string, unknown>;
}

const LEVEL: Record<Finding['severity'], 'error' | 'warning' | 'info'> = {
  error: 'error',
  warning: 'warning',
  notice: 'info',
};

export function planToJson(plan: Plan, ctx: PlanContext): PlanJson {
  const en = (t: Parameters<typeof render>[0]) => render(t, 'en');
  const why = (list: readonly Parameters<typeof render>[0][]) => list.map(en);
  const seeAlso = (x: { seeAlso?: readonly ResolvedCitation[] | undefined }) => (x.seeAlso ? { seeAlso: [...x.seeAlso] } : {});
  const notes = (list: Plan['documents'][number]['notes']) => list.map((n) => ({ id: n.id, en: n.text.en, zh: n.text.zh }));
  return {
    schema: 'permit/plan@1',
    tool: { name: 'permit', version: ctx.version },
    procedure: plan.procedure,
    title: plan.title,
    asOf: plan.asOf,
    calendar: ctx.calendar,
    facts: { ...plan.facts },
    assumptions: plan.assumptions.map((a) => ({ fact: a.fact, value: a.value, kind: a.kind, text: renderBoth(a.text) })),
    deadlines: plan.deadlines.map((d) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      date: d.date,
      legalEnd: d.legalEnd,
      ...(d.opens ? { opens: d.opens } : {}),
      basis: render(d.basis, 'en'),
      basisZh: render(d.basis, 'zh'),
      status: d.status,
      ...(d.met ? { met: { ...d.met } } : {}),
      daysLeft: d.daysLeft,
      ...(d.workingDaysLeft !== undefined ? { workingDaysLeft: d.workingDaysLeft } : {}),
      online: d.online,
      source: d.source,
      ...seeAlso(d),
      notes: notes(d.notes),
      alternatives: d.alternatives.map((a) => ({
        id: a.id,
        reading: a.reading,
        date: a.date,
        basis: render(a.basis, 'en'),
        basisZh: render(a.basis, 'zh'),
        source: a.source,
        provisional: a.provisionalYears.length > 0,
      })),
      provisional: d.provisionalYears.length > 0,
      provisionalYears: [...d.provisionalYears],
      rule: d.rule,
      why: why(d.why),
    })),
    documents: plan.documents.map((d) => ({
      id: d.id,
      title: d.title,
      notes: notes(d.notes),
      ...(d.validity
        ? {
            validity: {
              lastValidDay: d.validity.lastValidDay,
              testedOn: d.validity.testedOn,
              stale: d.validity.stale,
              basis: renderBoth(d.validity.basis),
            },
          }
        : {}),
      source: d.source,
      ...seeAlso(d),
      rule: d.rule,
      why: why(d.why),
    })),
    steps: plan.steps.map((s) => ({
      id: s.id,
      title: s.title,
      notes: notes(s.notes),
      ...(s.deadline ? { deadline: s.deadline } : {}),
      source: s.source,
      ...seeAlso(s),
      rule: s.rule,
      why: why(s.why),
    })),
    warnings: plan.warnings.map((w) => ({
      id: w.ruleId,
      level: LEVEL[w.severity],
      message: render(w.message, 'en'),
      messageZh: render(w.message, 'zh'),
      ...(w.target ? { target: w.target } : {}),
      ...(w.source ? { source: w.source } : {}),
      ...(w.seeAlso ? { seeAlso: [...w.seeAlso] } : {}),
      ...(w.rule ? { rule: w.rule } : {}),
      why: why(w.why ?? []),
    })),
    ...(ctx.whereToFile ? { whereToFile: ctx.whereToFile } : {}),
  };
}
