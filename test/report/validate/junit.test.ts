/** The junit format on hand-built runs: hostile text still makes well-formed XML, never zero tests. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junitFormat } from '../../../src/report/validate/junit.js';
import { fileOf, finding, runOf } from '../../fixtures/validate/runs.js';

const OPTS = { lang: 'both', color: false, width: 100 } as const;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['testcase', 'property'].includes(n) });

describe('junitFormat', () => {
  it('writes well-formed XML from file names and messages with markup, control characters and a lone surrogate', () => {
    const nasty = 'cases/<a&b>"\u0001.yaml';
    const out = junitFormat.tail(runOf([fileOf(nasty, [finding(nasty, { ruleId: 'case-parse', severity: 'error', message: { en: 'bad ]]> <x/> \u0007 \ud800 "q"', zh: '坏' } })], null)]), OPTS);
    expect(XMLValidator.validate(out)).toBe(true);
    const doc = parser.parse(out);
    const tc = doc.testsuites.testsuite.testcase[0];
    expect(tc.name).toBe('cases/<a&b>"\\x01.yaml');
    expect(tc.error.message).toContain('bad ]]> <x/> \\x07 \ufffd "q"');
  });

  it('writes one passing test case when no file was checked (Jenkins rejects zero tests)', () => {
    const doc = parser.parse(junitFormat.tail(runOf([]), OPTS));
    expect(doc.testsuites).toMatchObject({ tests: '1', failures: '0', errors: '0' });
    expect(doc.testsuites.testsuite.testcase).toMatchObject([{ name: 'no case files', classname: 'permit' }]);
  });

  it('fails with <failure> for a compliance error, <error> when the file is not a readable case, nothing for warnings', () => {
    const doc = parser.parse(
      junitFormat.tail(
        runOf([
          fileOf('a.yaml', [finding('a.yaml', { ruleId: 'document-stale', severity: 'error' })]),
          fileOf('b.yaml', [finding('b.yaml', { ruleId: 'case-schema', severity: 'error' }), finding('b.yaml', { ruleId: 'document-stale', severity: 'error', line: 9 })]),
          fileOf('c.yaml', [finding('c.yaml', { ruleId: 'deadline-due-soon', severity: 'warning' })]),
        ]),
        OPTS,
      ),
    );
    const [a, b, c] = doc.testsuites.testsuite.testcase;
    expect(a.failure).toMatchObject({ type: 'document-stale', message: 'a.yaml:3:5 document-stale in a.yaml' });
    expect(b.error).toMatchObject({ type: 'case-schema', message: 'b.yaml:3:5 cannot be checked as a case: case-schema in b.yaml (and 1 more error)' });
    expect(b.failure).toBeUndefined();
    expect(c.failure).toBeUndefined();
    expect(c['system-out']).toMatch(/^warning c\.yaml:3:5 {2}deadline-due-soon {2}deadline-due-soon in c\.yaml\n {8}deadline-due-soon（c\.yaml）$/);
    expect(doc.testsuites).toMatchObject({ tests: '3', failures: '1', errors: '1' });
  });

  it('names the class after the folder, dotted, for Jenkins', () => {
    const doc = parser.parse(junitFormat.tail(runOf([fileOf('hr/v1.2/cases/x.yaml', []), fileOf('top.yaml', [])]), OPTS));
    expect(doc.testsuites.testsuite.testcase.map((t: { classname: string }) => t.classname)).toEqual(['permit.hr.v1_2.cases', 'permit']);
  });

  it('puts --no-waivers and --max-warnings in the properties', () => {
    const doc = parser.parse(junitFormat.tail(runOf([], { waivers: false, maxWarnings: 3 }), OPTS));
    const props = Object.fromEntries(doc.testsuites.testsuite.properties.property.map((p: { name: string; value: string }) => [p.name, p.value]));
    expect(props).toMatchObject({ waivers: 'ignored (--no-waivers)', 'max-warnings': '3', totals: '0 errors, 0 warnings, 0 notices, 0 waived · 0 files checked (0 cases)' });
  });
});
