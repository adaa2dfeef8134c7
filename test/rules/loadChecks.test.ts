/**
 * Every cross-check of the rule loader, ESLint-style: each invalid file with the complete list
 * of its problems, each pinned to line, column and code (a spurious extra problem fails too);
 * and what a valid file resolves to (shared facts merged, lines, named conditions).
 */
import { describe, expect, it } from 'vitest';
import { parseRuleFile, parseSharedFacts, RESERVED_FACT_IDS } from '../../src/rules/load.js';
import { DiagnosticError } from '../../src/yaml/diagnostics.js';
import { registry, sharedFacts } from '../helpers/rules.js';
import { demoProblems, demoRules, demoText, header } from './demoRules.js';

const q = '{ en: Q?, zh: 问？ }';
const src = '{ source: agency-cancellation-guide, ref: "note 3" }';
const facts = `facts:
  - id: reason
    type: enum
    question: ${q}
    values:
      - { value: resignation, label: { en: R, zh: 辞 } }
      - { value: death, label: { en: D, zh: 死 } }
  - id: event-date
    type: date
    question: ${q}
  - id: married
    type: boolean
    question: ${q}
`; // lines 5-17
const dl = (id: string, count: string, extra = '') => `  - id: ${id}\n    kind: due\n    title: { en: T, zh: T }\n    count: ${count}\n${extra}    source: ${src}\n`;
const doc = (id: string, extra = '') => `  - id: ${id}\n    title: { en: T, zh: T }\n${extra}    source: ${src}\n`;
const cases: [string, string, string[]][] = [
  ['facts: enum without values, values on a non-enum, range and not-before on a non-date, a default not allowed, a bad case place',
`facts:
  - id: kind
    type: enum
    question: ${q}
  - id: flag
    type: boolean
    question: ${q}
    values:
      - { value: x, label: { en: X, zh: X } }
    range: past
    not-before:
      - date: { fact: when }
    default: maybe
  - id: when
    type: date
    question: ${q}
    default: true
    case: documents.Bad.issued
  - id: colour
    type: enum
    question: ${q}
    default: red
    values:
      - { value: blue, label: { en: B, zh: 蓝 } }
`,
    [
      '6:5 rule-fact enum fact "kind" needs "values"',
      '13:7 rule-fact only enum facts have "values"',
      '14:12 rule-fact only date facts have a "range"',
      '16:7 rule-fact only date facts have "not-before"',
      '17:14 rule-fact default "maybe" is not a value of "flag"',
      '21:14 rule-fact default true is not a value of "when"',
      '22:11 rule-fact "documents.Bad.issued" is not a place in a case file; use one of employee.birth-date, employee.passport.expiry, employer.city, employer.district, permit.category, permit.expiry, permit.salary-commitment, residence-permit.expiry, submitted or documents.<document-id>.issued',
      '26:14 rule-fact default "red" is not a value of "colour"',
    ],
  ],
  ['a reserved id, and an id used twice across lists',
`${facts}  - id: lang
    type: date
    question: ${q}
documents:
${doc('event-date')}${doc('form')}deadlines:
${dl('form', '{ working-days: 1, after: { fact: event-date } }')}`,
    [
      '22:9 duplicate-id id "event-date" is used twice in this file',
      '29:9 duplicate-id id "form" is used twice in this file',
      '18:5 rule-fact fact id "lang" is taken by a flag every check has (--lang); choose another id',
    ],
  ],
  ['conditions everywhere a condition can be',
`conditions:
  named: { fact: nope, is: x }
${facts.replace("  - id: married\n", `  - id: married\n    ask-when: { fact: reason, is: retired }\n    help:\n      - { en: H, zh: H, when: { fact: married, is: maybe } }\n`)}  - id: district
    type: enum
    question: ${q}
    values:
      - { value: a, label: { en: A, zh: A }, when: { fact: city, is: x } }
dates:
  - id: d1
    when: { fact: reason, in: [death, nope] }
    count: { months: 1, after: { fact: event-date }, roll: none }
documents:
${doc('form', `    when: { all: [{ fact: reason, is: death }, { any: [{ not: { fact: married, is: 3 } }] }] }\n    notes:\n      - { id: n1, en: N, zh: N, when: { fact: married, passed: true } }\n      - { id: n1, en: N, zh: N }\n`)}deadlines:
${dl('apply', '{ working-days: 1, after: { fact: event-date } }', `    alternatives:\n      - id: alt\n        reading: { en: R, zh: R }\n        when: { fact: event-date, is: x }\n        count: { working-days: 2, after: { fact: reason } }\n        source: ${src}\n    cases:\n      - when: { deadline: nope, status: [overdue] }\n        count: { working-days: 3, after: { date: nope } }\n        opens: { working-days: 1, after: { deadline: later } }\n        alternatives:\n          - id: alt2\n            reading: { en: R, zh: R }\n            when: { deadline: apply, status: [today] }\n            count: { working-days: 2, after: { fact: married } }\n            source: ${src}\n        source: ${src}\n`)}${dl('later', '{ working-days: 1, after: { fact: event-date } }')}`,
    [
      '6:18 rule-reference condition names undeclared fact "nope"',
      '18:35 rule-reference "retired" is not a value of fact "reason" (one of resignation, death)',
      '20:52 rule-reference "maybe" is not a value of fact "married" (true or false)',
      '27:60 rule-reference condition names undeclared fact "city"',
      '30:31 rule-reference "nope" is not a value of fact "reason" (one of resignation, death)',
      '35:84 rule-reference 3 is not a value of fact "married" (true or false)',
      '37:47 rule-reference fact "married" is not a date',
      '38:15 duplicate-id note id "n1" is used twice in form',
      '49:50 rule-reference fact "reason" is not a date',
      '52:27 rule-reference no deadline "nope"',
      '53:50 rule-reference no derived date "nope" under dates:',
      '54:54 rule-reference "later" must be a deadline declared above this one',
      '59:54 rule-reference fact "married" is not a date',
      '58:46 rule-reference a due deadline is never "today" (it can be not-yet-open, upcoming, due-soon, due-today, past-plan-date, overdue, met)',
    ],
  ],
  ['date references of every kind',
`${facts}dates:
  - id: first
    count: { months: 1, after: { date: second }, roll: none }
  - id: second
    count: { months: 1, after: { deadline: apply }, roll: none }
documents:
${doc('form', '    valid-for: { months: 6, from: { fact: married }, tested-on: { later-of: [{ fact: nope }, { date: none }] } }\n')}${doc('passport', '    valid-for: { months-left: 6, until: { fact: event-date, else: { deadline: ghost } }, tested-on: { deadline: apply } }\n')}deadlines:
${dl('apply', '{ working-days: 1, after: { fact: event-date, else: { date: first } } }', '    opens: { working-days: 1, after: { deadline: apply } }\n    met-by: nope\n')}${dl('second-deadline', '{ calendar-days: 1, before: { later-of: [{ deadline: apply }, { date: second }] }, roll: none }', '    met-by: married\n')}`,
    [
      '20:40 rule-reference "second" must be a derived date declared above this one',
      '22:44 rule-reference "apply" must be a deadline declared above this one',
      '37:50 rule-reference "apply" must be a deadline declared above this one',
      '38:13 rule-reference met-by names "nope", which is not a date fact of this file',
      '44:13 rule-reference met-by names "married", which is not a date fact of this file',
      '26:43 rule-reference fact "married" is not a date',
      '26:86 rule-reference undeclared fact "nope"',
      '26:102 rule-reference no derived date "none" under dates:',
      '30:79 rule-reference no deadline "ghost"',
    ],
  ],
  ['compare conditions, statuses and named-condition cycles',
`conditions:
  a: { condition: b }
  b: { any: [{ condition: a }] }
  c: { not: { condition: c } }
  d: { condition: a }
${facts}documents:
${doc('form', '    when: { compare: { fact: reason }, on-or-after: { deadline: nope } }\n')}${doc('form2', '    when: { all: [{ deadline: apply, status: [met, today, overdue] }, { deadline: window, status: [met, overdue, passed] }] }\n')}deadlines:
${dl('apply', '{ working-days: 1, after: { fact: event-date } }')}  - id: window
    kind: earliest
    title: { en: T, zh: T }
    count: { working-days: 1, after: { fact: event-date } }
    source: ${src}
`,
    [
      '6:6 rule-reference condition "a" refers to itself',
      '7:6 rule-reference condition "b" refers to itself',
      '8:6 rule-reference condition "c" refers to itself',
      '26:30 rule-reference fact "reason" is not a date',
      '26:65 rule-reference no deadline "nope"',
      '30:46 rule-reference a due deadline is never "today" (it can be not-yet-open, upcoming, due-soon, due-today, past-plan-date, overdue, met)',
      '30:99 rule-reference a earliest deadline is never "overdue" (it can be upcoming, today, passed, met)',
    ],
  ],
  ['steps, warnings and watch naming what is not there',
`${facts}deadlines:
${dl('apply', '{ working-days: 1, after: { fact: event-date } }')}steps:
  - id: s
    title: { en: T, zh: T }
    deadline: nope
    source: ${src}
warnings:
  - id: w
    level: info
    message: { en: "By {{apply}} or {{nope}}", zh: "{{also-nope}}" }
    source: ${src}
watch:
  deadline: missing
  facts: { reason: retired, ghost: x, married: "yes", event-date: 2026-01-01 }
`,
    [
      '32:14 rule-reference placeholder {{nope}} names no deadline',
      '32:14 rule-reference placeholder {{also-nope}} names no deadline',
      '27:15 rule-reference no deadline "nope"',
      '35:13 rule-reference no deadline "missing"',
      '36:20 rule-reference "retired" is not a value of fact "reason" (one of resignation, death)',
      '36:10 rule-reference watch names undeclared fact "ghost"',
      '36:48 rule-reference "yes" is not a value of fact "married" (true or false)',
    ],
  ],
  ['cycles through all, a missing named condition, an enum without values in a condition, unknown sources in every list',
`conditions:
  a: { all: [{ fact: reason, is: death }, { condition: b }] }
  b: { any: [{ condition: a }] }
  c: { condition: missing }
facts:
  - id: reason
    type: enum
    question: ${q}
    values:
      - { value: death, label: { en: D, zh: D } }
  - id: kind
    type: enum
    question: ${q}
  - id: event-date
    type: date
    question: ${q}
    not-before:
      - date: { fact: nope }
dates:
  - id: second
    count: { months: 1, after: { fact: event-date }, roll: none }
documents:
  - id: form
    title: { en: T, zh: T }
    when: { fact: kind, is: x }
    valid-for: { months: 6, from: { deadline: apply }, tested-on: { date: second } }
    source: ${src}
  - id: passport
    title: { en: T, zh: T }
    valid-for: { months-left: 6, until: { deadline: apply }, tested-on: { as-of: true } }
    source: ${src}
deadlines:
  - id: apply
    kind: due
    title: { en: T, zh: T }
    count: { calendar-days: 3, before: { fact: nope2 }, roll: none }
    alternatives:
      - id: alt
        reading: { en: R, zh: R }
        when: { fact: ghost, is: x }
        count: { working-days: 2, after: { fact: event-date } }
        source: { source: nope-a, ref: "x" }
    source: { source: nope-d, ref: "x" }
steps:
  - id: s
    title: { en: T, zh: T }
    source: { source: nope-s, ref: "x" }
warnings:
  - id: w
    level: info
    message: { en: M, zh: M }
    source: { source: nope-w, ref: "x" }
`,
    [
      '15:5 rule-fact enum fact "kind" needs "values"',
      '8:19 rule-reference no condition "missing" under conditions:',
      '6:6 rule-reference condition "a" refers to itself',
      '7:6 rule-reference condition "b" refers to itself',
      '22:23 rule-reference undeclared fact "nope"',
      '29:29 rule-reference "x" is not a value of fact "kind"',
      '40:48 rule-reference undeclared fact "nope2"',
      '44:23 rule-reference condition names undeclared fact "ghost"',
      `47:23 unknown-source unknown source "nope-d"; cite an id of data/sources.yaml (permit sources lists them) or one declared under this file's "sources:"`,
      `46:27 unknown-source unknown source "nope-a"; cite an id of data/sources.yaml (permit sources lists them) or one declared under this file's "sources:"`,
      `51:23 unknown-source unknown source "nope-s"; cite an id of data/sources.yaml (permit sources lists them) or one declared under this file's "sources:"`,
      `56:23 unknown-source unknown source "nope-w"; cite an id of data/sources.yaml (permit sources lists them) or one declared under this file's "sources:"`,
    ],
  ],
];

describe('parseRuleFile cross-checks', () => {
  it.each(cases)('reports %s, every problem at its place', (_name, body, expected) => {
    expect(demoProblems(body)).toEqual(expected);
  });
});

describe('the file name', () => {
  it('takes the procedure from a .yaml or .yml file name, and only from its end', () => {
    expect(parseRuleFile('rules/demo.yml', demoText('facts: []\n'), { registry, shared: sharedFacts }).file).toBe('demo.yml');
    try {
      parseRuleFile('rules/demo.yaml.bak', demoText('facts: []\n'), { registry, shared: sharedFacts });
      expect.unreachable();
    } catch (e) {
      expect((e as DiagnosticError).diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([
        '1:12 rule-name procedure "demo" must match the file name "demo.yaml.bak"',
      ]);
    }
  });
});

describe('shared facts', () => {
  const use = `facts:
  - use: city
    question: { en: Where is the office?, zh: 办公室在哪？ }
  - use: category
  - id: event-date
    type: date
    question: ${q}
`;

  it('merges a shared fact with the procedure’s overrides, and keeps its line', () => {
    const rules = demoRules(use);
    const city = rules.factsById.get('city');
    expect(city).toMatchObject({
      id: 'city',
      type: 'enum',
      default: 'other',
      case: 'employer.city',
      question: { en: 'Where is the office?', zh: '办公室在哪？' },
    });
    expect(city).not.toHaveProperty('use');
    expect(rules.factsById.get('category')?.question).toEqual(sharedFacts.facts.find((f) => f.id === 'category')?.question);
    expect(rules.facts.map((f) => f.id)).toEqual(['city', 'category', 'event-date']);
    expect([...rules.lines]).toEqual([
      ['city', 6],
      ['category', 8],
      ['event-date', 9],
    ]);
  });

  it('names a shared fact that does not exist, and a use twice, at the use', () => {
    expect(demoProblems(`facts:\n  - use: town\n  - use: city\n  - use: city\n`)).toEqual([
      '6:10 rule-reference no shared fact "town" in rules/shared/facts.yaml',
      '8:10 duplicate-id id "city" is used twice in this file',
    ]);
  });

  it('says a use needs a shared facts file when the folder has none', () => {
    try {
      parseRuleFile('rules/demo.yaml', demoText(`facts:\n  - use: city\n`), { registry });
      expect.unreachable();
    } catch (e) {
      expect((e as DiagnosticError).diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([
        '6:10 rule-reference "use: city" needs a shared/facts.yaml in the rule folder',
      ]);
    }
  });

  it('refuses a shared fact defined twice, at its second id', () => {
    try {
      parseSharedFacts('rules/shared/facts.yaml', `checked: 2026-11-22\nfacts:\n  - id: a\n    type: date\n    question: ${q}\n  - id: a\n    type: date\n    question: ${q}\n`);
      expect.unreachable();
    } catch (e) {
      expect((e as DiagnosticError).diagnostics).toEqual([
        { file: 'rules/shared/facts.yaml', line: 6, col: 9, message: 'fact "a" is defined twice', code: 'duplicate-id' },
      ]);
    }
    expect(parseSharedFacts('s.yaml', `checked: 2026-11-22\nfacts:\n  - id: a\n    type: date\n    question: ${q}\n`)).toEqual({
      file: 's.yaml',
      facts: [{ id: 'a', type: 'date', question: { en: 'Q?', zh: '问？' } }],
    });
  });
});

describe('what a valid file resolves to', () => {
  const body = `sources:
  house:
    kind: secondary
    title: { en: Handbook, zh: 手册 }
    publisher: { en: ACME, zh: 某公司 }
examples: [--reason death]
conditions:
  dead: { fact: reason, is: death }
${facts}dates:
  - id: d1
    count: { months: 1, after: { fact: event-date }, roll: none }
documents:
${doc('form', '    when: { condition: dead }\n')}deadlines:
${dl('apply', '{ working-days: 1, after: { fact: event-date } }', '    met-by: event-date\n')}steps:
  - id: s
    title: { en: T, zh: T }
    deadline: apply
    source: { source: house, ref: "p. 2" }
warnings: []
watch:
  deadline: apply
  facts: { reason: death, married: true, event-date: 2026-01-01 }
`;

  it('gives the file name, items, lines, named conditions and the file’s own sources', () => {
    const rules = parseRuleFile('some/folder/demo.yaml', demoText(body), { registry, shared: sharedFacts });
    expect(rules.file).toBe('demo.yaml');
    expect(rules.procedure).toBe('demo');
    expect(rules.title).toEqual({ en: 'Demo', zh: '示例' });
    expect(rules.checked).toBe('2026-11-22');
    expect(rules.examples).toEqual(['--reason death']);
    expect(rules.dates?.map((x) => x.id)).toEqual(['d1']);
    expect(rules.watch).toEqual({ deadline: 'apply', facts: { reason: 'death', married: true, 'event-date': '2026-01-01' } });
    expect([...rules.named]).toEqual([['dead', { fact: 'reason', is: 'death' }]]);
    expect([...rules.lines.keys()]).toEqual(['reason', 'event-date', 'married', 'd1', 'form', 'apply', 's']);
    expect(rules.lines.get('form')).toBe(30);
    expect(Object.keys(rules.localSources ?? {})).toEqual(['house']);
    expect(rules.steps[0]?.source).toMatchObject({ source: 'house', kind: 'secondary', ref: 'p. 2', checked: '2026-11-22' });
    expect(rules.deadlines[0]?.source).toMatchObject({ source: 'agency-cancellation-guide', kind: 'secondary' });
    expect(rules).not.toHaveProperty('conditions');
    expect(rules).not.toHaveProperty('sources');
  });

  it('has no localSources when the file declares none', () => {
    expect(demoRules(facts)).not.toHaveProperty('localSources');
    expect(demoRules(facts).named.size).toBe(0);
    expect(header.startsWith('procedure: demo')).toBe(true);
  });

  it('refuses as a fact id every flag a check has', () => {
    const flags = ['as-of', 'brief', 'calendar', 'case', 'color', 'explain', 'format', 'from', 'help', 'interactive', 'lang', 'no-color', 'output', 'procedure', 'remind', 'save', 'force', 'version', 'warn-within'];
    expect([...RESERVED_FACT_IDS].sort()).toEqual([...flags].sort());
    for (const id of flags) {
      expect(demoProblems(`facts:\n  - id: ${id}\n    type: date\n    question: ${q}\n`)).toEqual([
        `6:5 rule-fact fact id "${id}" is taken by a flag every check has (--${id}); choose another id`,
      ]);
    }
  });

  it('needs exactly one relation in a compare condition', () => {
    const form = (when: string) => `${facts}documents:\n${doc('form', `    when: ${when}\n`)}`;
    const message = '21:11 invalid-value documents[0].when: a compare condition needs exactly one of before, after, on-or-before, on-or-after';
    expect(demoProblems(form('{ compare: { fact: event-date }, before: { as-of: true }, after: { as-of: true } }'))).toEqual([message]);
    expect(demoProblems(form('{ compare: { fact: event-date } }'))).toEqual([message]);
    expect(demoProblems(form('{ compare: { fact: event-date }, on-or-after: { as-of: true } }'))).toEqual([]);
  });

  it('accepts conditions on values the facts have, and known on any fact', () => {
    expect(
      demoProblems(`${facts}documents:\n${doc('form', '    when: { all: [{ fact: reason, in: [death, resignation] }, { fact: married, is: false }, { fact: event-date, known: false }, { fact: event-date, passed: true }] }\n')}`),
    ).toEqual([]);
  });
});
