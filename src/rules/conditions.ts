/**
 * Three-valued evaluation of rule conditions: true, false, or undecided because a fact is not
 * known yet. An undecided result names the facts whose answers could still change it, which is
 * what lets the interview ask only the questions that matter.
 */
import type { Condition } from './schema.js';

export type FactValue = string | boolean;
export type FactValues = Readonly<Record<string, FactValue | undefined>>;

export interface ConditionContext {
  facts: FactValues;
  /** Status of a deadline computed earlier, or undefined when it does not apply or is unknown. */
  deadlineStatus(id: string): string | undefined;
  /** Date of a deadline computed earlier. */
  deadlineDate(id: string): string | undefined;
}

export interface ConditionResult {
  /** `undefined` when the answer depends on facts not known yet. */
  value: boolean | undefined;
  /** Unknown facts that could change the answer. */
  undecided: string[];
  /** Human-readable reasons for a decided answer, one per deciding comparison. */
  why: string[];
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function leaf(c: Condition, ctx: ConditionContext): ConditionResult {
  if ('deadline' in c) {
    const status = ctx.deadlineStatus(c.deadline);
    if (status === undefined)
      return { value: false, undecided: [], why: [`deadline ${c.deadline} does not apply`] };
    const hit = c.status.includes(status);
    return {
      value: hit,
      undecided: [],
      why: [`${c.deadline} is ${status}${hit ? '' : ` (not ${c.status.join(' or ')})`}`],
    };
  }
  if (!('fact' in c)) throw new Error('not a leaf condition');
  const actual = ctx.facts[c.fact];
  if ('before-deadline' in c || 'after-deadline' in c) {
    // Date comparisons are false while either date is unknown: a finding needs both dates.
    const before = 'before-deadline' in c;
    const other = before ? c['before-deadline'] : c['after-deadline'];
    const limit = ctx.deadlineDate(other);
    if (actual === undefined || limit === undefined) {
      return { value: false, undecided: [], why: [`${c.fact} or ${other} is not known`] };
    }
    const hit = before ? String(actual) < limit : String(actual) > limit;
    const rel = before ? 'before' : 'after';
    return {
      value: hit,
      undecided: [],
      why: [`${c.fact} ${show(actual)} is ${hit ? '' : 'not '}${rel} ${other} ${limit}`],
    };
  }
  if ('known' in c) {
    const known = actual !== undefined;
    return {
      value: known === c.known,
      undecided: [],
      why: [`${c.fact} is ${known ? `given (${show(actual)})` : 'not given'}`],
    };
  }
  if (actual === undefined) return { value: undefined, undecided: [c.fact], why: [] };
  if ('is' in c) {
    const hit = actual === c.is;
    return {
      value: hit,
      undecided: [],
      why: [`${c.fact} = ${show(actual)}${hit ? '' : ` (not ${show(c.is)})`}`],
    };
  }
  const hit = c.in.includes(actual as string);
  return {
    value: hit,
    undecided: [],
    why: [`${c.fact} = ${show(actual)} (${hit ? '' : 'not '}one of ${c.in.map(show).join(', ')})`],
  };
}

/**
 * Evaluates a condition (Kleene logic: `all` is false as soon as one part is false, even if others
 * are unknown). No condition at all means "always".
 *
 * @example
 * evaluateCondition({ fact: 'reason', in: ['death'] }, { facts: {}, deadlineStatus: () => undefined, deadlineDate: () => undefined })
 * //=> { value: undefined, undecided: ['reason'], why: [] }
 */
export function evaluateCondition(c: Condition | undefined, ctx: ConditionContext): ConditionResult {
  if (c === undefined) return { value: true, undecided: [], why: [] };
  if ('not' in c) {
    const r = evaluateCondition(c.not, ctx);
    return { value: r.value === undefined ? undefined : !r.value, undecided: r.undecided, why: r.why };
  }
  if ('all' in c || 'any' in c) {
    const isAll = 'all' in c;
    const parts = (isAll ? c.all : c.any).map((p) => evaluateCondition(p, ctx));
    const decisive = parts.filter((p) => p.value === !isAll);
    if (decisive.length > 0)
      return { value: !isAll, undecided: [], why: (decisive[0] as ConditionResult).why };
    const open = parts.filter((p) => p.value === undefined);
    if (open.length > 0)
      return { value: undefined, undecided: [...new Set(open.flatMap((p) => p.undecided))], why: [] };
    return { value: isAll, undecided: [], why: parts.flatMap((p) => p.why) };
  }
  return leaf(c, ctx);
}
