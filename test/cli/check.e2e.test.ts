/** End-to-end: the built binary, its exit codes, its JSON contract and its error messages. */
import stringWidth from 'string-width';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/calendar.js';
import { permit, permitJson } from '../helpers/cli.js';

const resignation = ['check', 'cancel', '--reason', 'resignation', '--event-date', '2025-09-26', '--as-of', '2025-09-26'];
const schemaFile = (name: string) => JSON.parse(readFileSync(`${repoRoot}schemas/${name}.schema.json`, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validatePlan = ajv.compile(schemaFile('plan'));

describe('permit check (built binary)', () => {
  it('gives cancel-application due 2025-10-16 for a resignation on 2025-09-26', () => {
    const plan = permitJson(resignation);
    const d = plan.deadlines.find((x: { id: string }) => x.id === 'cancel-application');
    expect(d).toMatchObject({ id: 'cancel-application', kind: 'due', date: '2025-10-16', legalEnd: '2025-10-16', status: 'upcoming' });
    expect(d.basis).toContain('2025-09-28 (Sun, make-up working day)');
    expect(d.basisZh).toContain('调休上班日');
    expect(Object.keys(d.source)).toEqual(['source', 'kind', 'title', 'publisher', 'ref', 'checked', 'url']);
    expect(d.source).toMatchObject({ source: 'nanjing-work-permit-faq-2025', kind: 'official-guide', checked: '2026-11-22' });
  });

  it.each([
    ['a resignation', resignation],
    ['an absconded employee', ['check', 'cancel', '--reason', 'absconded', '--last-contact', '2026-03-02', '--as-of', '2026-03-20']],
    ['an extension with a birth date near the limit', ['check', 'extend', '--expiry', '2027-03-07', '--birth-date', '1967-01-20', '--as-of', '2026-12-01', '--city', 'beijing', '--district', 'chaoyang']],
    ['a Nanjing change of passport', ['check', 'change', '--what-changed', 'passport', '--change-date', '2026-04-24', '--city', 'nanjing', '--as-of', '2026-04-24']],
    ['a new hire with stale certificates', ['check', 'apply', '--degree-origin', 'abroad', '--apostille-country', '--submission-date', '2026-05-12', '--criminal-record-issued', '2025-11-10', '--medical-issued', '2025-08-31', '--passport-expiry', '2026-09-01', '--as-of', '2026-05-01']],
    ['a Beijing one-stop residence permit', ['check', 'residence', '--entry-date', '2026-01-30', '--city', 'beijing', '--one-stop', '--submission-date', '2026-02-02', '--as-of', '2026-02-01']],
  ])('writes JSON that the committed permit/plan@1 schema accepts, for %s', (_name, args) => {
    const plan = permitJson(args);
    expect(plan.schema).toBe('permit/plan@1');
    const ok = validatePlan(plan);
    expect(validatePlan.errors ?? [], JSON.stringify(validatePlan.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });

  it('keeps schemas/*.schema.json equal to what permit schema prints (regenerate with permit schema … --out)', () => {
    for (const kind of ['plan', 'case', 'validate', 'agenda']) {
      const r = permit(['schema', kind]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout), `schemas/${kind}.schema.json is stale: run node bin/permit.js schema ${kind} --out schemas/${kind}.schema.json --force`).toEqual(schemaFile(kind));
    }
  });

  it('accepts every example case file with the committed case schema', () => {
    const validate = ajv.compile(schemaFile('case'));
    for (const f of readdirSync(`${repoRoot}examples/cases`).filter((x) => x.endsWith('.yaml'))) {
      const data = parse(readFileSync(`${repoRoot}examples/cases/${f}`, 'utf8'));
      expect(validate(data), `${f}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
    }
  });

  it('names sources by title and publisher, never by a seed file name, in JSON and text', () => {
    const json = permit([...resignation, '--format', 'json']);
    const text = permit([...resignation, '--explain']);
    for (const r of [json, text]) {
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[0-9a-f]{16}\.txt/);
      expect(r.stdout).not.toMatch(/research notes|domain-research/i);
    }
    expect(text.stdout.replace(/\s+/g, ' ')).toContain("Standing Committee of the National People's Congress, Exit and Entry Administration Law");
  });

  it('labels a secondary source as secondary in the text output', () => {
    const r = permit(['check', 'cancel', '--reason', 'absconded', '--last-contact', '2026-03-02', '--as-of', '2026-03-20', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/source: secondary source: Ikky in China/);
  });

  it('prints identical results under any time zone', () => {
    const args = ['check', 'cancel', '--reason', 'death', '--event-date', '2026-10-03', '--as-of', '2026-10-05', '--format', 'json'];
    const outputs = ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'UTC'].map((TZ) => {
      const r = permit(args, { TZ });
      expect(r.code).toBe(0);
      return r.stdout;
    });
    expect(new Set(outputs).size).toBe(1);
    expect(JSON.parse(outputs[0] as string).deadlines.find((d: { id: string }) => d.id === 'cancel-application').date).toBe('2026-10-20');
  });

  it('writes the same JSON whatever the working directory, and from a copied rule folder (a snapshot miss)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'permit-rules-'));
    cpSync(join(repoRoot, 'rules'), dir, { recursive: true });
    const args = [...resignation, '--format', 'json'];
    const hit = permit(args);
    const elsewhere = permit(args, {}, tmpdir());
    const miss = permit(args, { PERMIT_RULES: dir });
    expect(elsewhere.stdout).toBe(hit.stdout);
    expect(miss.stdout).toBe(hit.stdout);
    expect(hit.stdout).toMatch(/"rule": "cancel\.yaml:\d+"/);
    expect(hit.stdout).not.toContain(repoRoot);
  });

  it.each([
    [['--reason', 'quit', '--event-date', '2026-11-18'], /--reason.*resignation, dismissal/],
    [['--reason', 'resignation', '--event-date', '2026-02-30'], /--event-date.*2026-02-30.*YYYY-MM-DD/],
    [['--reason', 'resignation'], /^permit: missing --event-date \(YYYY-MM-DD\)/],
    [['--reason', 'resignation', '--event-date', '2026-11-18', '--format', 'xml'], /--format.*text, json/],
    [['--reason', 'resignation', '--event-date', '2026-11-18', '--as-of', 'today'], /--as-of/],
    [['--reason', 'resignation', '--event-date', '2026-11-18', '--reason', 'dismissal'], /--reason is given twice/],
    [['--reason', 'resignation', '--event-date', '2026-11-18', '--event-date', '2026-11-19'], /--event-date is given twice/],
    [['--reason', 'resignation', '--event-date', '2099-01-01', '--as-of', '2098-12-31'], /outside the dates this calendar can compute \(2010-01-01 to 2060-12-31\)/],
    [['--reason', 'resignation', '--event-date', '2028-01-01', '--as-of', '2026-12-01'], /^permit: --event-date: event-date 2028-01-01 is more than a year after/],
    [['--reason', 'resignation', '--event-date', '2026-11-18', '--district', 'chaoyang'], /"chaoyang" is a value of district only when city is beijing; here city is other \(its default\)/],
    [['--reason', 'resignation', '--event-date', '2026-11-18', '--calendar', ''], /--calendar.*expected a file name/],
  ])('refuses %j with one line and exit code 2', (flags, message) => {
    const r = permit(['check', 'cancel', ...flags]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names every missing required fact at once, as the flags to pass', () => {
    const r = permit(['check', 'cancel']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^permit: missing --reason/);
    const apply = permit(['check', 'change']);
    expect(apply.code).toBe(2);
    expect(apply.stderr).toMatch(/missing --what-changed/);
  });

  it('refuses a notice published too early with exit code 2, naming the flag', () => {
    const r = permit(['check', 'cancel', '--reason', 'absconded', '--last-contact', '2026-11-10', '--notice-date', '2026-11-20', '--as-of', '2026-12-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^permit: --notice-date: /);
  });

  it('refuses an unknown procedure with exit code 2', () => {
    const r = permit(['check', 'transfer']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown procedure "transfer" \(one of: apply, cancel, change, extend, residence\)/);
  });

  it('warns calendar-coverage for dates past the last published year, and an overlay removes it', () => {
    const args = ['check', 'cancel', '--reason', 'resignation', '--event-date', '2026-12-30', '--as-of', '2026-12-30'];
    const provisional = permitJson(args);
    const main = provisional.deadlines.find((d: { id: string }) => d.id === 'cancel-application');
    expect(main).toMatchObject({ date: '2027-01-14', provisional: true, provisionalYears: [2027] });
    const coverage = provisional.warnings.find((w: { id: string }) => w.id === 'calendar-coverage');
    expect(coverage.message).toContain('statutory holidays fixed by law are closed');
    expect(coverage.message).toContain("2027-01-01 (Fri, New Year's Day)");
    expect(coverage.source.source).toBe('state-council-holiday-notices');

    const dir = mkdtempSync(join(tmpdir(), 'permit-'));
    const overlay = join(dir, 'cn-2027.yaml');
    writeFileSync(
      overlay,
      'years:\n  "2027":\n    notice: { title: test schedule for 2027, urls: [] }\n    off: [2027-01-01, 2027-01-02, 2027-01-03, 2027-01-04]\n    work: []\n',
    );
    // The overlay replaces the provisional year entirely: its own rest days, no others.
    const published = permitJson([...args, '--calendar', overlay]);
    expect(published.deadlines.find((d: { id: string }) => d.id === 'cancel-application')).toMatchObject({ date: '2027-01-15', provisional: false });
    expect(published.warnings.map((w: { id: string }) => w.id)).not.toContain('calendar-coverage');
    expect(published.calendar.files).toEqual(['data/calendar/cn.yaml', expect.stringContaining('cn-2027.yaml')]);
    expect(permitJson(args, { PERMIT_CALENDAR: overlay }).deadlines[0].date).toBe('2027-01-15');
  });

  it('says so when an overlay replaces a published year, and applies two --calendar files in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'permit-'));
    const a = join(dir, 'a.yaml');
    const b = join(dir, 'b.yaml');
    writeFileSync(a, 'years:\n  "2026":\n    notice: { title: a, urls: [] }\n    off: []\n    work: []\n');
    writeFileSync(b, 'years:\n  "2026":\n    notice: { title: b, urls: [] }\n    off: [2026-12-03]\n    work: []\n');
    const args = ['check', 'cancel', '--reason', 'resignation', '--event-date', '2026-11-30', '--as-of', '2026-11-30', '--format', 'json'];
    const r = permit([...args, '--calendar', a, '--calendar', b]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/b\.yaml replaces the published holiday arrangement of 2026/);
    const plan = JSON.parse(r.stdout);
    expect(plan.calendar.replaced.map((x: { years: number[] }) => x.years)).toEqual([[2026], [2026]]);
    // b.yaml (last) closes 12-03 and nothing else of 2026: 10 working days from 11-30 skip it.
    expect(plan.deadlines.find((d: { id: string }) => d.id === 'cancel-application').date).toBe('2026-12-15');
  });

  it('reports a broken calendar file with file:line:col and exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'permit-'));
    const overlay = join(dir, 'bad.yaml');
    const run = () => permit(['check', 'cancel', '--reason', 'resignation', '--event-date', '2026-11-18', '--calendar', overlay]);
    writeFileSync(overlay, 'years:\n  "2027":\n    notice: { title: x, urls: [] }\n    off: [2027-02-30]\n    work: []\n');
    const bad = run();
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`${overlay}:4:11  error  years.2027.off[0]: "2027-02-30" is not a real date; expected YYYY-MM-DD  [invalid-value]\n`);
    writeFileSync(overlay, 'years:\n  "2027":\n    notice: { title: x, urls: [] }\n    off: []\n    work: [2027-01-04]\n');
    expect(run().stderr).toMatch(/:5:12 {2}error {2}2027-01-04 is a weekday; make-up working days are weekend dates {2}\[calendar\]/);
    writeFileSync(overlay, 'years:\n  "0227":\n    notice: { title: x, urls: [] }\n    off: []\n    work: []\n');
    const year = run();
    expect(year.code).toBe(2);
    expect(year.stderr).toMatch(/:2:3 {2}error {2}years\.0227: year keys are between 2000 and 2100/);
  });

  it('reports a broken rule file with file:line:col and exit code 2, never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'permit-rules-'));
    cpSync(join(repoRoot, 'rules'), dir, { recursive: true });
    const path = join(dir, 'cancel.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('    kind: due\n', '    kind: due\n    colour: red\n'));
    const r = permit(['check', 'cancel', '--reason', 'resignation', '--event-date', '2026-11-18'], { PERMIT_RULES: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cancel\.yaml:\d+:5 {2}error {2}unknown key "colour" in deadlines\[\d\] {2}\[unknown-key\]/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says there is an error to act on, not that nothing is due, when the permit has expired', () => {
    const args = ['check', 'extend', '--expiry', '2026-11-20', '--category', 'B', '--city', 'other', '--position-change', 'none', '--as-of', '2026-12-01', '--lang', 'en'];
    const text = permit(args).stdout.split('\n');
    expect(text[1]).toBe('No filing is due; act on the 1 error below first.');
    expect(permit([...args, '--format', 'markdown']).stdout).toContain('**No filing is due; act on the 1 error below first.**');
  });

  it('prints a text checklist without colour codes when not on a terminal, summary first', () => {
    const r = permit([...resignation, '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout.includes('\u001b[')).toBe(false);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(/^Next: /);
    expect(r.stdout).toContain('2025-10-16 Thu');
    expect(r.stdout.replace(/\s+/g, '')).toContain('外国人工作许可注销申请表');
    expect(r.stdout).toMatch(/why: reason = resignation/);
    expect(r.stdout).toMatch(/rule: cancel\.yaml:\d+/);
    // Fits 80 columns (the width when not a terminal); only an address too long to break overflows.
    for (const line of lines) if (!/https?:\/\/\S{60,}/.test(line)) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
  });

  it.each(['en', 'zh', 'both'])('fits 80 columns in --lang %s, where to file included, CJK counted double', (lang) => {
    const r = permit([...resignation, '--city', 'beijing', '--district', 'chaoyang', '--lang', lang, '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(lang === 'zh' ? /北京市办理地点/ : /Where to file in Beijing/);
    // Offices keep the blank line between them.
    expect(r.stdout).toMatch(/\n\n1\. /);
    for (const line of r.stdout.split('\n'))
      if (!/^\s*<?https?:\/\/\S+$/.test(line)) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('colours with --color or FORCE_COLOR, and never with NO_COLOR or --no-color', () => {
    expect(permit([...resignation, '--color']).stdout).toContain('\u001b[');
    expect(permit(resignation, { FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
    expect(permit([...resignation, '--color'], { NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
    expect(permit(resignation, { FORCE_COLOR: '0' }).stdout).not.toContain('\u001b[');
  });

  it('shows examples in --help and exits 0', () => {
    const r = permit(['check', 'cancel', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--last-contact <YYYY-MM-DD>');
    expect(r.stdout).toContain('$ permit check cancel --reason resignation --event-date 2026-11-18');
  });

  it('prints the version with -v and --version', () => {
    const v = permit(['-v']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(permit(['--version']).stdout).toBe(v.stdout);
  });
});

describe('permit check --case', () => {
  it('prints the same plan as the flags would', () => {
    const fromCase = permitJson(['check', '--case', 'examples/cases/li-wei.yaml', '--as-of', '2026-12-01']);
    const fromFlags = permitJson([
      'check', 'cancel', '--reason', 'resignation', '--event-date', '2026-11-24', '--city', 'beijing', '--district', 'haidian', '--category', 'B', '--as-of', '2026-12-01',
    ]);
    expect(fromCase.deadlines).toEqual(fromFlags.deadlines);
    expect(fromCase.facts).toEqual(fromFlags.facts);
  });

  it('lets flags override the case file, and says so', () => {
    const r = permit(['check', 'extend', '--case', 'examples/cases/ana-lima.yaml', '--city', 'nanjing', '--district', 'jiangbei', '--as-of', '2026-12-01', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/--city nanjing overrides city = beijing of examples\/cases\/ana-lima\.yaml/);
    expect(JSON.parse(r.stdout).facts.city).toBe('nanjing');
  });

  it('ticks the documents the case file marks ready, and only those (markdown and text)', () => {
    const args = ['check', '--case', 'examples/cases/ana-lima.yaml', '--as-of', '2026-12-01', '--lang', 'en'];
    const md = permit([...args, '--format', 'markdown']).stdout;
    expect(md).toMatch(/^- \[x\] .* `extension-form`$/m);
    expect(md).toMatch(/^- \[x\] .* `employment-contract`$/m);
    expect(md).toMatch(/^- \[ \] .* `passport-pages`$/m);
    const text = permit(args).stdout;
    expect(text).toMatch(/\[extension-form\]\n {5}✔ ready \(the case file says so\)/);
    expect(text).not.toMatch(/\[passport-pages\]\n {5}✔/);
  });

  it('checks every example case', () => {
    for (const f of readdirSync(`${repoRoot}examples/cases`).filter((x) => x.endsWith('.yaml'))) {
      const data = parse(readFileSync(`${repoRoot}examples/cases/${f}`, 'utf8'));
      for (const p of data.procedures ?? []) {
        const r = permit(['check', p.procedure, '--case', `examples/cases/${f}`, '--as-of', '2026-12-01', '--format', 'json']);
        expect(r.code, `${f}: ${r.stderr}`).toBe(0);
      }
    }
  });

  it('reports a broken case file with file:line:col and exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'permit-case-'));
    const path = join(dir, 'bad.yaml');
    writeFileSync(path, 'schema: permit/case@1\nid: bad\nemployee:\n  passport: { number: E12345678 }\npermit: { category: Z }\nprocedures:\n  - procedure: extend\n    documents: { no-such-doc: { status: ready } }\n');
    const r = permit(['check', '--case', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:4:15 {2}error {2}unknown key "number" in employee\.passport: passport and permit numbers are not kept/);
    expect(r.stderr).toMatch(/bad\.yaml:5:21 {2}error {2}permit\.category: expected one of A, B, C/);
    expect(r.stderr).toMatch(/bad\.yaml:8:18 {2}error {2}unknown key "no-such-doc"/);
  });
});

describe('permit rules', () => {
  it('lists procedures and shows every id of one', () => {
    expect(permit(['rules', 'list']).stdout).toMatch(/^cancel\s+Cancel a work permit/m);
    const shown = JSON.parse(permit(['rules', 'show', 'cancel', '--format', 'json']).stdout);
    expect(shown.deadlines.map((d: { id: string }) => d.id)).toEqual(
      expect.arrayContaining(['cancel-application', 'newspaper-notice', 'newspaper-notice-end']),
    );
    expect(shown.facts.find((f: { id: string }) => f.id === 'reason').flag).toBe('--reason');
  });

  it('refuses an unknown procedure', () => {
    const r = permit(['rules', 'show', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown procedure "nope" \(one of: .*cancel/);
  });
});

describe('permit check --city', () => {
  it('names the office where the employer files, and the portal of the date', () => {
    const plan = permitJson([...resignation, '--city', 'beijing', '--district', 'haidian']);
    expect(plan.whereToFile.offices.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(plan.whereToFile.offices)).toContain('Haidian');
    expect(plan.whereToFile.portal.url).toContain('12333.gov.cn');
  });

  it('says nothing about offices for a city it has no data for', () => {
    expect(permitJson([...resignation, '--city', 'shanghai']).whereToFile).toBeUndefined();
  });

  it('refuses a district of another city with exit code 2', () => {
    const r = permit([...resignation, '--city', 'nanjing', '--district', 'haidian']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"haidian" is a value of district only when city is beijing; here city is/);
  });
});
