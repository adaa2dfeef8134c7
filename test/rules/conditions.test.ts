/**
 * Three-valued conditions: each leaf's value, the facts an undecided answer waits for, and the
 * why-messages (ids and data) that explain a decided one; Kleene logic for all / any / not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { list, message } from '../../src/core/message.js';
import { type ConditionContext, evaluateCondition, type FactValue } from '../../src/rules/conditions.js';
import type { Condition, DateRef, DeadlineStatus } from '../../src/rules/format/shape.js';

const AS_OF = '2026-03-10' as IsoDate;

function context(
  facts: Record<string, FactValue>,
  extra: {
    statuses?: Record<string, DeadlineStatus>;
    dates?: Record<string, string>;
    named?: Record<string, Condition>;
  } = {},
): ConditionContext {
  return {
    facts: new Map(Object.entries(facts)),
    asOf: AS_OF,
    named: new Map(Object.entries(extra.named ?? {})),
    deadlineStatus: (id) => extra.statuses?.[id],
    // A date ref resolves through the table by its kind and id; unknown ones stay undefined.
    resolveDate: (ref: DateRef) => {
      const key =
        'fact' in ref ? `fact:${ref.fact}` : 'deadline' in ref ? `deadline:${ref.deadline}` : 'date' in ref ? `date:${ref.date}` : 'as-of' in ref ? 'as-of' : 'later-of';
      return extra.dates?.[key] as IsoDate | undefined;
    },
  };
}

const T: Condition = { fact: 'reason', is: 'death' }; // true with reason = death
const F: Condition = { fact: 'reason', is: 'resignation' }; // false with reason = death
const U: Condition = { fact: 'city', is: 'nanjing' }; // undecided: city unknown
const U2: Condition = { fact: 'category', in: ['A'] }; // undecided: category unknown
const facts = { reason: 'death' };
const whyT = message('why.is', { fact: 'reason', value: 'death' });
const whyF = message('why.is-not', { fact: 'reason', value: 'death', expected: 'resignation' });

describe('evaluateCondition: fact leaves', () => {
  it('holds always when there is no condition', () => {
    expect(evaluateCondition(undefined, context({}))).toEqual({ value: true, undecided: [], why: [] });
  });

  it.each([
    ['is, matching', { fact: 'reason', is: 'death' }, { reason: 'death' }, true, message('why.is', { fact: 'reason', value: 'death' })],
    [
      'is, not matching',
      { fact: 'reason', is: 'death' },
      { reason: 'resignation' },
      false,
      message('why.is-not', { fact: 'reason', value: 'resignation', expected: 'death' }),
    ],
    ['is true on a boolean', { fact: 'married', is: true }, { married: true }, true, message('why.is', { fact: 'married', value: 'true' })],
    [
      'is true on a false boolean',
      { fact: 'married', is: true },
      { married: false },
      false,
      message('why.is-not', { fact: 'married', value: 'false', expected: 'true' }),
    ],
    [
      'in, matching',
      { fact: 'reason', in: ['death', 'incapacity'] },
      { reason: 'incapacity' },
      true,
      message('why.in', { fact: 'reason', value: 'incapacity', values: list(['death', 'incapacity'], 'or') }),
    ],
    [
      'in, not matching',
      { fact: 'reason', in: ['death', 'incapacity'] },
      { reason: 'resignation' },
      false,
      message('why.not-in', { fact: 'reason', value: 'resignation', values: list(['death', 'incapacity'], 'or') }),
    ],
    ['known: true, given', { fact: 'birth-date', known: true }, { 'birth-date': '1980-01-01' }, true, message('why.known', { fact: 'birth-date', value: '1980-01-01' })],
    ['known: true, given as a boolean', { fact: 'married', known: true }, { married: false }, true, message('why.known', { fact: 'married', value: 'false' })],
    ['known: true, not given', { fact: 'birth-date', known: true }, {}, false, message('why.not-known', { fact: 'birth-date' })],
    ['known: false, not given', { fact: 'birth-date', known: false }, {}, true, message('why.not-known', { fact: 'birth-date' })],
    ['known: false, given', { fact: 'birth-date', known: false }, { 'birth-date': '1980-01-01' }, false, message('why.known', { fact: 'birth-date', value: '1980-01-01' })],
    [
      'passed: true, the day before the as-of date',
      { fact: 'expiry', passed: true },
      { expiry: '2026-03-09' },
      true,
      message('why.passed', { fact: 'expiry', value: '2026-03-09', asOf: AS_OF }),
    ],
    [
      'passed: true, on the as-of date (not passed yet)',
      { fact: 'expiry', passed: true },
      { expiry: '2026-03-10' },
      false,
      message('why.not-passed', { fact: 'expiry', value: '2026-03-10', asOf: AS_OF }),
    ],
    [
      'passed: false, the day after',
      { fact: 'expiry', passed: false },
      { expiry: '2026-03-11' },
      true,
      message('why.not-passed', { fact: 'expiry', value: '2026-03-11', asOf: AS_OF }),
    ],
    [
      'passed: false, the day before',
      { fact: 'expiry', passed: false },
      { expiry: '2026-03-09' },
      false,
      message('why.passed', { fact: 'expiry', value: '2026-03-09', asOf: AS_OF }),
    ],
  ] as const)('%s', (_name, c, given, value, why) => {
    expect(evaluateCondition(c as Condition, context(given))).toEqual({ value, undecided: [], why: [why] });
  });

  it.each([
    { fact: 'reason', is: 'death' },
    { fact: 'reason', in: ['death'] },
    { fact: 'expiry', passed: true },
  ] as Condition[])('is undecided while the fact is unknown: %j', (c) => {
    expect(evaluateCondition(c, context({ other: 'x' }))).toEqual({
      value: undefined,
      undecided: ['fact' in c ? c.fact : ''],
      why: [],
    });
  });

  it('compares values strictly: the text "true" is not the boolean true', () => {
    expect(evaluateCondition({ fact: 'married', is: true }, context({ married: 'true' })).value).toBe(false);
  });

  it('finds no fact on the prototype of a plain object', () => {
    expect(evaluateCondition({ fact: 'constructor', known: true }, context({})).value).toBe(false);
  });

  it('refuses a leaf it does not know', () => {
    expect(() => evaluateCondition({} as Condition, context({}))).toThrow('not a leaf condition');
  });
});

describe('evaluateCondition: deadline statuses', () => {
  const ctx = context({}, { statuses: { apply: 'overdue' } });
  it('holds when the deadline has one of the statuses', () => {
    expect(evaluateCondition({ deadline: 'apply', status: ['due-soon', 'overdue'] }, ctx)).toEqual({
      value: true,
      undecided: [],
      why: [message('why.deadline-status', { deadline: 'apply', status: 'overdue' })],
    });
  });
  it('does not hold when it has another status, and says which were expected', () => {
    expect(evaluateCondition({ deadline: 'apply', status: ['upcoming', 'due-soon'] }, ctx)).toEqual({
      value: false,
      undecided: [],
      why: [message('why.deadline-status-not', { deadline: 'apply', status: 'overdue', expected: list(['upcoming', 'due-soon'], 'or') })],
    });
  });
  it('does not hold, and is not undecided, when the deadline is absent', () => {
    expect(evaluateCondition({ deadline: 'other', status: ['overdue'] }, ctx)).toEqual({
      value: false,
      undecided: [],
      why: [message('why.deadline-absent', { deadline: 'other' })],
    });
  });
});

describe('evaluateCondition: date comparisons', () => {
  const a = { fact: 'submitted' } as const;
  const b = { deadline: 'apply' } as const;
  const at = (x: string, y: string) => context({}, { dates: { 'fact:submitted': x, 'deadline:apply': y } });
  const compared = (value: string, relation: string, date: string) =>
    message('why.date-compared', { fact: 'submitted', value, relation: message(relation), other: 'apply', date });

  // Each relation on the day before, the same day and the day after, with the relation its
  // why-message states: the relation itself when it holds, its negation when it does not.
  it.each([
    ['before', '2026-03-09', true, 'relation.before'],
    ['before', '2026-03-10', false, 'relation.not-before'],
    ['before', '2026-03-11', false, 'relation.not-before'],
    ['after', '2026-03-09', false, 'relation.not-after'],
    ['after', '2026-03-10', false, 'relation.not-after'],
    ['after', '2026-03-11', true, 'relation.after'],
    ['on-or-before', '2026-03-09', true, 'relation.on-or-before'],
    ['on-or-before', '2026-03-10', true, 'relation.on-or-before'],
    ['on-or-before', '2026-03-11', false, 'relation.after'],
    ['on-or-after', '2026-03-09', false, 'relation.before'],
    ['on-or-after', '2026-03-10', true, 'relation.on-or-after'],
    ['on-or-after', '2026-03-11', true, 'relation.on-or-after'],
  ] as const)('submitted %s apply, submitted %s and apply 2026-03-10: %s', (relation, date, value, stated) => {
    expect(evaluateCondition({ compare: a, [relation]: b } as Condition, at(date, '2026-03-10'))).toEqual({
      value,
      undecided: [],
      why: [compared(date, stated, '2026-03-10')],
    });
  });

  it.each([
    [{ fact: 'submitted' }, 'submitted'],
    [{ deadline: 'apply' }, 'apply'],
    [{ date: 'birthday' }, 'birthday'],
    [{ 'as-of': true }, 'as-of'],
    [{ 'later-of': [{ fact: 'x' }, { fact: 'y' }] }, 'later-of'],
  ] as [DateRef, string][])('is false, not undecided, while a date is unknown, naming it: %j', (ref, name) => {
    const r = evaluateCondition({ compare: ref, before: { fact: 'expiry' } }, context({}));
    expect(r).toEqual({ value: false, undecided: [], why: [message('why.date-unknown', { fact: name, other: 'expiry' })] });
    const known = context({}, { dates: { 'fact:expiry': '2026-01-01' } });
    expect(evaluateCondition({ compare: { fact: 'expiry' }, after: ref }, known).why).toEqual([
      message('why.date-unknown', { fact: 'expiry', other: name }),
    ]);
  });

  it('is false while only the first date is unknown, naming both', () => {
    const ctx = context({}, { dates: { 'deadline:apply': '2026-03-10' } });
    expect(evaluateCondition({ compare: a, 'on-or-before': b } as Condition, ctx)).toEqual({
      value: false,
      undecided: [],
      why: [message('why.date-unknown', { fact: 'submitted', other: 'apply' })],
    });
  });

  it('names each kind of date it compared', () => {
    const ctx = context({}, { dates: { 'date:birthday': '2026-01-01', 'as-of': '2026-03-10' } });
    expect(evaluateCondition({ compare: { date: 'birthday' }, before: { 'as-of': true } }, ctx).why).toEqual([
      message('why.date-compared', { fact: 'birthday', value: '2026-01-01', relation: message('relation.before'), other: 'as-of', date: '2026-03-10' }),
    ]);
  });
});

describe('evaluateCondition: named conditions', () => {
  it('evaluates the named condition in its place', () => {
    const ctx = context(facts, { named: { dead: T, alive: F } });
    expect(evaluateCondition({ condition: 'dead' }, ctx)).toEqual({ value: true, undecided: [], why: [whyT] });
    expect(evaluateCondition({ not: { condition: 'alive' } }, ctx)).toEqual({ value: true, undecided: [], why: [whyF] });
  });
  it('throws on a name the file does not define', () => {
    expect(() => evaluateCondition({ condition: 'nowhere' }, context({}))).toThrow('unknown named condition nowhere');
  });
});

describe('evaluateCondition: Kleene logic', () => {
  const ctx = context(facts);
  const value = (c: Condition) => evaluateCondition(c, ctx).value;

  it.each([
    [T, T, true, true],
    [T, F, false, true],
    [F, T, false, true],
    [F, F, false, false],
    [T, U, undefined, true],
    [U, T, undefined, true],
    [F, U, false, undefined],
    [U, F, false, undefined],
    [U, U2, undefined, undefined],
  ] as const)('all/any of %j and %j: %s / %s', (p, q, all, any) => {
    expect(value({ all: [p, q] })).toBe(all);
    expect(value({ any: [p, q] })).toBe(any);
  });

  it.each([
    [T, false],
    [F, true],
    [U, undefined],
  ] as const)('not %j is %s', (p, v) => {
    expect(value({ not: p })).toBe(v);
  });

  it('explains a false all by its first false part, and a true any by its first true part', () => {
    const whyF2 = message('why.not-in', { fact: 'reason', value: 'death', values: list(['retirement'], 'or') });
    const F2 = { fact: 'reason', in: ['retirement'] };
    expect(evaluateCondition({ all: [T, U, F, F2] }, ctx)).toEqual({ value: false, undecided: [], why: [whyF] });
    expect(evaluateCondition({ any: [F, U, T, { fact: 'reason', in: ['death'] }] }, ctx)).toEqual({ value: true, undecided: [], why: [whyT] });
    expect(evaluateCondition({ all: [F2, F] }, ctx).why).toEqual([whyF2]);
  });

  it('explains a true all, and a false any, by every part', () => {
    const whyT2 = message('why.in', { fact: 'reason', value: 'death', values: list(['death'], 'or') });
    expect(evaluateCondition({ all: [T, { fact: 'reason', in: ['death'] }] }, ctx)).toEqual({
      value: true,
      undecided: [],
      why: [whyT, whyT2],
    });
    expect(evaluateCondition({ any: [F, { not: T }] }, ctx)).toEqual({ value: false, undecided: [], why: [whyF, whyT] });
  });

  it('names every fact an undecided answer waits for, once each, in order', () => {
    expect(evaluateCondition({ all: [U, T, U2, { not: U }] }, ctx)).toEqual({
      value: undefined,
      undecided: ['city', 'category'],
      why: [],
    });
    expect(evaluateCondition({ any: [{ all: [U2, U] }, F] }, ctx)).toEqual({
      value: undefined,
      undecided: ['category', 'city'],
      why: [],
    });
  });

  it('keeps the why of what it negates, and the facts it waits for', () => {
    expect(evaluateCondition({ not: F }, ctx)).toEqual({ value: true, undecided: [], why: [whyF] });
    expect(evaluateCondition({ not: U }, ctx)).toEqual({ value: undefined, undecided: ['city'], why: [] });
  });
});

describe('evaluateCondition on conditions used again and again', () => {
  // The evaluator compiles each condition object once and keeps answers per leaf, per
  // combination and per epoch; an answer must never depend on what was asked before.
  const named: Record<string, Condition> = {
    n1: { any: [{ fact: 'a', is: 'x' }, { deadline: 'd1', status: ['overdue'] }] },
    n2: { all: [{ condition: 'n1' }, { fact: 'b', known: true }] },
  };
  const leaf = fc.constantFrom<Condition>(
    { fact: 'a', is: 'x' },
    { fact: 'a', in: ['y', 'z'] },
    { fact: 'b', is: true },
    { fact: 'b', known: true },
    { fact: 'e', passed: true },
    { deadline: 'd1', status: ['upcoming', 'met'] },
    { compare: { fact: 'e' }, before: { deadline: 'd1' } },
    { condition: 'n1' },
    { condition: 'n2' },
  );
  const tree = fc.letrec<{ c: Condition }>((tie) => ({
    c: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.record({ all: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('c') }),
    ),
  })).c;
  const situation = fc.record({
    a: fc.constantFrom(undefined, 'x', 'y', 'z'),
    b: fc.constantFrom(undefined, true, false),
    e: fc.constantFrom(undefined, '2026-03-01', '2026-03-20'),
    d1: fc.constantFrom(undefined, 'upcoming', 'overdue', 'met'),
    sameContext: fc.boolean(),
  });
  const contextOf = (s: { a?: string; b?: boolean; e?: string; d1?: string }, namedMap: ReadonlyMap<string, Condition>): ConditionContext => {
    const facts = new Map<string, FactValue>();
    if (s.a !== undefined) facts.set('a', s.a);
    if (s.b !== undefined) facts.set('b', s.b);
    if (s.e !== undefined) facts.set('e', s.e);
    return {
      facts,
      asOf: AS_OF,
      named: namedMap,
      deadlineStatus: (id) => (id === 'd1' ? (s.d1 as DeadlineStatus | undefined) : undefined),
      resolveDate: (ref) => ('fact' in ref ? (facts.get(ref.fact) as IsoDate | undefined) : 'deadline' in ref && s.d1 ? ('2026-03-10' as IsoDate) : undefined),
      epoch: 0,
    };
  };

  it('answers as a freshly written copy would, whatever came before', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), fc.array(situation, { minLength: 1, maxLength: 8 }), (conditions, situations) => {
        const namedMap = new Map(Object.entries(named));
        let shared = contextOf({}, namedMap);
        for (const [i, s] of situations.entries()) {
          // Either a new context, or the same one changed with its epoch advanced, as the
          // evaluator does when it adds a date or a deadline.
          let ctx: ConditionContext;
          if (s.sameContext) {
            const next = contextOf(s, namedMap);
            Object.assign(shared, { facts: next.facts, deadlineStatus: next.deadlineStatus, resolveDate: next.resolveDate, epoch: i + 1 });
            ctx = shared;
          } else ctx = shared = contextOf(s, namedMap);
          for (const c of conditions) {
            const fresh = evaluateCondition(structuredClone(c), contextOf(s, new Map(Object.entries(structuredClone(named)))));
            expect(evaluateCondition(c, ctx)).toEqual(fresh);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers a named condition once per epoch of one context, and again after it advances', () => {
    const statuses: Record<string, DeadlineStatus> = {};
    const ctx: ConditionContext = { ...context({}, { named }), deadlineStatus: (id) => statuses[id], epoch: 0 };
    const c: Condition = { condition: 'n1' };
    expect(evaluateCondition(c, ctx).value).toBe(undefined);
    statuses.d1 = 'overdue';
    ctx.epoch = 1;
    expect(evaluateCondition(c, ctx)).toEqual({ value: true, undecided: [], why: [message('why.deadline-status', { deadline: 'd1', status: 'overdue' })] });
    // Without an epoch, nothing is kept.
    const plain: ConditionContext = { ...context({}, { named }), deadlineStatus: (id) => statuses[id] };
    expect(evaluateCondition(c, plain).value).toBe(true);
    statuses.d1 = 'upcoming';
    expect(evaluateCondition(c, plain).value).toBe(undefined);
  });

  it('looks a named condition up in the context it is asked in', () => {
    const c: Condition = { condition: 'n' };
    const inA = context({ a: 'x' }, { named: { n: { fact: 'a', is: 'x' } } });
    const inB = context({ a: 'x' }, { named: { n: { fact: 'a', is: 'y' } } });
    expect(evaluateCondition(c, inA).value).toBe(true);
    expect(evaluateCondition(c, inB).value).toBe(false);
    expect(evaluateCondition(c, inA).value).toBe(true);
  });

  it('judges passed against the as-of date of each context, for the same value', () => {
    const c: Condition = { fact: 'expiry', passed: true };
    const at = (asOf: string) => ({ ...context({ expiry: '2026-03-10' }), asOf: asOf as IsoDate });
    expect(evaluateCondition(c, at('2026-03-10')).value).toBe(false);
    expect(evaluateCondition(c, at('2026-03-11')).value).toBe(true);
    expect(evaluateCondition(c, at('2026-03-10')).value).toBe(false);
  });

  it('answers a leaf met with more values than it keeps', () => {
    const c: Condition = { fact: 'n', is: '7' };
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < 40; i++) expect(evaluateCondition(c, context({ n: String(i) })).value).toBe(i === 7);
  });
});
