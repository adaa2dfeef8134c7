/**
 * Facts checked against their declarations before and after evaluation: undeclared facts and
 * values are refused outright (a caller's mistake), and dates that cannot be true (a birth date
 * in the future, a submission before the event) become findings that name the fact.
 */
import { addMonthsClamped, type IsoDate } from '../calendar/isoDate.js';
import type { Finding } from '../core/finding.js';
import { message, type Text } from '../core/message.js';
import { type ConditionContext, evaluateCondition, type FactValue, type FactValues } from './conditions.js';
import type { Condition } from './format/condition.js';
import type { DateRef } from './format/dateRef.js';
import type { RuleSet } from './ruleSet.js';

/** Facts given that the rule file does not declare, or values it does not allow. */
export class InvalidFactsError extends Error {
  override name = 'InvalidFactsError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
  }
}

/** How far back a `past` date (a birth date) may plausibly lie. */
const PAST_LIMIT_YEARS = 120;

/**
 * The given facts as a Map, refusing any fact the rule file does not declare and any value of
 * the wrong type or outside an enum. Reads only own properties of a plain record.
 */
export function checkedFacts(
  rules: RuleSet,
  given: FactValues | Readonly<Record<string, FactValue>>,
): Map<string, FactValue> {
  const entries = given instanceof Map ? [...given] : Object.entries(given);
  const problems: string[] = [];
  const out = new Map<string, FactValue>();
  for (const [id, value] of entries) {
    if (value === undefined) continue;
    const fact = rules.factsById.get(id);
    if (!fact) {
      problems.push(`"${id}" is not a fact of ${rules.procedure}`);
      continue;
    }
    const ok =
      fact.type === 'boolean'
        ? typeof value === 'boolean'
        : fact.type === 'date'
          ? typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
          : (fact.values ?? []).some((v) => String(v.value) === String(value));
    if (!ok) problems.push(`${JSON.stringify(value)} is not a value of ${id}`);
    else out.set(id, value);
  }
  for (const u of unavailableValues(rules, out))
    problems.push(`${JSON.stringify(u.value)} is a value of ${u.fact} only when ${u.when}; here ${u.actual}`);
  if (problems.length > 0) throw new InvalidFactsError(problems);
  return out;
}

/**
 * Enum values given where their own `when` does not hold (a Beijing district for a Nanjing
 * employer). Values are offered by condition; one given outside it is refused.
 */
export function unavailableValues(
  rules: RuleSet,
  facts: FactValues,
): UnavailableValue[] {
  const out: UnavailableValue[] = [];
  // Judged with the defaults of the facts not given (no city given means the default city).
  const withDefaults = new Map(facts);
  for (const f of rules.facts) if (!withDefaults.has(f.id) && f.default !== undefined) withDefaults.set(f.id, f.default);
  const ctx: ConditionContext = {
    facts: withDefaults,
    asOf: '9999-12-31' as IsoDate,
    named: rules.named,
    deadlineStatus: () => undefined,
    resolveDate: () => undefined,
  };
  for (const fact of rules.facts) {
    const v = facts.get(fact.id);
    const declared = v === undefined ? undefined : fact.values?.find((x) => String(x.value) === String(v));
    if (!declared?.when || v === undefined) continue;
    if (evaluateCondition(declared.when, ctx).value === false)
      out.push({ fact: fact.id, value: v, when: describeWhen(declared.when), actual: describeActual(declared.when, facts, withDefaults) });
  }
  return out;
}

export interface UnavailableValue {
  fact: string;
  value: FactValue;
  /** The condition the value needs, e.g. `city is nanjing`. */
  when: string;
  /** What holds instead, e.g. `city is other (its default)`, so the fix is plain. */
  actual: string;
}

function describeActual(c: Condition, given: FactValues, withDefaults: FactValues): string {
  if (!('fact' in c)) return 'it does not hold';
  const v = withDefaults.get(c.fact);
  if (v === undefined) return `${c.fact} is not given`;
  return `${c.fact} is ${String(v)}${given.has(c.fact) ? '' : ' (its default)'}`;
}

function describeWhen(c: Condition): string {
  if ('fact' in c && 'is' in c) return `${c.fact} is ${String(c.is)}`;
  if ('fact' in c && 'in' in c) return `${c.fact} is one of ${c.in.join(', ')}`;
  return 'its condition holds';
}

function invalid(rules: RuleSet, fact: string, text: Text, id = 'fact-invalid'): Finding {
  return { ruleId: id, severity: 'error', message: text, procedure: rules.procedure, target: fact };
}

/** Date facts outside their plausible range (`range:` of the declaration). */
export function rangeProblems(rules: RuleSet, facts: FactValues, asOf: IsoDate): Finding[] {
  const out: Finding[] = [];
  for (const fact of rules.facts) {
    const v = facts.get(fact.id);
    if (fact.type !== 'date' || typeof v !== 'string' || !fact.range || fact.range === 'any') continue;
    const date = v as IsoDate;
    if (fact.range === 'past') {
      if (date > asOf) out.push(invalid(rules, fact.id, message('fact.in-future', { fact: fact.id, date, asOf })));
      else if (date < addMonthsClamped(asOf, -12 * PAST_LIMIT_YEARS))
        out.push(
          invalid(rules, fact.id, message('fact.implausible-past', { fact: fact.id, date, asOf, years: PAST_LIMIT_YEARS })),
        );
    } else if (date > addMonthsClamped(asOf, 12)) {
      out.push(invalid(rules, fact.id, message('fact.too-far-ahead', { fact: fact.id, date, asOf })));
    }
  }
  return out;
}

const refName = (r: DateRef): string =>
  'fact' in r ? r.fact : 'deadline' in r ? r.deadline : 'date' in r ? r.date : 'as-of' in r ? 'as-of' : 'later-of';

/**
 * Facts that precede a date they must not precede (`not-before:`), judged with the dates of an
 * evaluation that used them; each problem names the fact.
 */
export function orderProblems(
  rules: RuleSet,
  facts: FactValues,
  resolveDate: (ref: DateRef) => IsoDate | undefined,
): Finding[] {
  const out: Finding[] = [];
  for (const fact of rules.facts) {
    const v = facts.get(fact.id);
    if (fact.type !== 'date' || typeof v !== 'string') continue;
    for (const rule of fact['not-before'] ?? []) {
      const limit = resolveDate(rule.date);
      if (limit === undefined || v >= limit) continue;
      const text =
        rule.message ??
        message('fact.before-other', { fact: fact.id, date: v, other: refName(rule.date), otherDate: limit });
      const finding = invalid(rules, fact.id, text, rule.id);
      out.push(rule.source ? { ...finding, source: rule.source } : finding);
      break;
    }
  }
  return out;
}
