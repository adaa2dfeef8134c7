/**
 * The JSON report: one object per run. Its shape is a public contract (see README, "JSON output");
 * add fields, never rename or remove them.
 */
import type { Plan } from '../rules/evaluate.js';

export function planToJson(plan: Plan): object {
  return {
    procedure: plan.procedure,
    title: plan.title,
    asOf: plan.asOf,
    facts: plan.facts,
    assumptions: plan.assumptions,
    deadlines: plan.deadlines.map((d) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      date: d.date,
      ...(d.opens ? { opens: d.opens } : {}),
      basis: d.basis,
      status: d.status,
      source: d.source,
      ...(d.seeAlso ? { seeAlso: d.seeAlso } : {}),
      notes: d.notes,
      alternatives: d.alternatives,
      provisional: d.provisionalYears.length > 0,
      rule: d.rule,
      why: d.why,
    })),
    documents: plan.documents.map((d) => ({
      id: d.id,
      title: d.title,
      notes: d.notes,
      source: d.source,
      ...(d.seeAlso ? { seeAlso: d.seeAlso } : {}),
      rule: d.rule,
      why: d.why,
    })),
    steps: plan.steps.map((s) => ({
      id: s.id,
      title: s.title,
      notes: s.notes,
      ...(s.deadline ? { deadline: s.deadline } : {}),
      source: s.source,
      rule: s.rule,
      why: s.why,
    })),
    warnings: plan.warnings.map((w) => ({
      id: w.id,
      level: w.level,
      message: w.message.en,
      messageZh: w.message.zh,
      source: w.source,
      rule: w.rule,
      why: w.why,
    })),
  };
}
