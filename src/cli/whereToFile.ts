/**
 * Where to file a plan, when the employer's city (the fact a rule file finds at `employer.city`)
 * has office data: the JSON answer and the text, rendered in the plan's languages and width.
 * Shared by `check` and `interview`; the offices module is loaded only when there is a city.
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { LangChoice } from '../core/vocabulary.js';
import type { Plan } from '../rules/plan.js';
import type { RuleSet } from '../rules/ruleSet.js';
import type { CliContext } from './context.js';

export interface WhereToFile {
  json: Record<string, unknown>;
  text: (opts: { color: boolean; lang: LangChoice; width: number }) => string;
}

export async function whereToFile(ctx: CliContext, rules: RuleSet, plan: Plan, asOf: IsoDate): Promise<WhereToFile | undefined> {
  const cityFact = rules.facts.find((f) => f.case === 'employer.city');
  const districtFact = rules.facts.find((f) => f.case === 'employer.district');
  const city = cityFact ? plan.facts[cityFact.id] : undefined;
  if (typeof city !== 'string') return undefined;
  const offices = await ctx.data.offices();
  if (!offices.cities.some((c) => c.id === city)) return undefined;
  const district = districtFact ? plan.facts[districtFact.id] : undefined;
  const { answerWhere, answerToJson, answerToText } = await import('../offices/report.js');
  const answer = answerWhere(offices, city, typeof district === 'string' ? district : undefined, asOf);
  return {
    json: answerToJson(answer) as Record<string, unknown>,
    text: (opts) => answerToText(answer, opts),
  };
}
