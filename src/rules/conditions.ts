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
  /**
   * Set by an evaluator that changes nothing a condition reads (dates, deadlines) without
   * changing this number: named conditions are then answered once per value of it.
   */
  epoch?: number;
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

/** A condition turned into a function once, so evaluating it dispatches on nothing. */
type Compiled = (ctx: ConditionContext) => ConditionResult;

/**
 * Each condition object of a rule set is compiled on first use and kept: the same conditions are
 * evaluated for every item of every case, and dispatching on their keys (`'all' in c`, …) across
 * many object shapes was much of the evaluator's cost (npm run bench:evaluate).
 */
const compiledConditions = new WeakMap<Condition, Compiled>();

/**
 * Results of leaves whose answer depends only on one value from a small set (an enum fact, a
 * deadline status) are kept per leaf: building the same `why` again for every case was the rest
 * of it. Results are never mutated, so sharing them is safe; the cap bounds a leaf that meets
 * many values (a date).
 */
const MEMO_CAP = 32;

function rememberingBy(key: (ctx: ConditionContext) => FactValue | undefined, make: (k: FactValue | undefined, ctx: ConditionContext) => ConditionResult): Compiled {
  const seen = new Map<FactValue | undefined, ConditionResult>();
  return (ctx) => {
    const k = key(ctx);
    let r = seen.get(k);
    if (r === undefined) {
      r = make(k, ctx);
      if (seen.size < MEMO_CAP) seen.set(k, r);
    }
    return r;
  };
}

function compile(c: Condition): Compiled {
  if ('not' in c) {
    const inner = compiledOf(c.not);
    return (ctx) => {
      const r = inner(ctx);
      return { value: r.value === undefined ? undefined : !r.value, undecided: r.undecided, why: r.why };
    };
  }
  if ('all' in c || 'any' in c) {
    const isAll = 'all' in c;
    const parts = (isAll ? c.all : c.any).map(compiledOf);
    // The last combination seen: parts answer with shared results, so the next case with the same
    // answers gets the same combined result without building its `why` again.
    let lastParts: ConditionResult[] = [];
    let last: ConditionResult | undefined;
    return (ctx) => {
      const results: ConditionResult[] = [];
      for (const part of parts) {
        const r = part(ctx);
        // A decided result names no undecided facts, so the decisive part is the answer as it is.
        if (r.value === !isAll) return r;
        results.push(r);
      }
      if (last !== undefined && results.every((r, i) => r === lastParts[i])) return last;
      let open: Set<string> | undefined;
      let why: Message[] | undefined;
      for (const r of results) {
        if (r.value === undefined) {
          open ??= new Set();
          for (const f of r.undecided) open.add(f);
        } else if (r.why.length > 0) {
          why ??= [];
          for (const m of r.why) why.push(m);
        }
      }
      lastParts = results;
      last = open !== undefined ? { value: undefined, undecided: [...open], why: [] } : { value: isAll, undecided: [], why: why ?? [] };
      return last;
    };
  }
  if ('deadline' in c)
    return rememberingBy(
      (ctx) => ctx.deadlineStatus(c.deadline),
      (status) => deadlineLeaf(c, status as DeadlineStatus | undefined),
    );
  if ('compare' in c) return (ctx) => compareLeaf(c, ctx);
  if ('condition' in c) {
    let namedIn: ConditionContext['named'] | undefined;
    let target: Compiled | undefined;
    // A named condition is used by many items of one evaluation: answer it once per epoch.
    let answeredFor: ConditionContext | undefined;
    let answeredAt: number | undefined;
    let answer: ConditionResult | undefined;
    return (ctx) => {
      if (ctx.epoch !== undefined && ctx === answeredFor && ctx.epoch === answeredAt && answer) return answer;
      if (ctx.named !== namedIn || target === undefined) {
        const named = ctx.named.get(c.condition);
        if (named === undefined) throw new Error(`unknown named condition ${c.condition}`);
        namedIn = ctx.named;
        target = compiledOf(named);
      }
      answer = target(ctx);
      answeredFor = ctx;
      answeredAt = ctx.epoch;
      return answer;
    };
  }
  if (!('fact' in c)) throw new Error('not a leaf condition');
  // `passed` depends on the as-of date as well as the value.
  if ('passed' in c) return (ctx) => factLeaf(c, ctx.facts.get(c.fact), ctx);
  return rememberingBy(
    (ctx) => ctx.facts.get(c.fact),
    (actual, ctx) => factLeaf(c, actual, ctx),
  );
}

function compiledOf(c: Condition): Compiled {
  let f = compiledConditions.get(c);
  if (f === undefined) compiledConditions.set(c, (f = compile(c)));
  return f;
}

function deadlineLeaf(c: Extract<Condition, { deadline: string }>, status: DeadlineStatus | undefined): ConditionResult {
  if (status === undefined) return { value: false, undecided: [], why: [message('why.deadline-absent', { deadline: c.deadline })] };
  const hit = c.status.includes(status);
  const why = hit
    ? message('why.deadline-status', { deadline: c.deadline, status })
    : message('why.deadline-status-not', { deadline: c.deadline, status, expected: list(c.status, 'or') });
  return { value: hit, undecided: [], why: [why] };
}

function compareLeaf(c: Extract<Condition, { compare: DateRef }>, ctx: ConditionContext): ConditionResult {
  // Date comparisons are false while either date is unknown: a finding needs both dates.
  const { relation, other } = comparison(c);
  const a = ctx.resolveDate(c.compare);
  const b = ctx.resolveDate(other);
  if (a === undefined || b === undefined)
    return { value: false, undecided: [], why: [message('why.date-unknown', { fact: refName(c.compare), other: refName(other) })] };
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

function factLeaf(c: Extract<Condition, { fact: string }>, actual: FactValue | undefined, ctx: ConditionContext): ConditionResult {
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
  return c === undefined ? ALWAYS : compiledOf(c)(ctx);
}
