/**
 * The interview's pure parts, apart from any terminal: which question comes next and how many
 * may follow, going back, changing an answer from the review, checking typed dates, the help and
 * the choices that fit the answers so far, the case file written from the answers, and the
 * equivalent command.
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { readCase } from '../../src/cases/read.js';
import { caseSchemaFor } from '../../src/cases/schema.js';
import { caseData, caseYaml, draftName } from '../../src/cli/interview/caseFile.js';
import { conduct, type Prompter, type Reply, type ReviewReply } from '../../src/cli/interview/drive.js';
import { equivalentCommand, shellWord } from '../../src/cli/interview/equivalent.js';
import { Interview, type Question } from '../../src/cli/interview/model.js';
import { planFacts } from '../../src/cli/interview/relevance.js';
import { Wording } from '../../src/cli/interview/terminal.js';
import { evaluateCase } from '../../src/core/evaluateCase.js';
import { render } from '../../src/core/render.js';
import type { FactValue } from '../../src/rules/conditions.js';
import { parseRuleFile } from '../../src/rules/load.js';
import { shippedCalendar } from '../helpers/calendar.js';
import { procedures, ruleInputs, shippedRules } from '../helpers/rules.js';

const AS_OF = '2026-11-22' as IsoDate;
const catalog = { procedures: new Map(procedures.map((p) => [p, shippedRules(p)])) };

function interview(procedure: string, given: Record<string, FactValue> = {}) {
  return new Interview({ rules: shippedRules(procedure), asOf: AS_OF, calendar: shippedCalendar, given: new Map(Object.entries(given)) });
}

type Script = readonly (readonly [string, FactValue | 'skip' | 'back' | 'continue' | { change: string }])[];

/** A prompter that plays `script` in order, checking that each question is the one expected. */
function scripted(script: Script) {
  const log: string[] = [];
  const questions: Question[] = [];
  let i = 0;
  const nextStep = (what: string) => {
    const step = script[i++];
    if (!step) throw new Error(`unexpected ${what} after the script ended (asked so far: ${log.join(', ')})`);
    if (step[0] !== what) throw new Error(`expected ${step[0]}, asked ${what} (asked so far: ${log.join(', ')})`);
    return step[1];
  };
  const prompter: Prompter = {
    async ask(q: Question, validate): Promise<Reply> {
      log.push(`${q.number}/${q.atMost} ${q.fact.id}${q.optional ? '?' : ''}`);
      questions.push(q);
      const r = nextStep(q.fact.id);
      if (r === 'skip') return { kind: 'skip' };
      if (r === 'back') return { kind: 'back' };
      if (typeof r === 'string' && q.fact.type === 'date') {
        const problem = validate(r);
        if (problem) throw new Error(`${q.fact.id} ${r} refused: ${render(problem, 'en')}`);
      }
      return { kind: 'answer', value: r as FactValue };
    },
    async review(entries): Promise<ReviewReply> {
      log.push(`review(${entries.map((e) => `${e.fact.id}${e.given ? '*' : ''}`).join(' ')})`);
      const r = nextStep('review');
      if (r === 'continue') return { kind: 'continue' };
      if (r === 'back') return { kind: 'back' };
      return { kind: 'change', fact: (r as { change: string }).change };
    },
    async documents() {
      return undefined;
    },
  };
  return { prompter, log, questions, done: () => expect(i, `script steps left: ${JSON.stringify(script.slice(i))}`).toBe(script.length) };
}

async function play(iv: Interview, script: Script) {
  const s = scripted(script);
  await conduct(iv, s.prompter, { review: true });
  s.done();
  return s;
}

describe('which questions the interview asks', () => {
  it('offers the required facts in rule order, then the optional ones the case can use, with the progress', async () => {
    const iv = interview('cancel');
    const { log } = await play(iv, [
      ['reason', 'resignation'],
      ['event-date', '2026-11-18'],
      ['category', 'B'],
      ['city', 'beijing'],
      ['salary-commitment', false],
      ['district', 'haidian'],
      ['submission-date', 'skip'],
      ['review', 'continue'],
    ]);
    expect(log).toEqual([
      '1/9 reason',
      '2/7 event-date',
      '3/7 category',
      '4/7 city',
      '5/7 salary-commitment',
      '6/7 district?',
      '7/7 submission-date?',
      'review(reason event-date category city salary-commitment district submission-date)',
    ]);
    expect(Object.fromEntries(iv.facts())).toEqual({
      reason: 'resignation',
      'event-date': '2026-11-18',
      category: 'B',
      city: 'beijing',
      'salary-commitment': false,
      district: 'haidian',
    });
  });

  it('asks no district after a city without offices, and nothing but the reason when there is nothing to file', async () => {
    const other = await play(interview('cancel', { reason: 'death', 'event-date': '2026-10-03' }), [
      ['category', 'B'],
      ['city', 'shanghai'],
      ['salary-commitment', true],
      ['submission-date', 'skip'],
      ['review', 'continue'],
    ]);
    expect(other.log.at(-2)).toBe('4/4 submission-date?');
    const expired = await play(interview('cancel'), [
      ['reason', 'permit-expired'],
      ['review', 'continue'],
    ]);
    expect(expired.log).toEqual(['1/9 reason', 'review(reason)']);
  });

  it('offers the dates the freshness checks need for a Notification Letter, and the on-site date of a residence permit', async () => {
    const apply = await play(interview('apply', { 'hire-route': 'from-abroad', category: 'B', 'degree-origin': 'abroad', 'apostille-country': true, 'sector-approval': 'none', 'family-members': false, city: 'other' }), [
      ['submission-date', 'skip'],
      ['criminal-record-issued', 'skip'],
      ['medical-issued', 'skip'],
      ['passport-expiry', 'skip'],
      ['entry-date', 'skip'],
      ['review', 'continue'],
    ]);
    expect(apply.log.slice(0, 5)).toEqual([
      '1/5 submission-date?',
      '2/5 criminal-record-issued?',
      '3/5 medical-issued?',
      '4/5 passport-expiry?',
      '5/5 entry-date?',
    ]);
    const residence = await play(interview('residence', { application: 'first-after-entry', 'entry-date': '2026-11-10', category: 'B', city: 'other', 'interview-exemption': 'none', 'household-registration': false }), [
      ['onsite-date', '2026-11-20'],
      ['lodging', 'hotel'],
      ['review', 'continue'],
    ]);
    expect(residence.log.slice(0, 2)).toEqual(['1/2 onsite-date?', '2/2 lodging?']);
  });

  it('never offers a fact that only decides whether another is asked', () => {
    const demo = parseRuleFile(
      'rules/demo.yaml',
      `procedure: demo
title: { en: Demo, zh: 演示 }
summary: { en: Demo., zh: 演示。 }
checked: 2026-11-22
facts:
  - { id: kind, type: enum, question: { en: Which kind?, zh: 哪类？ }, values: [{ value: a, label: { en: A, zh: 甲 } }, { value: b, label: { en: B, zh: 乙 } }] }
  - { id: gate, type: boolean, question: { en: Gate?, zh: 门？ } }
  - { id: gated, type: date, ask-when: { fact: gate, is: true }, question: { en: Gated?, zh: 门后？ } }
  - { id: start, type: date, range: near, question: { en: Start?, zh: 开始？ } }
documents:
  - { id: form, title: { en: Form, zh: 表 }, when: { fact: kind, is: a }, source: { source: nanjing-work-permit-faq-2025, ref: q1 } }
deadlines:
  - { id: due, kind: due, title: { en: Due, zh: 期限 }, count: { working-days: 10, after: { fact: start } }, source: { source: nanjing-work-permit-faq-2025, ref: q1 } }
steps: []
warnings: []
`,
      ruleInputs,
    );
    expect([...planFacts(demo)]).toEqual(['kind', 'start']);
    const iv = new Interview({ rules: demo, asOf: AS_OF, calendar: shippedCalendar, given: new Map() });
    expect(iv.next()?.fact.id).toBe('kind');
  });

  it('never asks what flags or a case file already gave, and lists those in the review as given', async () => {
    const { log } = await play(interview('cancel', { reason: 'death', 'event-date': '2026-10-03', city: 'other' }), [
      ['category', 'B'],
      ['salary-commitment', true],
      ['submission-date', 'skip'],
      ['review', 'continue'],
    ]);
    expect(log).toEqual(['1/3 category', '2/3 salary-commitment', '3/3 submission-date?', 'review(reason* event-date* city* category salary-commitment submission-date)']);
  });
});

describe('help and choices that fit the answers so far', () => {
  it('gives the event-date help of a resignation, without death or court dates', () => {
    const iv = interview('cancel', { reason: 'resignation' });
    const q = iv.next();
    expect(q?.fact.id).toBe('event-date');
    expect(q?.help?.en).toMatch(/^The day the employment legally ends/);
    const death = interview('cancel', { reason: 'death' }).next();
    expect(death?.help?.en).toMatch(/^The date of death/);
  });

  it('offers only the districts of the chosen city', () => {
    const iv = interview('extend', { expiry: '2027-02-15', category: 'B', 'position-change': 'none', 'salary-commitment': false, 'sector-approval': 'none', city: 'nanjing', 'birth-date': '1979-08-03' });
    const q = iv.next();
    expect(q?.fact.id).toBe('district');
    expect(q?.choices?.map((c) => c.value)).toEqual(['municipal', 'provincial', 'jiangbei', 'jiangning', 'jiangning-development-zone']);
  });

  it('preselects the default, or the earlier answer when a question is asked again', async () => {
    const iv = interview('cancel', { reason: 'resignation', 'event-date': '2026-11-18' });
    expect(iv.next()).toMatchObject({ default: 'B', canGoBack: false });
    iv.answer('category', 'A');
    expect(iv.next()?.fact.id).toBe('city');
    expect(iv.back()).toBe(true);
    expect(iv.next()).toMatchObject({ fact: { id: 'category' }, default: 'A', previous: { value: 'A' } });
  });
});

describe('back and the review', () => {
  it('goes back one question at a time and keeps the earlier answers', async () => {
    const { log } = await play(interview('cancel'), [
      ['reason', 'resignation'],
      ['event-date', '2026-11-18'],
      ['category', 'back'],
      ['event-date', 'back'],
      ['reason', 'dismissal'],
      ['event-date', '2026-11-17'],
      ['category', 'B'],
      ['city', 'other'],
      ['salary-commitment', false],
      ['submission-date', 'skip'],
      ['review', 'back'],
      ['submission-date', '2026-11-20'],
      ['review', 'continue'],
    ]);
    expect(log.slice(0, 6)).toEqual(['1/9 reason', '2/7 event-date', '3/7 category', '2/7 event-date', '1/9 reason', '2/7 event-date']);
  });

  it('drops the answers a changed reason makes irrelevant and asks the ones it makes relevant', async () => {
    const iv = interview('cancel');
    const { log } = await play(iv, [
      ['reason', 'absconded'],
      ['last-contact', '2026-10-20'],
      ['category', 'B'],
      ['city', 'other'],
      ['salary-commitment', false],
      ['notice-date', '2026-11-10'],
      ['submission-date', 'skip'],
      ['review', { change: 'reason' }],
      ['reason', 'resignation'],
      ['event-date', '2026-11-18'],
      ['review', 'continue'],
    ]);
    expect(log.slice(7)).toEqual([
      'review(reason last-contact category city salary-commitment notice-date submission-date)',
      '1/9 reason',
      '2/7 event-date',
      'review(reason event-date category city salary-commitment submission-date)',
    ]);
    expect(iv.facts().has('last-contact')).toBe(false);
    expect(iv.facts().has('notice-date')).toBe(false);
  });

  it('asks a kept date again when a changed answer makes it impossible', async () => {
    const { log, questions } = await play(interview('cancel'), [
      ['reason', 'resignation'],
      ['event-date', '2026-11-18'],
      ['category', 'B'],
      ['city', 'other'],
      ['salary-commitment', false],
      ['submission-date', '2026-11-20'],
      ['review', { change: 'event-date' }],
      ['event-date', '2026-11-21'],
      ['submission-date', '2026-11-23'],
      ['review', 'continue'],
    ]);
    expect(log.at(-2)).toBe('6/6 submission-date?');
    expect(render(questions.at(-1)?.problem ?? { en: '', zh: '' }, 'en')).toMatch(/^The submission date is before the event/);
  });

  it('changes a given fact only when the interview would ask it', () => {
    const iv = interview('cancel', { reason: 'resignation', 'last-contact': '2026-10-01' });
    const review = iv.review();
    expect(review.find((e) => e.fact.id === 'reason')).toMatchObject({ given: true, changeable: true });
    expect(review.find((e) => e.fact.id === 'last-contact')).toMatchObject({ given: true, changeable: false });
    expect(iv.change('last-contact')).toBe(false);
    expect(iv.change('reason')).toBe(true);
    expect(iv.next()).toMatchObject({ fact: { id: 'reason' }, default: 'resignation', number: 1 });
  });
});

describe('typed dates', () => {
  const at = (procedure: string, given: Record<string, FactValue>) => {
    const iv = interview(procedure, given);
    const q = iv.next() as Question;
    return (text: string) => {
      const t = iv.validate(q.fact.id, text);
      return t && render(t, 'en');
    };
  };

  it('refuses impossible dates, empty required ones, and dates outside the fact\'s range', () => {
    const eventDate = at('cancel', { reason: 'resignation' });
    expect(eventDate('2026-02-30')).toBe('expected a real date written YYYY-MM-DD (e.g. 2026-11-18), got "2026-02-30"');
    expect(eventDate('18/11/2026')).toMatch(/^expected a real date/);
    expect(eventDate('')).toMatch(/^an answer is needed/);
    expect(eventDate('2028-01-01')).toMatch(/more than a year after the as-of date 2026-11-22/);
    expect(eventDate('2026-11-18')).toBeUndefined();
    const birth = at('extend', { expiry: '2027-02-15', category: 'B', 'position-change': 'none', 'salary-commitment': false, 'sector-approval': 'none', city: 'other' });
    expect(birth('2030-01-01')).toMatch(/is after the as-of date 2026-11-22/);
    expect(birth('')).toBeUndefined();
    expect(birth('1979-08-03')).toBeUndefined();
  });

  it('refuses a newspaper notice published before the employee was out of touch for 15 days', () => {
    const notice = at('cancel', { reason: 'absconded', 'last-contact': '2026-10-20', category: 'B', city: 'other', 'salary-commitment': false });
    expect(notice('2026-10-25')).toMatch(/^The notice was published before the employee had been out of touch for more than 15/);
    expect(notice('2026-11-10')).toBeUndefined();
  });

  it('shows how far a date may lie', () => {
    const q = interview('cancel', { reason: 'resignation' }).next();
    expect(q?.range && render(q.range, 'en')).toBe('at most a year ahead (2027-11-22)');
  });
});

describe('the case file written from the answers', () => {
  const schema = caseSchemaFor(catalog);
  const check = (text: string) => {
    const r = readCase('x.yaml', text, schema);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.findings)).toBe(true);
    if (!r.ok) throw new Error('not a case');
    const result = evaluateCase(r.case, { catalog, calendar: shippedCalendar, asOf: AS_OF });
    expect(result.findings.filter((f) => f.ruleId === 'case-parse' || f.ruleId === 'case-schema')).toEqual([]);
    return r.case.data;
  };

  it('puts each fact where its rule file says, and the documents in hand', () => {
    const rules = shippedRules('apply');
    const facts = new Map<string, FactValue>([
      ['category', 'B'],
      ['degree-origin', 'abroad'],
      ['apostille-country', true],
      ['city', 'beijing'],
      ['district', 'dongcheng'],
      ['submission-date', '2026-12-10'],
      ['criminal-record-issued', '2026-09-01'],
      ['passport-expiry', '2030-02-28'],
    ]);
    const data = caseData({ rules, facts, id: 'john', documents: { ids: ['application-form', 'criminal-record'], inHand: new Map([['application-form', true]]) } });
    expect(data).toEqual({
      schema: 'permit/case@1',
      id: 'john',
      employee: { passport: { expiry: '2030-02-28' } },
      employer: { city: 'beijing', district: 'dongcheng' },
      permit: { category: 'B' },
      procedures: [
        {
          procedure: 'apply',
          facts: { 'degree-origin': 'abroad', 'apostille-country': true },
          submitted: '2026-12-10',
          documents: { 'criminal-record': { status: 'pending', issued: '2026-09-01' }, 'application-form': { status: 'ready' } },
        },
      ],
    });
    const text = caseYaml(data, ['Written by a test.']);
    expect(text).toMatch(/^# Written by a test\.\n/);
    expect(text).toContain('passport: { expiry: 2030-02-28 }');
    expect(text).toContain('criminal-record: { status: pending, issued: 2026-09-01 }');
    expect(check(text)).toEqual(data);
  });

  it('keeps the rest of a case it started from, and never holds a fact twice', () => {
    const base = {
      schema: 'permit/case@1',
      id: 'old',
      employee: { name: 'Ana Lima', passport: { last4: '4821' } },
      employer: { name: 'Example Co.', city: 'other' },
      procedures: [
        { procedure: 'extend', facts: { 'position-change': 'none' } },
        { procedure: 'cancel', facts: { reason: 'resignation', city: 'other' }, done: {} },
      ],
      waivers: [],
    };
    const data = caseData({
      rules: shippedRules('cancel'),
      facts: new Map<string, FactValue>([['reason', 'resignation'], ['event-date', '2026-11-18'], ['city', 'beijing']]),
      id: 'ana',
      base,
      entryIndex: 1,
    });
    expect(data).toMatchObject({
      id: 'ana',
      employee: { name: 'Ana Lima', passport: { last4: '4821' } },
      employer: { name: 'Example Co.', city: 'beijing' },
      procedures: [
        { procedure: 'extend', facts: { 'position-change': 'none' } },
        { procedure: 'cancel', facts: { reason: 'resignation', 'event-date': '2026-11-18' }, done: {} },
      ],
      waivers: [],
    });
    expect(base.employer.city).toBe('other');
    check(caseYaml(data, []));
  });

  it('names drafts beside the file, numbered when one exists', () => {
    expect(draftName('cases/ana.yaml', 1)).toBe('cases/ana.draft.yaml');
    expect(draftName('cases/ana.yaml', 2)).toBe('cases/ana.draft-2.yaml');
    expect(draftName('ana', 1)).toBe('ana.draft.yaml');
  });
});

describe('the equivalent command', () => {
  it('gives every fact as a flag, booleans as --x or --no-x, and repeats the flags that change the result', () => {
    const facts = new Map<string, FactValue>([
      ['city', 'beijing'],
      ['reason', 'resignation'],
      ['salary-commitment', false],
      ['event-date', '2026-11-18'],
    ]);
    expect(equivalentCommand(shippedRules('cancel'), facts, { asOf: '2026-11-22', lang: 'zh', format: 'json', calendar: ['my cal.yaml'] })).toBe(
      "permit check cancel --reason resignation --event-date 2026-11-18 --city beijing --no-salary-commitment --as-of 2026-11-22 --calendar 'my cal.yaml' --lang zh --format json",
    );
    expect(shellWord("it's")).toBe("'it'\\''s'");
  });
});

describe('wording', () => {
  it('writes labels in the chosen language, or both side by side', () => {
    const label = { en: 'Beijing', zh: '北京' };
    expect(new Wording('both').label(label)).toBe('Beijing · 北京');
    expect(new Wording('zh').label(label)).toBe('北京');
    expect(new Wording('both').lines({ id: 'interview.review' })).toEqual([
      'Review your answers: choose one to change, or continue',
      '核对答案：选择一项修改，或继续',
    ]);
  });
});
