/** A broken offices file is refused with every problem at its file:line:col. */
import { describe, expect, it } from 'vitest';
import { parseOffices } from '../../src/offices/load.js';
import { loadSourcesFile } from '../../src/sources/registry.js';
import { type Diagnostic, DiagnosticError, formatDiagnostic } from '../../src/yaml/diagnostics.js';
import { repoRoot } from '../helpers/calendar.js';

const registry = loadSourcesFile(repoRoot);

// Line numbers below are counted by hand on this text (line 1 is `checked:`).
const VALID = `checked: 2026-11-22
cities:
  - id: testcity
    name: { en: Test City, zh: 测试市 }
    areas:
      - { id: north, name: { en: North, zh: 北区 } }
    offices:
      - id: main-office
        name: { en: Main Office }
        address: 1 Main Street
        hours: { days: mon-fri, periods: ["09:00-12:00"] }
        phone: ["010-1234567"]
        serves:
          areas: all
          text: { en: Everyone, zh: 所有单位 }
        source: { source: beijing-cancellation-guide, ref: "venues, item 1" }
portals:
  - id: first
    url: http://a.example/
    name: { en: A, zh: 甲 }
    operator: { en: Op, zh: 机构 }
    from:
      on: 2017-04-01
      basis: { en: Known, zh: 已知 }
      source: { source: safea-notice-2017-40, ref: "nationwide implementation" }
    source: { source: beijing-cancellation-guide, ref: "document 1" }
`;

function problems(text: string): Diagnostic[] {
  try {
    parseOffices('bad.yaml', text, registry);
  } catch (e) {
    if (e instanceof DiagnosticError) return e.diagnostics;
    throw e;
  }
  throw new Error('expected the file to be refused');
}

const edit = (from: string, to: string) => {
  expect(VALID).toContain(from);
  return VALID.replace(from, to);
};
const where = (d: Diagnostic[]) => d.map((x) => `${x.file}:${x.line}:${x.col} ${x.code}`);

describe('parseOffices refuses', () => {
  it('accepts the fixture itself', () => {
    expect(parseOffices('ok.yaml', VALID, registry).cities[0]?.offices[0]?.id).toBe('main-office');
  });

  it('an unknown key, at the key', () => {
    const d = problems(
      edit('        phone: ["010-1234567"]\n', '        phone: ["010-1234567"]\n        fax: "123"\n'),
    );
    expect(where(d)).toEqual(['bad.yaml:13:9 unknown-key']);
    expect(formatDiagnostic(d[0] as Diagnostic)).toMatch(
      /^bad\.yaml:13:9 {2}error {2}unknown key "fax" in cities\[0\]\.offices\[0\]/,
    );
  });

  it('a telephone number that is not one, at the value', () => {
    expect(where(problems(edit('"010-1234567"', '"call us"')))).toEqual(['bad.yaml:12:17 invalid-value']);
  });

  it('a phone written as a bare number (YAML reads it as a number)', () => {
    expect(where(problems(edit('"010-1234567"', '68505314')))).toEqual(['bad.yaml:12:17 invalid-type']);
  });

  it('an opening period that ends before it starts', () => {
    const d = problems(edit('"09:00-12:00"', '"17:00-09:00"'));
    expect(where(d)).toEqual(['bad.yaml:11:43 invalid-value']);
    expect(d[0]?.message).toContain('a period must end after it starts');
  });

  it('an office serving an area the city does not have, and the area left unserved', () => {
    const d = problems(edit('          areas: all', '          areas: [south]'));
    expect(where(d)).toEqual(['bad.yaml:14:19 unknown-area', 'bad.yaml:6:15 unserved-area']);
    expect(d[0]?.message).toBe('"south" is not an area of testcity (one of north)');
  });

  it('a boundary with both "on" and "between", at the boundary', () => {
    const d = problems(
      edit('      on: 2017-04-01\n', '      on: 2017-04-01\n      between: [2017-01-01, 2017-05-01]\n'),
    );
    expect(where(d)).toEqual(['bad.yaml:23:7 invalid-value']);
    expect(d[0]?.message).toContain('give either "on" or "between"');
  });

  it('portals out of date order', () => {
    const second = `  - id: second
    url: http://b.example/
    name: { en: B, zh: 乙 }
    operator: { en: Op, zh: 机构 }
    from:
      between: [2016-01-01, 2016-12-31]
      basis: { en: Guess, zh: 推测 }
      source: { source: safea-notice-2017-40, ref: "nationwide implementation" }
    source: { source: beijing-cancellation-guide, ref: "document 1" }
`;
    const d = problems(VALID + second);
    expect(where(d)).toEqual(['bad.yaml:32:7 portal-order']);
    expect(d[0]?.message).toContain('oldest first');
  });

  it('an unquoted English text with a comma in a flow mapping (it becomes a key)', () => {
    const d = problems(
      edit('{ en: Everyone, zh: 所有单位 }', '{ en: Everyone, at any window, zh: 所有单位 }'),
    );
    expect(where(d)).toEqual(['bad.yaml:15:33 unknown-key']);
  });

  it('a citation naming no source of the registry, at the id', () => {
    const d = problems(edit('source: { source: beijing-cancellation-guide, ref: "venues, item 1" }', 'source: { source: beijing-guide, ref: "venues, item 1" }'));
    expect(where(d)).toEqual(['bad.yaml:16:27 unknown-source']);
    expect(d[0]?.message).toContain('unknown source "beijing-guide"');
  });

  it('a citation in the old doc/law shape', () => {
    const d = problems(edit('source: { source: beijing-cancellation-guide, ref: "document 1" }', 'source: { doc: 001_0d3ed23c053e7205.txt, ref: "document 1" }'));
    expect(d.map((x) => x.code)).toContain('unknown-key');
  });

  it('YAML syntax errors', () => {
    const d = problems(edit('{ en: Main Office }', '{ en: Main Office'));
    expect(d[0]?.code).toBe('yaml-syntax');
    expect(d[0]?.file).toBe('bad.yaml');
  });
});
