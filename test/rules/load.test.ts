/**
 * The rule loader, ESLint-style: a valid table and an invalid table, each invalid case pinned
 * to its line, column and code.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/rules/evaluate.js';
import { parseRuleFile } from '../../src/rules/load.js';
import { DiagnosticError } from '../../src/yaml/diagnostics.js';
import { shippedCalendar } from '../helpers/calendar.js';
import { ruleInputs as registry } from '../helpers/rules.js';

const header = `procedure: demo
title: { en: Demo, zh: 示例 }
summary: { en: Demo, zh: 示例 }
checked: 2026-11-22
`;
const src = '{ source: agency-cancellation-guide, ref: "note 3" }';
const facts = `facts:
  - id: reason
    type: enum
    question: { en: Why?, zh: 为什么？ }
    values:
      - { value: resignation, label: { en: Resigned, zh: 辞职 } }
  - id: event-date
    type: date
    question: { en: When?, zh: 何时？ }
`;
const empty = (except: string[]) =>
  ['documents', 'deadlines', 'steps', 'warnings']
    .filter((k) => !except.includes(k))
    .map((k) => `${k}: []\n`)
    .join('');

function diagnostics(text: string) {
  try {
    parseRuleFile('rules/demo.yaml', text, registry);
  } catch (e) {
    if (e instanceof DiagnosticError)
      return e.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`);
    throw e;
  }
  return [];
}

describe('parseRuleFile', () => {
  it('resolves citations with the file-level checked date and the registry entry', () => {
    const text = `${header}${facts}documents:\n  - id: form\n    title: { en: Form, zh: 表 }\n    source: ${src}\n    see-also:\n      - { source: civil-code, ref: "art. 201", checked: 2026-12-01 }\n${empty(['documents'])}`;
    const form = parseRuleFile('rules/demo.yaml', text, registry).documents[0];
    expect(form?.source).toEqual({
      source: 'agency-cancellation-guide',
      kind: 'secondary',
      title: { en: 'How to cancel a China Work Permit?', zh: '如何注销中国工作许可（英文指南）' },
      publisher: { en: 'Ikky in China (ikkyinchina.com)', zh: 'Ikky in China（ikkyinchina.com）' },
      ref: 'note 3',
      checked: '2026-11-22',
      url: 'https://ikkyinchina.com/2021/12/18/china-work-permit-cancellation-guide-for-foreign-applicants/',
    });
    expect(form?.['see-also']?.[0]).toMatchObject({ source: 'civil-code', kind: 'law', checked: '2026-12-01' });
    expect(JSON.stringify(form)).not.toContain('seed');
  });

  it("accepts a company's own source declared in the file and cited by it", () => {
    const own = `sources:\n  house-handbook:\n    kind: secondary\n    title: { en: HR handbook, zh: 人事手册 }\n    publisher: { en: ACME Ltd, zh: 某公司 }\n`;
    const text = `${header}${own}${facts}documents:\n  - id: form\n    title: { en: Form, zh: 表 }\n    source: { source: house-handbook, ref: "chapter 2" }\n${empty(['documents'])}`;
    expect(diagnostics(text)).toEqual([]);
    expect(parseRuleFile('rules/demo.yaml', text, registry).documents[0]?.source).toMatchObject({
      source: 'house-handbook',
      kind: 'secondary',
      publisher: { en: 'ACME Ltd' },
      checked: '2026-11-22',
    });
  });

  it('reports every unknown source at once, not just the first', () => {
    const text = `${header}${facts}documents:\n  - id: a\n    title: { en: A, zh: 甲 }\n    source: { source: nope-1, ref: "x" }\n  - id: b\n    title: { en: B, zh: 乙 }\n    source: { source: nope-2, ref: "y" }\n${empty(['documents'])}`;
    expect(diagnostics(text).map((d) => d.split(' ').slice(0, 2).join(' '))).toEqual([
      '17:23 unknown-source',
      '20:23 unknown-source',
    ]);
  });

  it('accepts a minimal valid file', () => {
    const text = `${header}${facts}documents:\n  - id: form\n    title: { en: Form, zh: 表 }\n    when: { fact: reason, is: resignation }\n    source: ${src}\n${empty(['documents'])}`;
    expect(diagnostics(text)).toEqual([]);
    const rules = parseRuleFile('rules/demo.yaml', text, registry);
    expect(rules.lines.get('form')).toBe(15);
    expect(rules.file).toBe('demo.yaml');
  });

  it.each([
    [
      'an unknown key',
      `${header}${facts}documents:\n  - id: form\n    title: { en: Form, zh: 表 }\n    colour: red\n    source: ${src}\n${empty(['documents'])}`,
      '17:5 unknown-key unknown key "colour" in documents[0]',
    ],
    [
      'a condition on an undeclared fact',
      `${header}${facts}documents:\n  - id: form\n    title: { en: Form, zh: 表 }\n    when: { fact: motive, is: x }\n    source: ${src}\n${empty(['documents'])}`,
      '17:19 rule-reference condition names undeclared fact "motive"',
    ],
    [
      'a value the fact does not have',
      `${header}${facts}documents:\n  - id: form\n    title: { en: Form, zh: 表 }\n    when: { fact: reason, is: retirement }\n    source: ${src}\n${empty(['documents'])}`,
      '17:31 rule-reference "retirement" is not a value of fact "reason" (one of resignation)',
    ],
    [
      'a duplicate id',
      `${header}${facts}documents:\n  - id: form\n    title: { en: Form, zh: 表 }\n    source: ${src}\n  - id: form\n    title: { en: Form, zh: 表 }\n    source: ${src}\n${empty(['documents'])}`,
      '18:9 duplicate-id id "form" is used twice in this file',
    ],
    [
      'a count from a deadline declared later',
      `${header}${facts}deadlines:\n  - id: first\n    kind: due\n    title: { en: A, zh: 甲 }\n    count: { working-days: 1, after: { deadline: second } }\n    source: ${src}\n  - id: second\n    kind: due\n    title: { en: B, zh: 乙 }\n    count: { working-days: 1, after: { fact: event-date } }\n    source: ${src}\n${empty(['deadlines'])}`,
      '18:50 rule-reference "second" must be a deadline declared above this one',
    ],
    [
      'a count from a fact that is not a date',
      `${header}${facts}deadlines:\n  - id: first\n    kind: due\n    title: { en: A, zh: 甲 }\n    count: { working-days: 1, after: { fact: reason } }\n    source: ${src}\n${empty(['deadlines'])}`,
      '18:46 rule-reference fact "reason" is not a date',
    ],
    [
      'an impossible checked date',
      `${header.replace('checked: 2026-11-22', 'checked: 2026-02-30')}${facts}${empty([])}`,
      '4:10 invalid-value checked: "2026-02-30" is not a real date; expected YYYY-MM-DD',
    ],
    [
      'a procedure name that differs from the file name',
      `${header.replace('procedure: demo', 'procedure: other')}${facts}${empty([])}`,
      '1:12 rule-name procedure "other" must match the file name "demo"',
    ],
    [
      'a message placeholder naming no deadline',
      `${header}${facts}warnings:\n  - id: w\n    level: error\n    message: { en: "Stale since {{nope}}", zh: 过期 }\n    source: ${src}\n${empty(['warnings'])}`,
      '17:14 rule-reference placeholder {{nope}} names no deadline',
    ],
    [
      'a citation naming no source of the registry',
      `${header}${facts}documents:\n  - id: form\n    title: { en: Form, zh: 表 }\n    source: { source: agency-guide, ref: "note 3" }\n${empty(['documents'])}`,
      '17:23 unknown-source unknown source "agency-guide"',
    ],
    [
      'a see-also naming no source of the registry',
      `${header}${facts}documents:\n  - id: form\n    title: { en: Form, zh: 表 }\n    source: ${src}\n    see-also:\n      - { source: civil-code, ref: "art. 201" }\n      - { source: civil-cod, ref: "art. 201" }\n${empty(['documents'])}`,
      '20:19 unknown-source unknown source "civil-cod"',
    ],
    [
      'a citation in the old doc shape',
      `${header}${facts}documents:\n  - id: form\n    title: { en: Form, zh: 表 }\n    source: { doc: 000_3690fb51b057e169.txt, ref: "note 3", checked: 2026-11-22 }\n${empty(['documents'])}`,
      '17:13 invalid-type documents[0].source.source: expected text, got nothing (the key is missing)',
    ],
    [
      'a deadline status that does not exist (a typo that would switch a rule off)',
      `${header}${facts}deadlines:\n  - id: d\n    kind: due\n    title: { en: A, zh: 甲 }\n    count: { working-days: 1, after: { fact: event-date } }\n    source: ${src}\nwarnings:\n  - id: w\n    level: error\n    when: { deadline: d, status: [overdu] }\n    message: { en: Late, zh: 逾期 }\n    source: ${src}\n${empty(['deadlines', 'warnings'])}`,
      '23:35 invalid-value warnings[0].when.status[0]: expected one of not-yet-open, upcoming, due-soon, due-today, past-plan-date, overdue, met, today, passed',
    ],
    [
      'a status the deadline kind never has',
      `${header}${facts}deadlines:\n  - id: d\n    kind: earliest\n    title: { en: A, zh: 甲 }\n    count: { calendar-days: 1, after: { fact: event-date }, roll: none }\n    source: ${src}\nwarnings:\n  - id: w\n    level: error\n    when: { deadline: d, status: [overdue] }\n    message: { en: Late, zh: 逾期 }\n    source: ${src}\n${empty(['deadlines', 'warnings'])}`,
      '23:34 rule-reference a earliest deadline is never "overdue" (it can be upcoming, today, passed, met)',
    ],
    [
      'a fact id that a flag every check has already takes',
      `${header}facts:\n  - id: format\n    type: date\n    question: { en: When?, zh: 何时？ }\n${empty([])}`,
      '6:5 rule-fact fact id "format" is taken by a flag every check has (--format); choose another id',
    ],
    [
      'a named condition that does not exist',
      `${header}${facts}documents:\n  - id: form\n    title: { en: Form, zh: 表 }\n    when: { condition: nowhere }\n    source: ${src}\n${empty(['documents'])}`,
      '17:24 rule-reference no condition "nowhere" under conditions:',
    ],
    [
      'a named condition that refers to itself',
      `${header}conditions:\n  loop: { not: { condition: loop } }\n${facts}${empty([])}`,
      '6:9 rule-reference condition "loop" refers to itself',
    ],
    [
      'a passed condition on a fact that is not a date',
      `${header}${facts}documents:\n  - id: form\n    title: { en: Form, zh: 表 }\n    when: { fact: reason, passed: true }\n    source: ${src}\n${empty(['documents'])}`,
      '17:19 rule-reference fact "reason" is not a date',
    ],
    [
      'met-by naming a fact that is not a date',
      `${header}${facts}deadlines:\n  - id: d\n    kind: due\n    met-by: reason\n    title: { en: A, zh: 甲 }\n    count: { working-days: 1, after: { fact: event-date } }\n    source: ${src}\n${empty(['deadlines'])}`,
      '17:13 rule-reference met-by names "reason", which is not a date fact of this file',
    ],
    [
      'a case place that is not in the case format',
      `${header}facts:\n  - id: expiry\n    type: date\n    case: permit.expires\n    question: { en: When?, zh: 何时？ }\n${empty([])}`,
      '8:11 rule-fact "permit.expires" is not a place in a case file',
    ],
    [
      'a use of a shared fact that does not exist',
      `${header}facts:\n  - use: town\n${empty([])}`,
      '6:10 rule-reference no shared fact "town" in rules/shared/facts.yaml',
    ],
    [
      'two keys that mean the same once read ("2027" and 2027)',
      `${header}conditions:\n  "a": { fact: reason, is: resignation }\n  a: { fact: reason, is: resignation }\n${facts}${empty([])}`,
      '7:3 duplicate-key Map keys must be unique',
    ],
    [
      'an alias bomb',
      `${header}x: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nz: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nw: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
      '8:325 yaml-aliases more than 100 aliases; permit refuses alias expansion attacks',
    ],
    [
      'nesting deep enough to exhaust the stack',
      `${header}facts: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
      '5:',
    ],
    [
      "a file's own source that shadows a registry id",
      `${header}sources:\n  civil-code:\n    kind: law\n    title: { en: Code, zh: 法典 }\n    publisher: { en: NPC, zh: 全国人大 }\n${facts}${empty([])}`,
      '6:3 shadowed-source source "civil-code" is already in data/sources.yaml',
    ],
    [
      'a YAML syntax error',
      `${header}facts: [\n`,
      '6:1 yaml-syntax Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
  ])('reports %s at its line and column', (_name, text, expected) => {
    expect(diagnostics(text)[0]).toMatch(new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('reports nesting too deep as such, never as a stack overflow', () => {
    const found = diagnostics(`${header}facts: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(found.join('\n')).toMatch(/nested too deeply/);
    expect(found.join('\n')).not.toMatch(/call stack/i);
  });

  it('reports every problem of a file, not only the first', () => {
    const text = `${header}${facts}documents:\n  - id: a\n    title: { en: A, zh: 甲 }\n    when: { fact: motive, is: x }\n    source: ${src}\n  - id: a\n    title: { en: B, zh: 乙 }\n    when: { fact: reason, is: retirement }\n    source: ${src}\n${empty(['documents'])}`;
    expect(diagnostics(text).map((d) => d.split(' ').slice(0, 2).join(' '))).toEqual([
      '19:9 duplicate-id',
      '17:19 rule-reference',
      '21:31 rule-reference',
    ]);
  });

  it('takes a fact id that names an Object.prototype property as an ordinary fact', () => {
    // A lookup on a plain object would find `constructor` already "given" and never ask it.
    const text = `${header}facts:\n  - id: constructor\n    type: date\n    question: { en: When?, zh: 何时？ }\ndeadlines:\n  - id: d\n    kind: due\n    title: { en: A, zh: 甲 }\n    count: { working-days: 1, after: { fact: constructor } }\n    source: ${src}\n${empty(['deadlines'])}`;
    const rules = parseRuleFile('rules/demo.yaml', text, registry);
    const plan = evaluate({ rules, facts: {}, asOf: '2026-11-22' as never, calendar: shippedCalendar });
    expect(plan.openQuestions.map((q) => q.fact)).toEqual(['constructor']);
    expect(plan.deadlines).toEqual([]);
  });
});
