/**
 * The evaluator on small inline rule files, one behaviour at a time: defaults and the
 * assumptions they become, windows and met-by submissions (met, early, late, after the plan
 * date), alternatives and cases, planned dates, derived dates, documents, steps, warnings,
 * notes, open questions and the calendar-coverage finding. Expectations are ids, dates,
 * statuses and message data, never rendered text.
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { day, list, message, quantity } from '../../src/core/message.js';
import { coverageFinding } from '../../src/rules/coverage.js';
import { evaluate, type EvaluateInput, questions } from '../../src/rules/evaluate.js';
import type { Plan } from '../../src/rules/plan.js';
import type { RuleSet } from '../../src/rules/ruleSet.js';
import { shippedCalendar } from '../helpers/calendar.js';
import { demoRules, src } from './demoRules.js';

const d = (s: string) => s as IsoDate;
const q = '{ en: Q?, zh: 问？ }';
const title = (en: string) => `{ en: ${en}, zh: ${en} }`;

function plan(rules: RuleSet, facts: Record<string, string | boolean>, asOf: string, extra: Partial<EvaluateInput> = {}): Plan {
  return evaluate({ rules, facts, asOf: d(asOf), calendar: shippedCalendar, ...extra });
}
const deadline = (p: Plan, id: string) => p.deadlines.find((x) => x.id === id);
const ids = (items: readonly { id: string }[]) => items.map((x) => x.id);

const enumFact = (id: string, values: string[], extra = '') =>
  `  - id: ${id}\n    type: enum\n    question: ${q}\n${extra}    values:\n${values.map((v) => `      - { value: ${v}, label: ${title(v)} }\n`).join('')}`;
const dateFact = (id: string, extra = '') => `  - id: ${id}\n    type: date\n    question: ${q}\n${extra}`;

describe('defaults and assumptions', () => {
  const rules = demoRules(`facts:
${enumFact('reason', ['resignation', 'death'], '    default: resignation\n')}${enumFact('city', ['nanjing', 'beijing'], '    default: nanjing\n    ask-when: { fact: reason, is: death }\n')}  - id: online
    type: boolean
    question: ${q}
    default: false
${dateFact('event-date')}documents:
  - id: form
    title: ${title('Form')}
    when: { all: [{ fact: city, is: beijing }, { fact: online, is: false }] }
    source: ${src}
  - id: letter
    title: ${title('Letter')}
    when: { fact: event-date, known: true }
    source: ${src}
  - id: death-form
    title: ${title('Death')}
    when: { fact: reason, is: death }
    source: ${src}
`);

  it('applies every default and reports it where its question would have been asked', () => {
    const p = plan(rules, {}, '2026-03-10');
    expect(p.facts).toEqual({ reason: 'resignation', city: 'nanjing', online: false });
    expect(p.assumptions).toEqual([
      { fact: 'reason', value: 'resignation', kind: 'default', text: message('assumption.default', { fact: 'reason', value: 'resignation' }) },
      { fact: 'online', value: false, kind: 'default', text: message('assumption.default', { fact: 'online', value: 'false' }) },
    ]);
    expect(ids(p.documents)).toEqual([]);
    expect(p.openQuestions).toEqual([]);
  });

  it('reports a default whose question applies, and no assumption for a fact given', () => {
    const p = plan(rules, { reason: 'death', online: true }, '2026-03-10');
    expect(p.facts).toEqual({ reason: 'death', online: true, city: 'nanjing' });
    expect(p.assumptions.map((a) => [a.fact, a.value, a.kind])).toEqual([['city', 'nanjing', 'default']]);
    expect(ids(p.documents)).toEqual(['death-form']);
  });

  it('keeps the facts given and the documents they decide', () => {
    const p = plan(rules, { reason: 'death', city: 'beijing', 'event-date': '2026-03-01' }, '2026-03-10');
    expect(ids(p.documents)).toEqual(['form', 'letter', 'death-form']);
    expect(p.documents[0]?.why).toEqual([
      message('why.is', { fact: 'city', value: 'beijing' }),
      message('why.is', { fact: 'online', value: 'false' }),
    ]);
    expect(p.documents[0]).toMatchObject({ id: 'form', rule: 'demo.yaml:29', title: { en: 'Form', zh: 'Form' }, notes: [] });
    expect(p.documents[0]).not.toHaveProperty('validity');
    expect(p.documents[0]).not.toHaveProperty('seeAlso');
  });

  it('asks about defaulted facts too when questions are wanted, in declaration order', () => {
    const input = { rules, facts: {}, asOf: d('2026-03-10'), calendar: shippedCalendar };
    // `known` is never undecided, so the letter asks for nothing.
    expect(questions(input)).toEqual([
      { fact: 'reason', affects: ['death-form'] },
      { fact: 'city', affects: ['form'] },
      { fact: 'online', affects: ['form'] },
    ]);
    // Nanjing decides the form (all fails), so online is no longer worth asking.
    expect(questions({ ...input, facts: { city: 'nanjing', reason: 'resignation' } })).toEqual([]);
    expect(questions({ ...input, facts: { city: 'beijing', reason: 'resignation' } })).toEqual([{ fact: 'online', affects: ['form'] }]);
  });

  it('refuses facts the file does not declare', () => {
    expect(() => plan(rules, { citty: 'nanjing' }, '2026-03-10')).toThrow('"citty" is not a fact of demo');
    expect(() => questions({ rules, facts: { reason: 'retired' }, asOf: d('2026-03-10'), calendar: shippedCalendar })).toThrow(
      '"retired" is not a value of reason',
    );
  });
});

describe('a window with a met-by submission', () => {
  // 30 days after Fri 2026-01-30 is Sun 03-01: plan by Sat 02-28 (a make-up working day), legal
  // end 03-01. The window opens 10 days after the event, Mon 02-09.
  const rules = demoRules(`facts:
${dateFact('event-date')}${dateFact('submitted')}${dateFact('ready-date')}deadlines:
  - id: apply
    kind: due
    title: ${title('Apply')}
    count: { calendar-days: 30, after: { fact: event-date }, roll: back }
    opens: { calendar-days: 10, after: { fact: event-date }, roll: none }
    met-by: submitted
    online: true
    source: ${src}
  - id: collect
    kind: estimate
    title: ${title('Collect')}
    count: { working-days: 5, after: { deadline: apply } }
    source: { source: civil-code, ref: "art. 201" }
  - id: pick-up
    kind: due
    title: ${title('Pick up')}
    count: { working-days: 5, after: { fact: event-date } }
    opens: { working-days: 1, after: { fact: ready-date } }
    source: ${src}
`);
  const at = (asOf: string, facts: Record<string, string> = {}, extra: Partial<EvaluateInput> = {}) =>
    plan(rules, { 'event-date': '2026-01-30', ...facts }, asOf, extra);
  const where = { procedure: 'demo', target: 'apply', rule: 'demo.yaml:16', source: expect.objectContaining({ source: 'agency-cancellation-guide' }) };

  it('plans by the day before a closed legal end, with both bases and the window', () => {
    const p = at('2026-02-02');
    const apply = deadline(p, 'apply');
    expect(apply).toMatchObject({
      id: 'apply',
      kind: 'due',
      rule: 'demo.yaml:16',
      date: '2026-02-28',
      legalEnd: '2026-03-01',
      opens: '2026-02-09',
      status: 'not-yet-open',
      daysLeft: 26,
      workingDaysLeft: cal('2026-02-02', '2026-02-28'),
      online: true,
      notes: [],
      alternatives: [],
      provisionalYears: [],
      why: [],
    });
    const start = message('count.start', { fact: 'event-date', date: '2026-01-30' });
    expect(apply?.basis).toEqual(
      message('count.with-window', {
        basis: message('count.moved-back', {
          count: message('count.calendar-days-after', { n: quantity(30, 'calendar-day'), start }),
          raw: day(d('2026-03-01'), { dayKind: 'weekend' }),
          date: day(d('2026-02-28'), { dayKind: 'makeup-workday' }),
        }),
        opens: message('count.equals', {
          count: message('count.calendar-days-after', { n: quantity(10, 'calendar-day'), start }),
          date: day(d('2026-02-09')),
        }),
      }),
    );
    expect(apply).not.toHaveProperty('met');
    expect(deadline(p, 'collect')).toMatchObject({ date: '2026-03-06', kind: 'estimate', status: 'upcoming', online: false, source: { source: 'civil-code' } });
    expect(deadline(p, 'collect')?.basis).toEqual(
      message('count.arrow', {
        count: list([message('count.working-days', { n: quantity(5, 'working-day'), start: message('count.start', { fact: 'apply', date: '2026-02-28' }) })], ';'),
        date: day(d('2026-03-06')),
      }),
    );
    expect(p.warnings).toEqual([]);
  });

  it.each([
    ['2026-02-09', 'on the day the window opens'],
    ['2026-02-28', 'on the day to plan by'],
  ])('is met by a submission %s (%s)', (submitted) => {
    const p = at('2026-03-20', { submitted });
    expect(deadline(p, 'apply')).toMatchObject({ status: 'met', met: { on: submitted, by: 'fact', fact: 'submitted' } });
    expect(p.warnings).toEqual([]);
  });

  it('is met, with a notice, by a submission after the plan date within the legal period', () => {
    const p = at('2026-03-20', { submitted: '2026-03-01' });
    expect(deadline(p, 'apply')).toMatchObject({ status: 'met', met: { on: '2026-03-01', by: 'fact', fact: 'submitted' } });
    expect(p.warnings).toEqual([
      {
        ruleId: 'submission-after-plan-date',
        severity: 'notice',
        message: message('submission.after-plan-date', { submitted: '2026-03-01', date: '2026-02-28', legalEnd: '2026-03-01' }),
        ...where,
      },
    ]);
  });

  it('is not met by a submission after the legal end: submission-late, and overdue', () => {
    const p = at('2026-03-20', { submitted: '2026-03-02' });
    expect(deadline(p, 'apply')?.status).toBe('overdue');
    expect(deadline(p, 'apply')).not.toHaveProperty('met');
    expect(p.warnings).toEqual([
      {
        ruleId: 'submission-late',
        severity: 'error',
        message: message('submission.late', {
          submitted: '2026-03-02',
          deadline: { en: 'Apply', zh: 'Apply' },
          legalEnd: '2026-03-01',
          advice: message('submission.late-advice'),
        }),
        ...where,
      },
    ]);
  });

  it('is not met by a submission before the window opens', () => {
    const p = at('2026-02-20', { submitted: '2026-02-08' });
    expect(deadline(p, 'apply')?.status).toBe('due-soon');
    expect(p.warnings).toEqual([
      {
        ruleId: 'submission-late',
        severity: 'error',
        message: message('submission.early', { submitted: '2026-02-08', deadline: { en: 'Apply', zh: 'Apply' }, opens: '2026-02-09' }),
        ...where,
      },
    ]);
  });

  it('takes a date recorded as done before the met-by fact', () => {
    const p = at('2026-03-20', { submitted: '2026-03-02' }, { done: new Map([['apply', d('2026-02-20')]]) });
    expect(deadline(p, 'apply')).toMatchObject({ status: 'met', met: { on: '2026-02-20', by: 'done' } });
    expect(deadline(p, 'apply')?.met).not.toHaveProperty('fact');
    expect(p.warnings).toEqual([]);
    // A done date on a deadline without met-by is judged the same way.
    const late = at('2026-03-20', {}, { done: new Map([['collect', d('2026-03-07')]]) });
    expect(deadline(late, 'collect')?.status).toBe('passed');
    expect(late.warnings.map((w) => [w.ruleId, w.target])).toEqual([['submission-late', 'collect']]);
  });

  it.each([
    ['2026-02-08', 'not-yet-open', 20],
    ['2026-02-09', 'upcoming', 19],
    ['2026-02-23', 'due-soon', 5],
    ['2026-02-28', 'due-today', 0],
    ['2026-03-01', 'past-plan-date', -1],
    ['2026-03-02', 'overdue', -2],
  ])('on %s is %s, %i days left', (asOf, status, daysLeft) => {
    expect(deadline(at(asOf), 'apply')).toMatchObject({ status, daysLeft });
  });

  it('uses the warnWithin it is given', () => {
    expect(deadline(at('2026-02-23', {}, { warnWithin: 4 }), 'apply')?.status).toBe('upcoming');
    expect(deadline(at('2026-02-16', {}, { warnWithin: 10 }), 'apply')?.status).toBe('due-soon');
  });

  it('leaves the deadline out, and asks for the fact, while its start is unknown', () => {
    const p = plan(rules, {}, '2026-02-02');
    expect(p.deadlines).toEqual([]);
    expect(p.openQuestions).toEqual([
      { fact: 'event-date', affects: ['apply', 'pick-up'] },
      { fact: 'ready-date', affects: ['pick-up'] },
    ]);
  });

  it('leaves a deadline out while the start of its window is unknown', () => {
    const p = at('2026-02-02');
    expect(ids(p.deadlines)).toEqual(['apply', 'collect']);
    expect(p.openQuestions).toEqual([{ fact: 'ready-date', affects: ['pick-up'] }]);
    expect(deadline(at('2026-02-02', { 'ready-date': '2026-02-02' }), 'pick-up')).toMatchObject({ date: '2026-02-06', opens: '2026-02-03' });
  });
});

describe('alternatives and cases', () => {
  // 10 working days after Fri 2025-09-26 is Thu 10-16 (make-up days counted) or Mon 10-20 (not);
  // 20 calendar days after it is also 10-16.
  const rules = demoRules(`facts:
${enumFact('reason', ['resignation', 'absconded', 'death'])}${enumFact('salary', ['yes', 'no'])}${dateFact('event-date')}${dateFact('found-date')}deadlines:
  - id: apply
    kind: due
    title: ${title('Apply')}
    count: { working-days: 10, after: { fact: event-date } }
    alternatives:
      - id: same-date
        reading: ${title('Same')}
        count: { calendar-days: 20, after: { fact: event-date }, roll: back }
        source: ${src}
      - id: no-makeup
        reading: ${title('No make-up days')}
        count: { working-days: 10, after: { fact: event-date }, makeup-days: not-counted }
        source: { source: civil-code, ref: "art. 201" }
      - id: from-found
        reading: ${title('From found')}
        count: { working-days: 1, after: { fact: found-date } }
        source: ${src}
      - id: salary-reading
        when: { fact: salary, is: yes }
        reading: ${title('Salary')}
        count: { calendar-days: 30, after: { fact: event-date }, roll: none }
        source: ${src}
    cases:
      - when: { fact: reason, is: absconded }
        count: { calendar-days: 5, after: { fact: found-date }, roll: forward }
        opens: { calendar-days: 1, after: { fact: found-date }, roll: none }
        source: { source: exit-entry-law, ref: "art. 1" }
      - when: { fact: reason, is: death }
        count: { working-days: 3, after: { fact: event-date } }
        source: ${src}
    notes:
      - { id: always, en: Always, zh: 总是 }
      - { id: salary-note, en: Salary, zh: 薪, when: { fact: salary, is: yes } }
      - { id: no-salary-note, en: No salary, zh: 无薪, when: { fact: salary, is: no } }
    source: ${src}
`);

  it('shows only the alternatives that apply and give another date', () => {
    const apply = deadline(plan(rules, { reason: 'resignation', salary: 'no', 'event-date': '2025-09-26' }, '2025-09-26'), 'apply');
    expect(apply?.date).toBe('2025-10-16');
    expect(apply?.alternatives).toEqual([
      {
        id: 'no-makeup',
        reading: { en: 'No make-up days', zh: 'No make-up days' },
        date: '2025-10-20',
        basis: message('count.arrow', {
          count: list(
            [
              message('count.working-days', { n: quantity(10, 'working-day'), start: message('count.start', { fact: 'event-date', date: '2025-09-26' }) }),
              message('count.makeup-not-counted', {
                days: list([day(d('2025-09-28'), { dayKind: 'makeup-workday' }), day(d('2025-10-11'), { dayKind: 'makeup-workday' })]),
              }),
            ],
            ';',
          ),
          date: day(d('2025-10-20')),
        }),
        source: expect.objectContaining({ source: 'civil-code', ref: 'art. 201' }),
        provisionalYears: [],
      },
    ]);
    expect(apply?.notes).toEqual([
      { id: 'always', text: { en: 'Always', zh: '总是' } },
      { id: 'no-salary-note', text: { en: 'No salary', zh: '无薪' } },
    ]);
  });

  it('shows no alternative whose start is unknown, and does not ask for it', () => {
    const p = plan(rules, { reason: 'resignation', salary: 'no', 'event-date': '2025-09-26' }, '2025-09-26');
    expect(p.openQuestions).toEqual([]);
    const found = plan(rules, { reason: 'resignation', salary: 'no', 'event-date': '2025-09-26', 'found-date': '2025-09-29' }, '2025-09-26');
    expect(deadline(found, 'apply')?.alternatives.map((a) => [a.id, a.date])).toEqual([
      ['no-makeup', '2025-10-20'],
      ['from-found', '2025-09-30'],
    ]);
  });

  it('shows an alternative whose condition holds, and none whose condition is undecided', () => {
    const withSalary = deadline(plan(rules, { reason: 'resignation', salary: 'yes', 'event-date': '2025-09-26' }, '2025-09-26'), 'apply');
    expect(withSalary?.alternatives.map((a) => [a.id, a.date])).toEqual([
      ['no-makeup', '2025-10-20'],
      ['salary-reading', '2025-10-26'],
    ]);
    expect(withSalary?.notes.map((n) => n.id)).toEqual(['always', 'salary-note']);
    const p = plan(rules, { reason: 'resignation', 'event-date': '2025-09-26' }, '2025-09-26');
    expect(deadline(p, 'apply')?.alternatives.map((a) => a.id)).toEqual(['no-makeup']);
    expect(deadline(p, 'apply')?.notes.map((n) => n.id)).toEqual(['always']);
  });

  it('marks an alternative computed across a provisional year, and names it in the coverage finding', () => {
    // 10 working days after 2026-12-18 cross New Year 2027 (closed by law, notice not out).
    const p = plan(rules, { reason: 'resignation', salary: 'no', 'event-date': '2026-12-18' }, '2026-12-18');
    const apply = deadline(p, 'apply');
    expect(apply).toMatchObject({ date: '2027-01-04', provisionalYears: [2027] });
    // Without make-up days in the span the other working-day reading gives the same date; 20
    // calendar days give Thu 2027-01-07, a day of the provisional year.
    expect(apply?.alternatives.map((a) => [a.id, a.date, a.provisionalYears])).toEqual([['same-date', '2027-01-07', [2027]]]);
    expect(p.warnings).toEqual([
      {
        ruleId: 'calendar-coverage',
        severity: 'warning',
        message: message('calendar-coverage', {
          years: list(['2027']),
          lastPublished: '2026',
          holidays: list([day(d('2027-01-01'), { dayKind: 'rest-day', holiday: { en: "New Year's Day", zh: '元旦' } })]),
          affected: list(['apply (alternative same-date)', 'apply']),
        }),
        procedure: 'demo',
        target: 'calendar-coverage',
        why: [message('why.provisional', { years: list(['2027']) })],
      },
    ]);
  });

  it('takes the first case whose condition holds, with its count, window and source', () => {
    const p = plan(rules, { reason: 'absconded', 'found-date': '2026-03-10', 'event-date': '2026-01-05' }, '2026-03-10');
    const apply = deadline(p, 'apply');
    // Found Tue 03-10; 5 days later is Sun 03-15, rolled forward to Mon 03-16.
    expect(apply).toMatchObject({
      date: '2026-03-16',
      legalEnd: '2026-03-16',
      opens: '2026-03-11',
      status: 'not-yet-open',
      alternatives: [],
      source: { source: 'exit-entry-law', ref: 'art. 1' },
      why: [message('why.is', { fact: 'reason', value: 'absconded' })],
    });
    const death = deadline(plan(rules, { reason: 'death', 'event-date': '2026-03-10' }, '2026-03-10'), 'apply');
    expect(death).toMatchObject({ date: '2026-03-13', source: { source: 'agency-cancellation-guide' }, alternatives: [] });
    expect(death).not.toHaveProperty('opens');
  });

  it('waits for the facts a case condition needs before choosing a count', () => {
    const p = plan(rules, { 'event-date': '2026-03-10' }, '2026-03-10');
    expect(p.deadlines).toEqual([]);
    expect(p.openQuestions).toEqual([{ fact: 'reason', affects: ['apply'] }]);
    const absconded = plan(rules, { reason: 'absconded' }, '2026-03-10');
    expect(absconded.deadlines).toEqual([]);
    expect(absconded.openQuestions).toEqual([{ fact: 'found-date', affects: ['apply'] }]);
  });
});

describe('planned dates, later-of and derived dates', () => {
  const rules = demoRules(`facts:
${dateFact('birth-date')}${dateFact('notice')}${dateFact('expiry')}${dateFact('change')}dates:
  - id: sixtieth
    count: { years: 60, after: { fact: birth-date }, roll: none }
  - id: never
    when: { fact: expiry, passed: true }
    count: { months: 1, after: { fact: expiry }, roll: none }
deadlines:
  - id: publish
    kind: earliest
    title: ${title('Publish')}
    count: { calendar-days: 5, after: { fact: notice, else: { as-of: true } }, roll: none }
    source: ${src}
  - id: again
    kind: earliest
    title: ${title('Again')}
    count: { calendar-days: 7, after: { fact: notice, else: { as-of: true } }, roll: none }
    source: ${src}
  - id: from-expiry
    kind: earliest
    title: ${title('From expiry')}
    count: { calendar-days: 1, after: { fact: notice, else: { fact: expiry } }, roll: none }
    source: ${src}
  - id: report
    kind: due
    title: ${title('Report')}
    count: { calendar-days: 10, after: { later-of: [{ fact: expiry }, { fact: change }] }, roll: none }
    source: ${src}
  - id: retire
    kind: ends
    title: ${title('Retire')}
    when: { compare: { date: sixtieth }, on-or-before: { fact: expiry } }
    count: { calendar-days: 1, after: { date: sixtieth }, roll: none }
    source: ${src}
  - id: after-never
    kind: ends
    title: ${title('After never')}
    count: { calendar-days: 1, after: { date: never }, roll: none }
    source: ${src}
`);

  it('counts from the as-of date when the notice is not given, once reported as planned', () => {
    const p = plan(rules, {}, '2026-03-10');
    const asOf = message('count.as-of', { date: '2026-03-10' });
    expect(deadline(p, 'publish')).toMatchObject({ date: '2026-03-15', kind: 'earliest', status: 'upcoming' });
    expect(deadline(p, 'publish')?.basis).toEqual(
      message('count.equals', {
        count: message('count.calendar-days-after', { n: quantity(5, 'calendar-day'), start: message('count.start-assumed', { start: asOf, fact: 'notice' }) }),
        date: day(d('2026-03-15'), { dayKind: 'weekend' }),
      }),
    );
    expect(deadline(p, 'again')?.date).toBe('2026-03-17');
    expect(deadline(p, 'from-expiry')).toBeUndefined();
    expect(p.assumptions).toEqual([
      { fact: 'notice', value: '2026-03-10', kind: 'planned', text: message('assumption.planned', { fact: 'notice', date: '2026-03-10', from: asOf }) },
    ]);
  });

  it('reports the first planned date a fact stands in for, once', () => {
    const p = plan(rules, { expiry: '2026-04-01' }, '2026-03-10');
    expect(deadline(p, 'from-expiry')?.date).toBe('2026-04-02');
    expect(p.assumptions.map((a) => [a.fact, a.value, a.kind])).toEqual([['notice', '2026-03-10', 'planned']]);
  });

  it('counts from the notice when given, with no assumption', () => {
    const p = plan(rules, { notice: '2026-03-01' }, '2026-03-10');
    expect(deadline(p, 'publish')).toMatchObject({ date: '2026-03-06', status: 'passed' });
    expect(p.assumptions).toEqual([]);
  });

  it('counts from the later of two dates, and waits while one is unknown', () => {
    const later = (expiry: string, change: string) => deadline(plan(rules, { expiry, change }, '2026-03-10'), 'report');
    expect(later('2026-03-01', '2026-03-05')?.date).toBe('2026-03-15');
    expect(later('2026-03-05', '2026-03-01')?.date).toBe('2026-03-15');
    expect(later('2026-03-05', '2026-03-05')?.basis).toEqual(
      message('count.equals', {
        count: message('count.calendar-days-after', { n: quantity(10, 'calendar-day'), start: message('count.start', { fact: 'expiry', date: '2026-03-05' }) }),
        date: day(d('2026-03-15'), { dayKind: 'weekend' }),
      }),
    );
    const p = plan(rules, { expiry: '2026-03-01', 'birth-date': '1990-01-01' }, '2026-03-10');
    expect(deadline(p, 'report')).toBeUndefined();
    expect(p.openQuestions).toEqual([{ fact: 'change', affects: ['report'] }]);
  });

  it('uses a derived date in conditions and counts, and never shows it', () => {
    const p = plan(rules, { 'birth-date': '1966-05-10', expiry: '2026-06-01' }, '2026-03-10');
    expect(deadline(p, 'retire')).toMatchObject({ date: '2026-05-11', kind: 'ends' });
    expect(deadline(p, 'retire')?.why).toEqual([
      message('why.date-compared', { fact: 'sixtieth', value: '2026-05-10', relation: message('relation.on-or-before'), other: 'expiry', date: '2026-06-01' }),
    ]);
    expect(deadline(p, 'retire')?.basis).toEqual(
      message('count.equals', {
        count: message('count.calendar-days-after', { n: quantity(1, 'calendar-day'), start: message('count.start', { fact: 'sixtieth', date: '2026-05-10' }) }),
        date: day(d('2026-05-11')),
      }),
    );
    expect(ids(p.deadlines)).not.toContain('sixtieth');
    expect(deadline(plan(rules, { 'birth-date': '1966-05-10', expiry: '2026-05-09' }, '2026-03-10'), 'retire')).toBeUndefined();
  });

  it('asks for the fact a derived date needs, naming the date', () => {
    expect(plan(rules, { expiry: '2026-06-01' }, '2026-03-10').openQuestions).toEqual([
      { fact: 'birth-date', affects: ['sixtieth'] },
      { fact: 'change', affects: ['report'] },
    ]);
  });

  it('leaves out a count from a derived date that does not apply, asking nothing', () => {
    const p = plan(rules, { expiry: '2026-03-20', change: '2026-03-01', 'birth-date': '1990-01-01' }, '2026-03-10');
    expect(deadline(p, 'after-never')).toBeUndefined();
    expect(p.openQuestions).toEqual([]);
    const passed = plan(rules, { expiry: '2026-03-01', change: '2026-03-01', 'birth-date': '1990-01-01' }, '2026-03-10');
    expect(deadline(passed, 'after-never')?.date).toBe('2026-04-02');
  });

  it('gives no working days left when the as-of date lies outside the calendar', () => {
    const p = plan(rules, { notice: '2026-03-01' }, '2009-12-01');
    expect(deadline(p, 'publish')).toMatchObject({ date: '2026-03-06', status: 'upcoming' });
    expect(deadline(p, 'publish')).not.toHaveProperty('workingDaysLeft');
    expect(deadline(plan(rules, { notice: '2026-03-01' }, '2026-03-02'), 'publish')).toMatchObject({ workingDaysLeft: 4, daysLeft: 4 });
  });

  it('gives no working days left for a date outside the calendar', () => {
    const p = plan(rules, { 'birth-date': '2010-05-10', expiry: '2099-01-01' }, '2026-03-10');
    expect(deadline(p, 'retire')).toMatchObject({ date: '2070-05-11', daysLeft: 16133 });
    expect(deadline(p, 'retire')).not.toHaveProperty('workingDaysLeft');
  });
});

describe('documents, steps, warnings and notes', () => {
  const rules = demoRules(`facts:
${enumFact('reason', ['resignation', 'death'])}${dateFact('issued')}${dateFact('submitted', '    range: near\n')}${dateFact('passport-expiry')}${dateFact('event-date', '    range: past\n')}${dateFact('notice', '    not-before:\n      - date: { fact: event-date }\n')}documents:
  - id: record
    title: ${title('Record')}
    valid-for: { months: 6, from: { fact: issued }, tested-on: { fact: submitted, else: { as-of: true } } }
    notes:
      - { id: fresh, en: Fresh, zh: 新, when: { fact: issued, known: true } }
    source: ${src}
  - id: passport
    title: ${title('Passport')}
    valid-for: { months-left: 6, until: { fact: passport-expiry }, tested-on: { as-of: true } }
    see-also:
      - { source: civil-code, ref: "art. 202" }
    source: ${src}
deadlines:
  - id: apply
    kind: due
    title: ${title('Apply')}
    count: { working-days: 10, after: { fact: event-date } }
    source: ${src}
  - id: death-report
    kind: due
    title: ${title('Death report')}
    when: { fact: reason, is: death }
    count: { working-days: 3, after: { fact: event-date } }
    source: ${src}
steps:
  - id: file
    title: ${title('File')}
    deadline: apply
    notes:
      - { id: online, en: Online, zh: 网上 }
    source: ${src}
  - id: report-death
    title: ${title('Report')}
    deadline: death-report
    see-also:
      - { source: civil-code, ref: "art. 201" }
    source: ${src}
  - id: never
    title: ${title('Never')}
    when: { fact: reason, is: death }
    source: ${src}
warnings:
  - id: late
    level: error
    when: { deadline: apply, status: [overdue] }
    message: { en: "Late since {{apply}}", zh: "自{{apply}}起逾期" }
    source: ${src}
  - id: heads-up
    level: warning
    message: { en: "Report by {{death-report}}, apply by {{apply}}", zh: "{{apply}}" }
    see-also:
      - { source: civil-code, ref: "art. 201" }
    source: ${src}
  - id: fyi
    level: info
    when: { fact: reason, in: [resignation] }
    message: { en: FYI, zh: 供参考 }
    source: ${src}
`);
  const base = { reason: 'resignation', 'event-date': '2026-03-02' };

  it('tests a certificate issued within 6 months on the submission day, and reports it stale', () => {
    const p = plan(rules, { ...base, issued: '2025-09-01', submitted: '2026-03-02' }, '2026-03-10');
    const record = p.documents.find((x) => x.id === 'record');
    const basis = message('document.valid-from-issue', { n: quantity(6, 'month'), issued: day(d('2025-09-01')) });
    expect(record?.validity).toEqual({ lastValidDay: '2026-03-01', testedOn: '2026-03-02', stale: true, basis });
    expect(record?.notes).toEqual([{ id: 'fresh', text: { en: 'Fresh', zh: '新' } }]);
    expect(p.warnings.find((w) => w.ruleId === 'document-stale')).toEqual({
      ruleId: 'document-stale',
      severity: 'error',
      message: message('document.stale', { title: { en: 'Record', zh: 'Record' }, testedOn: '2026-03-02', rule: basis, validUntil: '2026-03-01' }),
      procedure: 'demo',
      target: 'record',
      source: expect.objectContaining({ source: 'agency-cancellation-guide' }),
      rule: expect.stringMatching(/^demo\.yaml:\d+$/),
      why: [],
    });
  });

  it('tests it on the as-of date when there is no submission, and says nothing while it is valid', () => {
    const p = plan(rules, { ...base, issued: '2025-09-10' }, '2026-03-10');
    expect(p.documents.find((x) => x.id === 'record')?.validity).toMatchObject({ lastValidDay: '2026-03-10', testedOn: '2026-03-10', stale: false });
    expect(p.warnings.map((w) => w.ruleId)).not.toContain('document-stale');
    const unknown = plan(rules, base, '2026-03-10').documents.find((x) => x.id === 'record');
    expect(unknown).not.toHaveProperty('validity');
    expect(unknown?.notes).toEqual([]);
  });

  it('tests a passport for the months it has left, and carries its see-also', () => {
    const p = plan(rules, { ...base, 'passport-expiry': '2026-09-09' }, '2026-03-10');
    const passport = p.documents.find((x) => x.id === 'passport');
    expect(passport?.validity).toEqual({
      lastValidDay: '2026-03-09',
      testedOn: '2026-03-10',
      stale: true,
      basis: message('document.valid-before-expiry', { n: quantity(6, 'month'), expiry: day(d('2026-09-09')) }),
    });
    expect(passport?.seeAlso).toEqual([expect.objectContaining({ source: 'civil-code', ref: 'art. 202' })]);
    expect(p.warnings.filter((w) => w.ruleId === 'document-stale').map((w) => w.target)).toEqual(['passport']);
  });

  it('ties a step to its deadline only when the deadline is in the plan', () => {
    const p = plan(rules, base, '2026-03-10');
    expect(p.steps.map((x) => [x.id, x.deadline])).toEqual([
      ['file', 'apply'],
      ['report-death', undefined],
    ]);
    expect(p.steps[1]).not.toHaveProperty('deadline');
    expect(p.steps[0]?.notes).toEqual([{ id: 'online', text: { en: 'Online', zh: '网上' } }]);
    expect(p.steps[1]?.seeAlso).toEqual([expect.objectContaining({ source: 'civil-code', ref: 'art. 201' })]);
    expect(p.steps[0]).not.toHaveProperty('seeAlso');
    const death = plan(rules, { ...base, reason: 'death' }, '2026-03-10');
    expect(death.steps.map((x) => [x.id, x.deadline])).toEqual([
      ['file', 'apply'],
      ['report-death', 'death-report'],
      ['never', undefined],
    ]);
  });

  it('fills deadline dates into warnings, keeps a placeholder whose deadline is absent, and maps levels', () => {
    const p = plan(rules, base, '2026-03-20');
    // 10 working days after Mon 2026-03-02 is Mon 03-16.
    expect(p.warnings.map((w) => [w.ruleId, w.severity, w.message])).toEqual([
      ['late', 'error', { en: 'Late since 2026-03-16', zh: '自2026-03-16起逾期' }],
      ['heads-up', 'warning', { en: 'Report by {{death-report}}, apply by 2026-03-16', zh: '2026-03-16' }],
      ['fyi', 'notice', { en: 'FYI', zh: '供参考' }],
    ]);
    const late = p.warnings[0];
    expect(late).toEqual({
      ruleId: 'late',
      severity: 'error',
      message: { en: 'Late since 2026-03-16', zh: '自2026-03-16起逾期' },
      procedure: 'demo',
      target: 'late',
      source: expect.objectContaining({ source: 'agency-cancellation-guide' }),
      rule: expect.stringMatching(/^demo\.yaml:\d+$/),
      why: [message('why.deadline-status', { deadline: 'apply', status: 'overdue' })],
    });
    expect(p.warnings[1]?.seeAlso).toEqual([expect.objectContaining({ source: 'civil-code' })]);
    expect(late).not.toHaveProperty('seeAlso');
    expect(plan(rules, { ...base, reason: 'death' }, '2026-03-10').warnings.map((w) => (w.message as { en: string }).en)).toEqual([
      'Report by 2026-03-05, apply by 2026-03-16',
    ]);
  });

  it('reports a date out of its range and leaves it out of the plan', () => {
    const p = plan(rules, { reason: 'resignation', 'event-date': '2026-03-11' }, '2026-03-10');
    expect(p.facts).toEqual({ reason: 'resignation' });
    expect(p.deadlines).toEqual([]);
    expect(p.warnings.map((w) => [w.ruleId, w.target])).toEqual([
      ['fact-invalid', 'event-date'],
      ['heads-up', 'heads-up'],
      ['fyi', 'fyi'],
    ]);
    expect(p.openQuestions.map((o) => o.fact)).toEqual(['event-date']);
  });

  it('reports a date before one it must follow, and makes the plan again without it', () => {
    const p = plan(rules, { ...base, notice: '2026-03-01' }, '2026-03-10');
    expect(p.facts).toEqual({ reason: 'resignation', 'event-date': '2026-03-02' });
    expect(p.warnings[0]).toEqual({
      ruleId: 'fact-invalid',
      severity: 'error',
      message: message('fact.before-other', { fact: 'notice', date: '2026-03-01', other: 'event-date', otherDate: '2026-03-02' }),
      procedure: 'demo',
      target: 'notice',
    });
    expect(deadline(p, 'apply')?.date).toBe('2026-03-16');
    expect(plan(rules, { ...base, notice: '2026-03-02' }, '2026-03-10').warnings.map((w) => w.ruleId)).toEqual(['heads-up', 'fyi']);
  });

  it('lists range and order problems together, range first', () => {
    const p = plan(rules, { ...base, notice: '2026-03-01', submitted: '2027-06-01' }, '2026-03-10');
    expect(p.warnings.filter((w) => w.ruleId === 'fact-invalid').map((w) => w.target)).toEqual(['submitted', 'notice']);
  });
});

describe('coverageFinding', () => {
  const rules = demoRules(`facts:\n${dateFact('event-date')}`);
  it('sorts the years and the holidays of dates given out of order, and names each date once', () => {
    const f = coverageFinding(
      rules,
      shippedCalendar,
      [
        { label: 'b', years: [2028], span: [d('2028-01-01'), d('2028-01-03')] },
        { label: 'a', years: [2027], span: [d('2027-01-01'), d('2027-01-01')] },
        { label: 'b', years: [2028, 2027], span: [d('2027-01-01'), d('2028-01-01')] },
      ],
      undefined,
    );
    const newYear = (y: string) => day(d(`${y}-01-01`), { dayKind: 'rest-day', holiday: { en: "New Year's Day", zh: '元旦' } });
    expect(f?.message).toMatchObject({
      data: { years: list(['2027', '2028']), lastPublished: '2026', affected: list(['b', 'a']) },
    });
    const holidays = (f?.message as unknown as { data: { holidays: { items: { date: string }[] } } }).data.holidays.items;
    expect(holidays[0]).toEqual(newYear('2027'));
    expect(holidays.map((h) => h.date)).toEqual([...new Set(holidays.map((h) => h.date))].sort());
    expect(holidays.at(-1)).toEqual(newYear('2028'));
    expect(f?.why).toEqual([message('why.provisional', { years: list(['2027', '2028']) })]);
  });
  it('is absent when no date crossed a provisional year', () => {
    expect(coverageFinding(rules, shippedCalendar, [], undefined)).toBeUndefined();
  });
});

describe('the calendar-coverage finding', () => {
  const rules = demoRules(`facts:
${dateFact('event-date')}deadlines:
  - id: first
    kind: due
    title: ${title('First')}
    count: { working-days: 30, after: { fact: event-date } }
    opens: { working-days: 2, after: { fact: event-date } }
    source: ${src}
  - id: second
    kind: due
    title: ${title('Second')}
    count: { working-days: 40, after: { fact: event-date } }
    source: ${src}
  - id: plain
    kind: ends
    title: ${title('Plain')}
    count: { calendar-days: 400, after: { fact: event-date }, roll: none }
    source: ${src}
`);
  const sources = {
    notices: { source: 'state-council-holiday-notices', kind: 'official', title: { en: 'N', zh: 'N' }, publisher: { en: 'P', zh: 'P' }, ref: 'r', checked: d('2026-11-22') },
    law: { source: 'holiday-measures', kind: 'law', title: { en: 'L', zh: 'L' }, publisher: { en: 'P', zh: 'P' }, ref: 'art. 2', checked: d('2026-11-22') },
  } as unknown as NonNullable<EvaluateInput['calendarSources']>;

  it('names every provisional year, each statutory holiday once in date order, and every date affected', () => {
    // From 2026-12-28, 30 and 40 working days both cross New Year and Spring Festival Eve 2027.
    const p = plan(rules, { 'event-date': '2026-12-28' }, '2026-12-28', { calendarSources: sources });
    expect(deadline(p, 'first')?.provisionalYears).toEqual([2027]);
    expect(deadline(p, 'plain')?.provisionalYears).toEqual([]);
    const [coverage] = p.warnings;
    const holiday = (date: string, en: string, zh: string) => day(d(date), { dayKind: 'rest-day', holiday: { en, zh } });
    expect(coverage).toEqual({
      ruleId: 'calendar-coverage',
      severity: 'warning',
      message: message('calendar-coverage', {
        years: list(['2027']),
        lastPublished: '2026',
        holidays: list([
          holiday('2027-01-01', "New Year's Day", '元旦'),
          holiday('2027-02-05', 'Spring Festival Eve', '除夕'),
          holiday('2027-02-06', 'Spring Festival', '春节'),
          holiday('2027-02-07', 'Spring Festival', '春节'),
          holiday('2027-02-08', 'Spring Festival', '春节'),
        ]),
        affected: list(['first', 'second']),
      }),
      procedure: 'demo',
      target: 'calendar-coverage',
      source: sources.notices,
      seeAlso: [sources.law],
      why: [message('why.provisional', { years: list(['2027']) })],
    });
    expect(p.warnings).toHaveLength(1);
  });

  it('says so when no statutory holiday falls in the provisional span', () => {
    // From 2027-06-10, the day after the Dragon Boat Festival, 40 working days end in August,
    // before Mid-Autumn (09-15).
    const p = plan(rules, { 'event-date': '2027-06-10' }, '2027-06-10');
    expect(deadline(p, 'second')?.date).toBe('2027-08-05');
    expect(p.warnings[0]?.message).toEqual(
      message('calendar-coverage', {
        years: list(['2027']),
        lastPublished: '2026',
        holidays: message('coverage.no-holiday-in-span'),
        affected: list(['first', 'second']),
      }),
    );
    expect(p.warnings[0]).not.toHaveProperty('source');
    expect(p.warnings[0]).not.toHaveProperty('seeAlso');
  });

  it('counts a window that alone crosses into a provisional year', () => {
    const p = plan(rules, { 'event-date': '2026-12-30' }, '2026-12-30');
    expect(deadline(p, 'first')).toMatchObject({ opens: '2027-01-04', provisionalYears: [2027] });
  });

  it('is absent when every date lies in published years', () => {
    const p = plan(rules, { 'event-date': '2026-03-02' }, '2026-03-02');
    expect(p.warnings).toEqual([]);
    expect(p.deadlines.map((x) => x.provisionalYears)).toEqual([[], [], []]);
  });
});

describe('a watched deadline evaluated alone (onlyDeadline)', () => {
  const rules = demoRules(`conditions:
  first-late: { deadline: first, status: [overdue] }
facts:
${dateFact('event-date')}deadlines:
  - id: first
    kind: due
    title: ${title('First')}
    count: { working-days: 1, after: { fact: event-date } }
    source: ${src}
  - id: second
    kind: due
    title: ${title('Second')}
    count: { working-days: 1, after: { deadline: first } }
    source: ${src}
  - id: third
    kind: due
    title: ${title('Third')}
    when: { all: [{ condition: first-late }, { not: { condition: first-late } }] }
    count: { working-days: 1, after: { fact: event-date } }
    source: ${src}
  - id: fourth
    kind: due
    title: ${title('Fourth')}
    when: { any: [{ deadline: third, status: [upcoming] }, { condition: first-late }] }
    count: { working-days: 2, after: { fact: event-date } }
    notes:
      - { id: note, en: Note, zh: 注 }
    source: ${src}
  - id: unrelated
    kind: due
    title: ${title('Unrelated')}
    count: { calendar-days: 3, after: { fact: event-date }, roll: none }
    notes:
      - { id: note, en: Note, zh: 注 }
    source: ${src}
documents:
  - id: form
    title: ${title('Form')}
    source: ${src}
steps:
  - id: step
    title: ${title('Step')}
    deadline: first
    source: ${src}
warnings:
  - id: always
    level: info
    message: { en: Always, zh: 总是 }
    source: ${src}
`);
  const only = (id: string) => plan(rules, { 'event-date': '2026-03-02' }, '2026-03-10', { onlyDeadline: id });

  it('computes the deadline and every deadline it is counted from or conditioned on, and nothing else', () => {
    expect(ids(only('second').deadlines)).toEqual(['first', 'second']);
    expect(ids(only('third').deadlines)).toEqual(['first']);
    expect(ids(only('fourth').deadlines)).toEqual(['first', 'fourth']);
    expect(ids(only('unrelated').deadlines)).toEqual(['unrelated']);
    expect(ids(only('first').deadlines)).toEqual(['first']);
    // Asked again, the same answer (the set of deadlines needed is kept per rule set).
    expect(ids(only('second').deadlines)).toEqual(['first', 'second']);
  });

  it('gives the same deadline as the full plan, without notes, documents, steps or warnings', () => {
    const full = plan(rules, { 'event-date': '2026-03-02' }, '2026-03-10');
    expect(ids(full.deadlines)).toEqual(['first', 'second', 'fourth', 'unrelated']);
    expect(deadline(full, 'fourth')?.notes.map((n) => n.id)).toEqual(['note']);
    const alone = only('fourth');
    expect(deadline(alone, 'fourth')).toEqual({ ...deadline(full, 'fourth'), notes: [] });
    expect(alone.documents).toEqual([]);
    expect(alone.steps).toEqual([]);
    expect(alone.warnings).toEqual([]);
    expect(ids(full.documents)).toEqual(['form']);
    expect(ids(full.steps)).toEqual(['step']);
    expect(full.warnings.map((w) => w.ruleId)).toEqual(['always']);
  });
});

describe('named conditions asked before and after a deadline exists', () => {
  const rules = demoRules(`conditions:
  first-late: { deadline: first, status: [overdue] }
facts:
${dateFact('event-date')}dates:
  - id: early
    when: { condition: first-late }
    count: { calendar-days: 1, after: { fact: event-date }, roll: none }
deadlines:
  - id: first
    kind: due
    title: ${title('First')}
    count: { working-days: 1, after: { fact: event-date } }
    source: ${src}
  - id: follow-up
    kind: due
    title: ${title('Follow-up')}
    when: { condition: first-late }
    count: { working-days: 1, after: { fact: event-date } }
    source: ${src}
  - id: from-early
    kind: ends
    title: ${title('From early')}
    count: { calendar-days: 1, after: { date: early }, roll: none }
    source: ${src}
`);

  it('answers a named condition again after each deadline and each derived date is added', () => {
    const chain = demoRules(`conditions:
  second-overdue: { any: [{ deadline: first, status: [met] }, { deadline: second, status: [overdue] }] }
  d2-past: { compare: { date: d2 }, before: { as-of: true } }
facts:
${dateFact('event-date')}dates:
  - id: d1
    count: { calendar-days: 1, after: { fact: event-date }, roll: none }
  - id: d2
    when: { any: [{ condition: d2-past }, { not: { condition: d2-past } }] }
    count: { calendar-days: 2, after: { fact: event-date }, roll: none }
deadlines:
  - id: from-d2
    kind: ends
    title: ${title('From d2')}
    when: { condition: d2-past }
    count: { calendar-days: 1, after: { date: d1 }, roll: none }
    source: ${src}
  - id: first
    kind: due
    title: ${title('First')}
    count: { working-days: 1, after: { fact: event-date } }
    source: ${src}
  - id: second
    kind: due
    title: ${title('Second')}
    when: { any: [{ condition: second-overdue }, { not: { condition: second-overdue } }] }
    count: { working-days: 2, after: { fact: event-date } }
    source: ${src}
  - id: third
    kind: due
    title: ${title('Third')}
    when: { condition: second-overdue }
    count: { working-days: 3, after: { fact: event-date } }
    source: ${src}
`);
    // d2 (03-04) has passed on 03-10, so from-d2 applies; second (03-04) is overdue, so third too.
    const p = plan(chain, { 'event-date': '2026-03-02' }, '2026-03-10');
    expect(ids(p.deadlines)).toEqual(['from-d2', 'first', 'second', 'third']);
  });

  it('finds the deadlines a watched one needs even when conditions refer to each other', () => {
    const mutual = demoRules(`facts:
${dateFact('event-date')}deadlines:
  - id: x
    kind: due
    title: ${title('X')}
    when: { not: { deadline: y, status: [met] } }
    count: { working-days: 1, after: { fact: event-date } }
    source: ${src}
  - id: y
    kind: due
    title: ${title('Y')}
    when: { not: { deadline: x, status: [met] } }
    count: { working-days: 2, after: { fact: event-date } }
    source: ${src}
`);
    expect(ids(plan(mutual, { 'event-date': '2026-03-02' }, '2026-03-10', { onlyDeadline: 'y' }).deadlines)).toEqual(['x', 'y']);
  });

  it('answers again once the deadline it names is in the plan', () => {
    // Before the deadlines are counted, first does not exist yet: the derived date does not apply.
    const p = plan(rules, { 'event-date': '2026-03-02' }, '2026-03-10');
    expect(ids(p.deadlines)).toEqual(['first', 'follow-up']);
    expect(deadline(p, 'follow-up')?.why).toEqual([message('why.deadline-status', { deadline: 'first', status: 'overdue' })]);
    expect(ids(plan(rules, { 'event-date': '2026-03-02' }, '2026-03-02').deadlines)).toEqual(['first']);
  });
});

describe('provisional years of a deadline', () => {
  const rules = demoRules(`facts:
${dateFact('event-date')}deadlines:
  - id: apply
    kind: due
    title: ${title('Apply')}
    count: { working-days: 5, after: { fact: event-date } }
    opens: { calendar-days: 10, before: { fact: event-date }, roll: back }
    source: ${src}
warnings:
  - id: en-only
    level: warning
    message: { en: "Apply by {{apply}}", zh: 请按时申请 }
    source: ${src}
  - id: zh-only
    level: warning
    message: { en: Apply in time, zh: "请于{{apply}}前申请" }
    source: ${src}
`);

  it('lists the years its date and its window crossed, in order', () => {
    // The count runs in 2028 only; the window opens Fri 2027-12-24.
    const p = plan(rules, { 'event-date': '2028-01-03' }, '2027-12-01');
    expect(deadline(p, 'apply')).toMatchObject({ date: '2028-01-10', opens: '2027-12-24', provisionalYears: [2027, 2028] });
  });

  it('fills a placeholder written in one language only', () => {
    const p = plan(rules, { 'event-date': '2026-03-02' }, '2026-03-02');
    expect(p.warnings.map((w) => w.message)).toEqual([
      { en: 'Apply by 2026-03-09', zh: '请按时申请' },
      { en: 'Apply in time', zh: '请于2026-03-09前申请' },
    ]);
  });
});

function cal(a: string, b: string): number {
  return shippedCalendar.workdaysBetween(d(a), d(b));
}
