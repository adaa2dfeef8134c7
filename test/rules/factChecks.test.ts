/**
 * Facts against their declarations: undeclared facts and values refused with every problem
 * named, values offered only where their `when` holds, date ranges at their boundaries, and
 * dates that precede what they must follow.
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { message } from '../../src/core/message.js';
import {
  checkedFacts,
  InvalidFactsError,
  orderProblems,
  rangeProblems,
  unavailableValues,
} from '../../src/rules/factChecks.js';
import type { DateRef } from '../../src/rules/format/shape.js';
import { demoRules } from './demoRules.js';

const d = (s: string) => s as IsoDate;
const q = '{ en: Q?, zh: 问？ }';
const rules = demoRules(`facts:
  - id: city
    type: enum
    question: ${q}
    default: nanjing
    values:
      - { value: nanjing, label: { en: Nanjing, zh: 南京 } }
      - { value: beijing, label: { en: Beijing, zh: 北京 } }
      - { value: shanghai, label: { en: Shanghai, zh: 上海 } }
  - id: district
    type: enum
    question: ${q}
    values:
      - { value: gulou, label: { en: Gulou, zh: 鼓楼 }, when: { fact: city, is: nanjing } }
      - { value: chaoyang, label: { en: Chaoyang, zh: 朝阳 }, when: { fact: city, in: [beijing, shanghai] } }
      - { value: anywhere, label: { en: Anywhere, zh: 任何 } }
      - { value: odd, label: { en: Odd, zh: 奇 }, when: { not: { fact: city, is: nanjing } } }
      - { value: 7, label: { en: Seven, zh: 七 } }
  - id: level
    type: enum
    question: ${q}
    values:
      - { value: high, label: { en: High, zh: 高 }, when: { fact: category, is: A } }
  - id: category
    type: enum
    question: ${q}
    values:
      - { value: A, label: { en: A, zh: A }, when: { fact: married, known: true } }
  - id: married
    type: boolean
    question: ${q}
  - id: birth-date
    type: date
    range: past
    question: ${q}
  - id: event-date
    type: date
    range: near
    question: ${q}
  - id: expiry
    type: date
    range: any
    question: ${q}
  - id: other-date
    type: date
    question: ${q}
  - id: submitted
    type: date
    question: ${q}
    not-before:
      - date: { fact: event-date }
      - date: { later-of: [{ fact: birth-date }, { fact: expiry }] }
        id: submitted-too-early
        message: { en: Too early, zh: 太早 }
        source: { source: civil-code, ref: "art. 201" }
  - id: notice
    type: date
    question: ${q}
    not-before:
      - date: { fact: expiry }
        id: notice-too-early
  - id: after-deadline
    type: date
    question: ${q}
    not-before:
      - date: { deadline: apply }
  - id: after-date
    type: date
    question: ${q}
    not-before:
      - date: { date: sixtieth }
  - id: after-as-of
    type: date
    question: ${q}
    not-before:
      - date: { as-of: true }
  - id: after-later
    type: date
    question: ${q}
    not-before:
      - date: { later-of: [{ fact: expiry }, { as-of: true }] }
dates:
  - id: sixtieth
    count: { years: 60, after: { fact: birth-date }, roll: none }
deadlines:
  - id: apply
    kind: due
    title: { en: A, zh: A }
    count: { working-days: 1, after: { fact: event-date } }
    source: { source: civil-code, ref: "art. 201" }
`);

function problemsOf(given: Record<string, unknown>): readonly string[] {
  try {
    checkedFacts(rules, given as never);
  } catch (e) {
    if (e instanceof InvalidFactsError) return e.problems;
    throw e;
  }
  return [];
}

describe('checkedFacts', () => {
  it('keeps the declared facts with allowed values, from a record or a Map', () => {
    const given = { city: 'beijing', married: false, 'birth-date': '1980-05-01', district: '7', notice: undefined };
    const want = new Map<string, unknown>([
      ['city', 'beijing'],
      ['married', false],
      ['birth-date', '1980-05-01'],
      ['district', '7'],
    ]);
    expect(checkedFacts(rules, given as never)).toEqual(want);
    expect(checkedFacts(rules, new Map(Object.entries(given)) as never)).toEqual(want);
  });

  it('refuses undeclared facts and wrong values, naming each', () => {
    expect(
      problemsOf({
        citty: 'nanjing',
        city: 'tianjin',
        married: 'yes',
        'birth-date': '1980/05/01',
        'event-date': true,
        constructor: 'x',
      }),
    ).toEqual([
      '"citty" is not a fact of demo',
      '"tianjin" is not a value of city',
      '"yes" is not a value of married',
      '"1980/05/01" is not a value of birth-date',
      'true is not a value of event-date',
      '"constructor" is not a fact of demo',
    ]);
    // A date is YYYY-MM-DD exactly, and text: not padded, not with a time, not in a list.
    expect(problemsOf({ 'birth-date': ' 1980-05-01', 'event-date': '2026-01-01T00:00', expiry: ['2026-01-01'] })).toEqual([
      '" 1980-05-01" is not a value of birth-date',
      '"2026-01-01T00:00" is not a value of event-date',
      '["2026-01-01"] is not a value of expiry',
    ]);
  });

  it('throws one error carrying every problem, joined into its message', () => {
    let caught: unknown;
    try {
      checkedFacts(rules, { citty: 'x', married: 'no' } as never);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidFactsError);
    expect((caught as InvalidFactsError).name).toBe('InvalidFactsError');
    expect((caught as InvalidFactsError).message).toBe('"citty" is not a fact of demo; "no" is not a value of married');
  });

  it('refuses a value given where its own condition does not hold, saying what holds instead', () => {
    expect(problemsOf({ city: 'beijing', district: 'gulou' })).toEqual([
      '"gulou" is a value of district only when city is nanjing; here city is beijing',
    ]);
    // No city given: judged with the default city, Nanjing, and said to be the default.
    expect(problemsOf({ district: 'chaoyang' })).toEqual([
      '"chaoyang" is a value of district only when city is one of beijing, shanghai; here city is nanjing (its default)',
    ]);
    expect(problemsOf({ district: 'odd' })).toEqual([
      '"odd" is a value of district only when its condition holds; here it does not hold',
    ]);
    expect(problemsOf({ category: 'A', married: 'x' })).toEqual([
      '"x" is not a value of married',
      '"A" is a value of category only when its condition holds; here married is not given',
    ]);
    expect(problemsOf({ city: 'nanjing', district: 'gulou' })).toEqual([]);
    expect(problemsOf({ city: 'beijing', district: 'anywhere' })).toEqual([]);
  });
});

describe('unavailableValues', () => {
  it('lists values whose condition is false, not those whose condition is still undecided', () => {
    const facts = (o: Record<string, string | boolean>) => new Map(Object.entries(o));
    expect(unavailableValues(rules, facts({ city: 'beijing', district: 'gulou' }))).toEqual([
      { fact: 'district', value: 'gulou', when: 'city is nanjing', actual: 'city is beijing' },
    ]);
    // category is unknown, so `high` may yet be allowed; married is known, so `A` is allowed.
    expect(unavailableValues(rules, facts({ level: 'high' }))).toEqual([]);
    expect(unavailableValues(rules, facts({ category: 'A', married: true }))).toEqual([]);
    const categoryA = { fact: 'category', value: 'A', when: 'its condition holds', actual: 'married is not given' };
    expect(unavailableValues(rules, facts({ category: 'A' }))).toEqual([categoryA]);
    expect(unavailableValues(rules, facts({ category: 'A', level: 'high' }))).toEqual([categoryA]);
    expect(unavailableValues(rules, facts({}))).toEqual([]);
  });
});

describe('rangeProblems', () => {
  const asOf = d('2026-03-10');
  const invalid = (fact: string, id: string, data: Record<string, unknown>) => ({
    ruleId: 'fact-invalid',
    severity: 'error',
    message: message(id, data as never),
    procedure: 'demo',
    target: fact,
  });
  const check = (facts: Record<string, string | boolean>) => rangeProblems(rules, new Map(Object.entries(facts)), asOf);

  it('keeps a past date between 120 years ago and the as-of date', () => {
    expect(check({ 'birth-date': '2026-03-10' })).toEqual([]);
    expect(check({ 'birth-date': '1906-03-10' })).toEqual([]);
    expect(check({ 'birth-date': '2026-03-11' })).toEqual([
      invalid('birth-date', 'fact.in-future', { fact: 'birth-date', date: '2026-03-11', asOf }),
    ]);
    expect(check({ 'birth-date': '1906-03-09' })).toEqual([
      invalid('birth-date', 'fact.implausible-past', { fact: 'birth-date', date: '1906-03-09', asOf, years: 120 }),
    ]);
  });

  it('keeps a near date at most a year after the as-of date, however far back', () => {
    expect(check({ 'event-date': '2027-03-10' })).toEqual([]);
    expect(check({ 'event-date': '1950-01-01' })).toEqual([]);
    expect(check({ 'event-date': '2027-03-11' })).toEqual([
      invalid('event-date', 'fact.too-far-ahead', { fact: 'event-date', date: '2027-03-11', asOf }),
    ]);
  });

  it('does not check dates with range any or no range, nor other facts', () => {
    expect(check({ expiry: '2099-01-01', 'other-date': '1800-01-01', married: true, city: 'beijing' })).toEqual([]);
    // A value that is no date string (checkedFacts refuses it first) is not judged either.
    expect(check({ 'birth-date': true, 'event-date': false })).toEqual([]);
  });

  it('reports every fact out of range, in declaration order', () => {
    expect(check({ 'event-date': '2030-01-01', 'birth-date': '2030-01-01' }).map((f) => f.target)).toEqual(['birth-date', 'event-date']);
  });
});

describe('orderProblems', () => {
  const table: Record<string, string> = { 'event-date': '2026-03-10', 'birth-date': '1980-01-01', expiry: '2026-04-01' };
  const resolve = (ref: DateRef) => {
    if ('fact' in ref) return table[ref.fact] as IsoDate | undefined;
    if ('later-of' in ref) return d('2026-04-01');
    return undefined;
  };
  const check = (facts: Record<string, string>, r = resolve) => orderProblems(rules, new Map(Object.entries(facts)), r);

  it('accepts a date on or after what it must not precede', () => {
    expect(check({ submitted: '2026-04-01', notice: '2026-04-01' })).toEqual([]);
  });

  it('reports a date before it with the default id and message', () => {
    expect(check({ submitted: '2026-03-09' })).toEqual([
      {
        ruleId: 'fact-invalid',
        severity: 'error',
        message: message('fact.before-other', { fact: 'submitted', date: '2026-03-09', other: 'event-date', otherDate: '2026-03-10' }),
        procedure: 'demo',
        target: 'submitted',
      },
    ]);
  });

  it('uses the rule’s own id, message and source, and reports one problem per fact', () => {
    const [finding, ...rest] = check({ submitted: '2026-03-20' });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'submitted-too-early',
      severity: 'error',
      message: { en: 'Too early', zh: '太早' },
      procedure: 'demo',
      target: 'submitted',
      source: { source: 'civil-code', ref: 'art. 201', kind: 'law', checked: '2026-11-22' },
    });
    // Before both limits: only the first rule is reported.
    expect(check({ submitted: '2026-03-01' }).map((f) => f.ruleId)).toEqual(['fact-invalid']);
  });

  it('names the other date by its kind of reference', () => {
    expect(check({ notice: '2026-03-31' })).toEqual([
      {
        ruleId: 'notice-too-early',
        severity: 'error',
        message: message('fact.before-other', { fact: 'notice', date: '2026-03-31', other: 'expiry', otherDate: '2026-04-01' }),
        procedure: 'demo',
        target: 'notice',
      },
    ]);
  });

  it.each([
    ['after-deadline', 'apply'],
    ['after-date', 'sixtieth'],
    ['after-as-of', 'as-of'],
    ['after-later', 'later-of'],
  ])('names the date %s must follow by its reference: %s', (fact, other) => {
    const r = (ref: DateRef) => (ref ? d('2026-04-01') : undefined);
    expect(check({ [fact]: '2026-03-31' }, r)).toEqual([
      {
        ruleId: 'fact-invalid',
        severity: 'error',
        message: message('fact.before-other', { fact, date: '2026-03-31', other, otherDate: '2026-04-01' }),
        procedure: 'demo',
        target: fact,
      },
    ]);
  });

  it('judges only date facts given as text', () => {
    expect(orderProblems(rules, new Map<string, string | boolean>([['submitted', true], ['married', false]]), resolve)).toEqual([]);
  });

  it('says nothing while the other date is unknown', () => {
    expect(check({ submitted: '2000-01-01', notice: '2000-01-01' }, () => undefined)).toEqual([]);
  });
});
