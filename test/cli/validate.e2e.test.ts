/**
 * `permit validate` end to end (the built binary): the findings a compliance officer needs, with
 * file and line; exit codes 0/1/2; the guards against a run that checked nothing; waivers; and
 * hostile input that must end as findings, in seconds, without a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/calendar.js';
import { permit } from '../helpers/cli.js';

const AS_OF = ['--as-of', '2026-12-01'];
const validateSchema = new Ajv2020({ strict: false, allErrors: true }).compile(
  JSON.parse(readFileSync(`${repoRoot}schemas/validate.schema.json`, 'utf8')),
);

interface J {
  files: { file: string; caseId?: string; findings: { ruleId: string; severity: string; line: number; target?: string; waived?: unknown }[] }[];
  totals: Record<string, number>;
  status: string;
}
const json = (args: string[], env: Record<string, string | undefined> = {}) => {
  const r = permit(['validate', ...args, '--format', 'json'], env);
  return { r, j: r.stdout ? (JSON.parse(r.stdout) as J) : undefined };
};
const find = (j: J | undefined, file: string, ruleId: string) =>
  j?.files.find((f) => f.file.endsWith(file))?.findings.filter((x) => x.ruleId === ruleId) ?? [];

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'permit-validate-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const CASE = (id: string, body = '') => `schema: permit/case@1\nid: ${id}\n${body}`;

describe('permit validate examples/cases', () => {
  const { r, j } = json(['examples/cases', ...AS_OF]);

  it('fails with exit code 1 on error findings, and writes JSON its schema accepts', () => {
    expect(r.code).toBe(1);
    expect(validateSchema(j), JSON.stringify(validateSchema.errors?.slice(0, 2))).toBe(true);
    expect(j?.totals).toMatchObject({ files: 7, cases: 7, waived: 1 });
    expect(j?.status).toBe('findings');
  });

  it('finds an overdue deadline, a stale certificate, an extension not started and a waived document, each at its line', () => {
    expect(find(j, 'maria-garcia.yaml', 'deadline-overdue')).toMatchObject([{ severity: 'error', line: 12, target: 'change/residence-permit-change' }]);
    expect(find(j, 'john-smith.yaml', 'document-stale')).toMatchObject([{ severity: 'error', line: 17, target: 'apply/criminal-record' }]);
    expect(find(j, 'kenji-tanaka.yaml', 'extension-not-started')).toMatchObject([{ severity: 'warning', line: 10, target: 'permit' }]);
    const waived = find(j, 'sophie-martin.yaml', 'document-missing').filter((f) => f.waived);
    expect(waived).toMatchObject([{ target: 'residence/visa-document-form', line: 16 }]);
    expect(find(j, 'ana-lima.yaml', 'document-missing').some((f) => f.target === 'extend/passport-pages' && f.severity === 'error')).toBe(true);
  });

  it('says in every format when a --calendar file replaces a published year', () => {
    const dir = folder({ 'c.yaml': 'years:\n  "2026":\n    notice: { title: x, urls: [] }\n    off: []\n    work: []\n' });
    const args = ['validate', 'examples/cases', ...AS_OF, '--calendar', join(dir, 'c.yaml')];
    const notice = /c\.yaml replaces the published holiday arrangement of 2026/;
    for (const format of ['json', 'text', 'junit', 'sarif']) expect(permit([...args, '--format', format]).stderr, format).toMatch(notice);
    const withOverlay = JSON.parse(permit([...args, '--format', 'json']).stdout) as J & { calendar: { replaced: unknown } };
    expect(withOverlay.calendar.replaced).toEqual([{ file: expect.stringMatching(/c\.yaml$/), years: [2026] }]);
    expect(validateSchema(withOverlay)).toBe(true);
    expect(permit([...args, '--lang', 'en']).stdout.split('\n\n')[0]).toMatch(/! The calendar file .*c\.yaml replaces the published\s+arrangement of 2026/);
  });

  it('reports the same JSON whatever the machine time zone', () => {
    const other = json(['examples/cases', ...AS_OF], { TZ: 'America/Los_Angeles' });
    expect(other.r.stdout).toBe(r.stdout);
  });

  it('prints a text report with the run header and the totals line', () => {
    const t = permit(['validate', 'examples/cases', ...AS_OF, '--lang', 'en']);
    expect(t.code).toBe(1);
    expect(t.stdout.split('\n')[0]).toMatch(/^permit \d+\.\d+\.\d+ · as of 2026-12-01 \(--as-of\) · rules /);
    // The totals line is the last; it wraps at 80 columns like every line.
    expect(t.stdout).toMatch(/✖ \d+ errors, \d+ warnings, \d+ notices, 1 waived · 7 files checked\s+\(7\s+cases\)\n$/);
    expect(t.stdout.split('\n').filter((l) => stringWidth(l) > 80)).toEqual([]);
    for (const line of t.stdout.split('\n')) if (!/https?:\/\/\S{40,}|[0-9a-f]{64}/.test(line)) expect([...line].length, line).toBeLessThanOrEqual(120);
  });

  it('shows waived findings again with --no-waivers', () => {
    const all = json(['examples/cases', ...AS_OF, '--no-waivers']);
    expect(all.j?.totals.waived).toBe(0);
    expect(find(all.j, 'sophie-martin.yaml', 'document-missing').some((f) => f.target === 'residence/visa-document-form')).toBe(true);
  });
});

describe('permit validate exit codes and guards', () => {
  const clean = CASE('clean', 'permit: { category: B, expiry: 2028-06-30 }\n');

  it('exits 0 with no error finding, and 1 with more warnings than --max-warnings', () => {
    const dir = folder({ 'a.yaml': clean, 'b.yaml': CASE('b', 'permit: { category: B, expiry: 2027-02-15 }\n') });
    expect(permit(['validate', dir, ...AS_OF]).code).toBe(0);
    expect(permit(['validate', dir, ...AS_OF, '--max-warnings', '0']).code).toBe(1);
  });

  it.each([
    [[], /name the case files or folders to check/],
    [['no-such-folder/'], /no case file matches "no-such-folder\/"/],
    [['cases/*.yml'], /no case file matches "cases\/\*\.yml"/],
    [['--format', 'xml', 'examples/cases'], /argument 'xml' is invalid/],
    [['examples/cases', '--warn-within', 'soon'], /--warn-within takes a whole number/],
  ])('exits 2 for %j, saying why, without a stack trace', (args, message) => {
    const r = permit(['validate', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a folder without case files, unless --allow-empty', () => {
    const dir = folder({ 'notes.txt': 'hello' });
    const r = permit(['validate', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no case files/);
    const ok = permit(['validate', dir, '--allow-empty']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/0 files\s+checked/);
  });

  it('lists the files it would check with --list-files, and checks nothing', () => {
    const dir = folder({ 'a.yaml': clean, 'sub/b.yml': CASE('b'), 'c.txt': 'no' });
    const r = permit(['validate', dir, '--list-files']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => l.replace(/^.*permit-validate-[^/]+\//, ''))).toEqual(['a.yaml', 'sub/b.yml']);
  });

  it('reports a YAML file that is not a case (no schema:) instead of skipping it', () => {
    const dir = folder({ 'a.yaml': clean, 'config.yaml': 'name: something else\n' });
    const { r, j } = json([dir, ...AS_OF]);
    expect(r.code).toBe(1);
    expect(find(j, 'config.yaml', 'case-parse')).toMatchObject([{ line: 1 }]);
  });

  it('reports two files with the same id at the second id', () => {
    const dir = folder({ 'a.yaml': clean, 'b.yaml': CASE('clean', 'permit: { category: C }\n') });
    const { j } = json([dir, ...AS_OF]);
    expect(find(j, 'b.yaml', 'case-duplicate-id')).toMatchObject([{ severity: 'error', line: 2 }]);
    expect(find(j, 'a.yaml', 'case-duplicate-id')).toEqual([]);
  });

  it('writes --output atomically, and exits 2 when it cannot', () => {
    const dir = folder({ 'a.yaml': clean });
    const out = join(dir, 'report.json');
    const r = permit(['validate', dir, ...AS_OF, '--format', 'json', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).status).toBe('ok');
    const bad = permit(['validate', dir, '--output', join(dir, 'missing-folder/report.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cannot write .*: its folder does not exist/);
  });
});

describe('permit validate waivers', () => {
  const overdue = 'procedures:\n  - procedure: cancel\n    facts: { reason: resignation, event-date: 2026-10-01 }\n';
  const waiver = (finding: string, target: string, expires: string) =>
    `waivers:\n  - finding: ${finding}\n    target: ${target}\n    reason: Confirmed with the office on the phone\n    approved-by: HR lead\n    expires: ${expires}\n`;

  it('refuses a waiver of a deadline set by law', () => {
    const dir = folder({ 'a.yaml': CASE('a', overdue + waiver('deadline-overdue', 'cancel/cancel-application', '2026-12-31')) });
    const { j } = json([dir, ...AS_OF]);
    expect(find(j, 'a.yaml', 'case-schema')).toMatchObject([{ line: 7 }]);
    expect(find(j, 'a.yaml', 'deadline-overdue').length).toBeGreaterThan(0);
  });

  it('reports an expired waiver and the finding it waived', () => {
    const dir = folder({ 'a.yaml': CASE('a', overdue + waiver('document-missing', 'cancel/termination-proof', '2026-11-30')) });
    const { j } = json([dir, ...AS_OF]);
    expect(find(j, 'a.yaml', 'waiver-expired')).toMatchObject([{ severity: 'error', line: 7 }]);
    expect(find(j, 'a.yaml', 'document-missing').find((f) => f.target === 'cancel/termination-proof')?.waived).toBeUndefined();
  });

  it('warns of a waiver expiring within 14 days and of one that matches nothing', () => {
    const dir = folder({
      'a.yaml': CASE('a', overdue + waiver('document-missing', 'cancel/termination-proof', '2026-12-10')),
      'b.yaml': CASE('b', overdue + waiver('document-missing', 'cancel/no-such-document', '2027-06-30')),
    });
    const { j } = json([dir, ...AS_OF]);
    expect(find(j, 'a.yaml', 'waiver-expiring')).toMatchObject([{ severity: 'warning' }]);
    expect(find(j, 'a.yaml', 'document-missing').find((f) => f.target === 'cancel/termination-proof')?.waived).toBeDefined();
    expect(find(j, 'b.yaml', 'waiver-unused')).toMatchObject([{ severity: 'warning' }]);
  });

  it('refuses a waiver that lasts more than a year', () => {
    const dir = folder({ 'a.yaml': CASE('a', overdue + waiver('document-missing', 'cancel/termination-proof', '2028-01-01')) });
    expect(find(json([dir, ...AS_OF]).j, 'a.yaml', 'case-schema')).toMatchObject([{ line: 11 }]);
  });
});

describe('permit validate on hostile input', () => {
  it('turns every bad file into a finding with its file, checks the rest, and ends in seconds', () => {
    const bomb = `schema: permit/case@1\nid: bomb\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`;
    const dir = folder({
      'good.yaml': CASE('good', 'permit: { category: B, expiry: 2028-06-30 }\n'),
      'bomb.yaml': bomb,
      'deep.yaml': `schema: permit/case@1\nid: deep\nx: ${'['.repeat(10000)}${']'.repeat(10000)}\n`,
      'binary.yaml': 'schema: permit/case@1\nid: bin\n\u0000\u0001\u0002',
      'proto.yaml': 'schema: permit/case@1\nid: proto\n__proto__: { polluted: true }\nconstructor: 1\n',
      'dupes.yaml': 'schema: permit/case@1\nid: dupes\nid: again\n',
      'empty.yaml': '',
      'comments.yaml': '# nothing but a comment\n# and another\n',
      'big.yaml': `schema: permit/case@1\nid: big\n# ${'x'.repeat(2 * 1024 * 1024)}\n`,
      'sub/nested.yml': CASE('nested'),
    });
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.from([0x73, 0x63, 0x68, 0x65, 0x6d, 0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    mkdirSync(join(dir, 'folder.yaml'));
    symlinkSync(join(dir, 'loop-a.yaml'), join(dir, 'loop-b.yaml'));
    symlinkSync(join(dir, 'loop-b.yaml'), join(dir, 'loop-a.yaml'));
    spawnSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const t0 = Date.now();
    const { r, j } = json([dir, ...AS_OF]);
    expect(Date.now() - t0).toBeLessThan(15000);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
    const rule = (name: string) => j?.files.find((f) => f.file.endsWith(name))?.findings.map((f) => f.ruleId) ?? ['(not checked)'];
    expect(rule('good.yaml')).not.toContain('case-parse');
    expect(rule('sub/nested.yml')).not.toContain('case-parse');
    for (const name of ['bomb.yaml', 'deep.yaml', 'binary.yaml', 'latin1.yaml', 'dupes.yaml', 'empty.yaml', 'comments.yaml', 'big.yaml', 'folder.yaml', 'loop-a.yaml', 'pipe.yaml'])
      expect(rule(name), name).toContain('case-parse');
    expect(rule('proto.yaml')).toContain('case-schema');
    expect(JSON.stringify(j)).not.toContain('polluted');
  });

  it('reports an unreadable file and checks the others (unless running as root)', () => {
    const dir = folder({ 'a.yaml': CASE('a'), 'locked.yaml': CASE('locked') });
    chmodSync(join(dir, 'locked.yaml'), 0o000);
    const root = process.getuid?.() === 0;
    const { j } = json([dir, ...AS_OF]);
    if (!root) expect(find(j, 'locked.yaml', 'case-parse')).toMatchObject([{ line: 1 }]);
    expect(find(j, 'a.yaml', 'case-parse')).toEqual([]);
  });

  it('escapes terminal control characters from case files in the text report', () => {
    const dir = folder({ 'a.yaml': CASE('a', 'employee: { name: "Evil\\u001b[2Jname" }\npermit: { category: B }\nprocedures:\n  - procedure: cancel\n    facts: { reason: resignation, event-date: 2026-10-01 }\n') });
    const r = permit(['validate', dir, ...AS_OF]);
    expect(r.stdout).not.toContain('\u001b[2J');
    expect(r.stdout).toContain('Evil\\x1b[2Jname');
  });

  it('copies the examples folder and checks it from a path with spaces', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'permit-')), 'my cases');
    cpSync(`${repoRoot}examples/cases`, dir, { recursive: true });
    const { r, j } = json([dir, ...AS_OF]);
    expect(r.code).toBe(1);
    expect(j?.totals.files).toBe(7);
  });
});
