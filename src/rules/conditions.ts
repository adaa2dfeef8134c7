/**
 * Three-valued evaluation of rule conditions: true, false, or undecided because a fact is not
 * known yet. An undecided result names the facts whose answers could still change it, which is
 * what lets the interview ask only the questions that matter.
 */
import type { IsoDate } from '../calendar/isoDate.js';
import { list, type Message, message } from '../core/message.js';
import { type Condition, comparison, type DateRef, type DateRelation, type DeadlineStatus } from './format/shape.js';

export type FactValue = string | boolean;
/** Facts by id. A Map, so that a fact id such as `constructor` is never found on a prototype. */
export type FactValues = ReadonlyMap<string, FactValue>;

export interface ConditionContext {
  facts: FactValues;
  asOf: IsoDate;
  /** The file's named conditions. */
  named: ReadonlyMap<string, Condition>;
  /** Status of a deadline computed earlier, or undefined when it does not apply or is unknown. */
  deadlineStatus(id: string): DeadlineStatus | undefined;
  /** A date a `compare` condition names, or undefined while it is unknown. */
  resolveDate(ref: DateRef): IsoDate | undefined;
}

export interface ConditionResult {
  /** `undefined` when the answer depends on facts not known yet. */
  value: boolean | undefined;
  /** Unknown facts that could change the answer. */
  undecided: readonly string[];
  /** Why a decided answer holds, one message per deciding comparison. */
  why: readonly Message[];
}

const ALWAYS: ConditionResult = { value: true, undecided: [], why: [] };
const shown = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

const RELATION_HOLDS: Record<DateRelation, (a: IsoDate, b: IsoDate) => boolean> = {
  before: (a, b) => a < b,
  after: (a, b) => a > b,
  'on-or-before': (a, b) => a <= b,
  'on-or-after': (a, b) => a >= b,
};
const NEGATED: Record<DateRelation, string> = {
  before: 'relation.not-before',
  after: 'relation.not-after',
  'on-or-before': 'relation.after',
  'on-or-after': 'relation.before',
};
const refName = (r: DateRef): string =>
  'fact' in r ? r.fact : 'deadline' in r ? r.deadline : 'date' in r ? r.date : 'as-of' in r ? 'as-of' : 'later-of';

function leaf(c: Condition, ctx: ConditionContext): ConditionResult {
  if ('deadline' in c) {
    const status = ctx.deadlineStatus(c.deadline);
    if (status === undefined)
      return { value: false, undecided: [], why: [message('why.deadline-absent', { deadline: c.deadline })] };
    const hit = c.status.includes(status);
    const why = hit
      ? message('why.deadline-status', { deadline: c.deadline, status })
      : message('why.deadline-status-not', { deadline: c.deadline, status, expected: list(c.status, 'or') });
    return { value: hit, undecided: [], why: [why] };
  }
  if ('compare' in c) {
    // Date comparisons are false while either date is unknown: a finding needs both dates.
    const { relation, other } = comparison(c);
    const a = ctx.resolveDate(c.compare);
    const b = ctx.resolveDate(other);
    if (a === undefined || b === undefined) {
      return {
        value: false,
        undecided: [],
        why: [message('why.date-unknown', { fact: refName(c.compare), other: refName(other) })],
      };
    }
    const hit = RELATION_HOLDS[relation](a, b);
    return {
      value: hit,
      undecided: [],
      why: [
        message('why.date-compared', {
          fact: refName(c.compare),
          value: a,
          relation: message(hit ? `relation.${relation}` : NEGATED[relation]),
          other: refName(other),
          date: b,
        }),
      ],
    };
  }
  if ('condition' in c) {
    const named = ctx.named.get(c.condition);
    if (named === undefined) throw new Error(`unknown named condition ${c.condition}`);
    return evaluateCondition(named, ctx);
  }
  if (!('fact' in c)) throw new Error('not a leaf condition');
  const actual = ctx.facts.get(c.fact);
  if ('known' in c) {
    const known = actual !== undefined;
    return {
      value: known === c.known,
      undecided: [],
      why: [
        known
          ? message('why.known', { fact: c.fact, value: shown(actual) })
          : message('why.not-known', { fact: c.fact }),
      ],
    };
  }
  if (actual === undefined) return { value: undefined, undecided: [c.fact], why: [] };
  if ('passed' in c) {
    const passed = String(actual) < ctx.asOf;
    const data = { fact: c.fact, value: shown(actual), asOf: ctx.asOf };
    return {
      value: passed === c.passed,
      undecided: [],
      why: [message(passed ? 'why.passed' : 'why.not-passed', data)],
    };
  }
  if ('is' in c) {
    const hit = actual === c.is;
    const why = hit
      ? message('why.is', { fact: c.fact, value: shown(actual) })
      : message('why.is-not', { fact: c.fact, value: shown(actual), expected: shown(c.is) });
    return { value: hit, undecided: [], why: [why] };
  }
  const hit = c.in.includes(actual as string);
  const data = { fact: c.fact, value: shown(actual), values: list(c.in.map(shown), 'or') };
  return { value: hit, undecided: [], why: [message(hit ? 'why.in' : 'why.not-in', data)] };
}

/**
 * Evaluates a condition (Kleene logic: `all` is false as soon as one part is false, even if others
 * are unknown). No condition at all means "always".
 *
 * @example
 * evaluateCondition({ fact: 'reason', in: ['death'] }, ctxWithNoFacts)
 * //=> { value: undefined, undecided: ['reason'], why: [] }
 */
export function evaluateCondition(c: Condition | undefined, ctx: ConditionContext): ConditionResult {
  if (c === undefined) return ALWAYS;
  if ('not' in c) {
    const r = evaluateCondition(c.not, ctx);
    return { value: r.value === undefined ? undefined : !r.value, undecided: r.undecided, why: r.why };
  }
  if ('all' in c || 'any' in c) {
    const isAll = 'all' in c;
    const parts = (isAll ? c.all : c.any).map((p) => evaluateCondition(p, ctx));
    const decisive = parts.find((p) => p.value === !isAll);
    if (decisive) return { value: !isAll, undecided: [], why: decisive.why };
    const open = parts.filter((p) => p.value === undefined);
    if (open.length > 0)
      return { value: undefined, undecided: [...new Set(open.flatMap((p) => p.undecided))], why: [] };
    return { value: isAll, undecided: [], why: parts.flatMap((p) => p.why) };
  }
  return leaf(c, ctx);
}
