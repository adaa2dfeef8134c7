/**
 * Hostile and mistaken input, one row per class of the hardening issue: every file and flag
 * permit reads fails safe, with exit 2 and one clear message (never exit 3, a stack trace, a
 * hang or a silent wrong answer). Each row is run against the built binary in a scratch folder.
 * Rows pinned in more detail elsewhere say where (loader tables, validate end-to-end, the pty
 * interview tests).
 */
/* eslint-disable no-control-regex -- the rows look for escape characters that must not be printed */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isTrue } from '../../src/cli/environment.js';
import { repoRoot } from '../helpers/calendar.js';
import { permit } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'permit-hardening-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes `files` under a fresh folder of the scratch space and returns its path. */
let n = 0;
function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = join(scratch, String(n++));
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** A copy of the shipped rules with `edit` applied to one file. */
function rulesWith(file: string, edit: (text: string) => string): string {
  const dir = folder();
  cpSync(join(repoRoot, 'rules'), dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

/** A copy of the installed package (bundle, data, rules), to damage without touching the real one. */
function installation(damage: (root: string) => void): string {
  const root = folder();
  for (const part of ['bin', 'dist', 'data', 'rules', 'package.json']) cpSync(join(repoRoot, part), join(root, part), { recursive: true });
  damage(root);
  return root;
}

const CANCEL = ['check', 'cancel', '--reason', 'resignation', '--event-date', '2026-11-18', '--as-of', '2026-11-20'];
const year = (key: string, extra = '') => `years:\n  ${key}:\n    notice: { title: x, urls: [] }\n    off: []\n    work: []\n${extra}`;

interface Row {
  name: string;
  /** Arguments; a function gets a scratch folder made by `files`. */
  args: (dir: string) => string[];
  files?: Record<string, string | Buffer>;
  env?: (dir: string) => Record<string, string>;
  /** Runs the binary of another installation (see `installation`). */
  root?: () => string;
  code: number;
  stderr?: RegExp;
  stdout?: RegExp;
}

const rows: Row[] = [
  // Silent wrong answers.
  { name: 'calendar year key "0227" typed for 2027', files: { 'c.yaml': year('"0227"') }, args: (d) => [...CANCEL, '--calendar', join(d, 'c.yaml')], code: 2, stderr: /c\.yaml:2:3 {2}error {2}years\.0227: year keys are between 2000 and 2100/ },
  { name: 'calendar year key "0000"', files: { 'c.yaml': year('"0000"') }, args: (d) => [...CANCEL, '--calendar', join(d, 'c.yaml')], code: 2, stderr: /c\.yaml:2:3 .*between 2000 and 2100/ },
  { name: 'calendar year key "9999"', files: { 'c.yaml': year('"9999"') }, args: (d) => [...CANCEL, '--calendar', join(d, 'c.yaml')], code: 2, stderr: /c\.yaml:2:3 .*between 2000 and 2100/ },
  { name: '"2027" and 2027 as two keys of one calendar file', files: { 'c.yaml': `${year('"2027"')}  2027:\n    notice: { title: y, urls: [] }\n    off: []\n    work: []\n` }, args: (d) => [...CANCEL, '--calendar', join(d, 'c.yaml')], code: 2, stderr: /c\.yaml:6:3 .*"2027" is given twice.*\[duplicate-key\]/ },
  { name: 'a rule fact id that a flag takes (format)', args: () => CANCEL, env: () => ({ PERMIT_RULES: rulesWith('cancel.yaml', (t) => t.replace(/^facts:\n/m, 'facts:\n  - id: format\n    type: boolean\n    question: { en: Format?, zh: 格式？ }\n')) }), code: 2, stderr: /cancel\.yaml:\d+:\d+ .*fact id "format" is taken by a flag/ },
  { name: 'a status typo that would switch a warning off', args: () => CANCEL, env: () => ({ PERMIT_RULES: rulesWith('cancel.yaml', (t) => t.replace(/status: \[overdue\]/, 'status: [overdu]')) }), code: 2, stderr: /cancel\.yaml:\d+:\d+ .*overdu/ },
  { name: '--event-date given twice', args: () => [...CANCEL, '--event-date', '2026-11-19'], code: 2, stderr: /^permit: --event-date is given twice; give it once\n$/ },
  { name: '--reason given twice', args: () => [...CANCEL, '--reason', 'dismissal'], code: 2, stderr: /^permit: --reason is given twice/ },
  { name: 'an overlay replacing a published year is said in the output', files: { 'c.yaml': year('"2026"') }, args: (d) => [...CANCEL, '--calendar', join(d, 'c.yaml')], code: 0, stderr: /c\.yaml replaces the published holiday arrangement of 2026/ },
  { name: 'the JSON names rule files relative to the rule folder, never a local path', args: () => [...CANCEL, '--format', 'json'], env: () => ({ PERMIT_RULES: rulesWith('cancel.yaml', (t) => t) }), code: 0, stdout: /^(?![\s\S]*permit-hardening)[\s\S]*"rule": "cancel\.yaml:\d+"/ },
  { name: '--district without a city that has offices', args: () => [...CANCEL, '--district', 'jiangbei'], code: 2, stderr: /"jiangbei" is a value of district only when city is nanjing; here city is other \(its default\)/ },
  { name: '--calendar with an empty name', args: () => [...CANCEL, '--calendar', ''], code: 2, stderr: /--calendar.*expected a file name, got an empty one/ },

  // Hangs and memory: only regular files are read, and only up to a size.
  { name: 'a FIFO as the calendar', files: {}, args: (d) => (spawnSync('mkfifo', [join(d, 'fifo')]), [...CANCEL, '--calendar', join(d, 'fifo')]), code: 2, stderr: /fifo: not a calendar file: a named pipe \(FIFO\)/ },
  { name: '/dev/zero as the calendar', args: () => [...CANCEL, '--calendar', '/dev/zero'], code: 2, stderr: /\/dev\/zero: not a calendar file: a character device/ },
  { name: '/dev/urandom as the calendar', args: () => [...CANCEL, '--calendar', '/dev/urandom'], code: 2, stderr: /not a calendar file: a character device/ },
  { name: 'a directory as the calendar', files: { 'd/x': '' }, args: (d) => [...CANCEL, '--calendar', join(d, 'd')], code: 2, stderr: /not a calendar file: a directory/ },
  { name: 'a symbolic-link loop as the calendar', args: (d) => (symlinkSync('b', join(d, 'a')), symlinkSync('a', join(d, 'b')), [...CANCEL, '--calendar', join(d, 'a')]), code: 2, stderr: /cannot read the calendar file: a symbolic link loop/ },
  { name: 'a calendar over the size limit', files: { 'big.yaml': `# ${'x'.repeat(6 * 1024 * 1024)}\n` }, args: (d) => [...CANCEL, '--calendar', join(d, 'big.yaml')], code: 2, stderr: /the calendar file is 6\.0 MB, over the limit of 5 MB/ },
  { name: 'a directory as a rule file', args: () => CANCEL, env: () => { const d = rulesWith('cancel.yaml', (t) => t); rmSync(join(d, 'cancel.yaml')); mkdirSync(join(d, 'cancel.yaml')); return { PERMIT_RULES: d }; }, code: 2, stderr: /cancel\.yaml: not a rule file: a directory/ },
  { name: 'a dangling link as a rule file', args: () => CANCEL, env: () => { const d = rulesWith('cancel.yaml', (t) => t); rmSync(join(d, 'cancel.yaml')); symlinkSync('nowhere.yaml', join(d, 'cancel.yaml')); return { PERMIT_RULES: d }; }, code: 2, stderr: /cancel\.yaml: no such rule file: a symbolic link to a file that does not exist/ },
  { name: 'a FIFO as a case file (a finding, the run goes on)', args: (d) => (spawnSync('mkfifo', [join(d, 'a.yaml')]), ['validate', d, '--as-of', '2026-12-01']), code: 1, stdout: /not a case file: a named pipe \(FIFO\)/ },
  { name: 'offices --help reads no data file', root: () => installation((r) => rmSync(join(r, 'data/offices.yaml'))), args: () => ['offices', '--help'], code: 0, stdout: /Examples:/ },
  { name: 'diagnostics are capped per file', files: { 'c.yaml': `years:\n${'  "2027":\n    off: []\n'.repeat(2000)}` }, args: (d) => [...CANCEL, '--calendar', join(d, 'c.yaml')], code: 2, stderr: /^(?:[^\n]*\n){50}[^\n]*c\.yaml: … and \d+ more problems\n$/ },
  { name: 'deep nesting', files: { 'c.yaml': `years: ${'['.repeat(5000)}${']'.repeat(5000)}\n` }, args: (d) => [...CANCEL, '--calendar', join(d, 'c.yaml')], code: 2, stderr: /c\.yaml:1:\d+ {2}error {2}nested too deeply/ },

  // Exit 2 with one line for everything a user can get wrong.
  { name: 'PERMIT_RULES naming a missing folder', args: () => CANCEL, env: () => ({ PERMIT_RULES: '/nonexistent/rules' }), code: 2, stderr: /^permit: no rule folder \/nonexistent\/rules \(PERMIT_RULES\)\n$/ },
  { name: 'PERMIT_RULES set but empty', args: () => CANCEL, env: () => ({ PERMIT_RULES: '' }), code: 2, stderr: /^permit: PERMIT_RULES is set but empty/ },
  { name: 'PERMIT_RULES naming a regular file', files: { 'f.yaml': 'x: 1\n' }, args: () => ['rules', 'list'], env: (d) => ({ PERMIT_RULES: join(d, 'f.yaml') }), code: 2, stderr: /f\.yaml \(PERMIT_RULES\) is not a folder/ },
  { name: 'PERMIT_RULES naming a folder without rule files (not "unknown option")', files: { 'x.txt': '' }, args: () => CANCEL, env: (d) => ({ PERMIT_RULES: d }), code: 2, stderr: /^permit: the rule folder .* \(PERMIT_RULES\) has no rule files \(\*\.yaml\)\n$/ },
  { name: 'rules list names the folder in use', args: () => ['rules', 'list'], env: () => ({ PERMIT_RULES: rulesWith('cancel.yaml', (t) => t) }), code: 0, stdout: /permit-hardening.*\(PERMIT_RULES\)/ },
  { name: 'a YAML alias bomb', files: { 'c.yaml': `a: &a [x,x,x,x,x,x,x,x,x,x]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`).join('\n')}\n` }, args: (d) => [...CANCEL, '--calendar', join(d, 'c.yaml')], code: 2, stderr: /c\.yaml:1:1 {2}error {2}cannot expand the document.*\[yaml-aliases\]/ },
  { name: 'a missing shipped calendar', root: () => installation((r) => rmSync(join(r, 'data/calendar/cn.yaml'))), args: () => CANCEL, code: 2, stderr: /^permit: data\/calendar\/cn\.yaml: no such calendar file; the permit installation is damaged/ },
  { name: 'a broken shipped calendar', root: () => installation((r) => writeFileSync(join(r, 'data/calendar/cn.yaml'), 'years: [\n')), args: () => CANCEL, code: 2, stderr: /data\/calendar\/cn\.yaml:\d+:\d+ .*\npermit: data\/calendar\/cn\.yaml is damaged, so is the permit installation/ },
  { name: 'a missing shipped offices file', root: () => installation((r) => rmSync(join(r, 'data/offices.yaml'))), args: () => ['offices', '--city', 'beijing'], code: 2, stderr: /data\/offices\.yaml: no such offices file; the permit installation is damaged/ },
  { name: 'a snapshot of the wrong shape falls back to the files', root: () => installation((r) => writeFileSync(join(r, 'dist/snapshot.json'), '{"format":2,"build":"x","rules":[]}')), args: () => [...CANCEL, '--format', 'json'], code: 0, stdout: /"cancel-application"/ },
  { name: '--version --verbose says the snapshot is not in use', root: () => installation((r) => writeFileSync(join(r, 'dist/snapshot.json'), '[1,')), args: () => ['--version', '--verbose'], code: 0, stdout: /snapshot dist\/snapshot\.json: damaged; ignored/ },
  { name: '--version --verbose says the snapshot is in use', args: () => ['--version', '--verbose'], code: 0, stdout: /snapshot dist\/snapshot\.json: in use for every data file/ },

  // Text that reaches a terminal.
  { name: 'a control character in an argument', args: () => ['check', 'cancel', '--reason', 'x\u001b[2Jy', '--event-date', '2026-11-18'], code: 2, stderr: /^(?![\s\S]*\u001b)[\s\S]*x\\x1b\[2Jy/ },
  { name: 'a control character in a file', files: { 'c.yaml': year('"2027\u001b[2J"') }, args: (d) => [...CANCEL, '--calendar', join(d, 'c.yaml')], code: 2, stderr: /^(?![\s\S]*\u001b)[\s\S]*2027\\x1b\[2J/ },
  { name: 'a NUL byte in a calendar', files: { 'c.yaml': 'years:\n  "2027":\n    off: [\u0000]\n' }, args: (d) => [...CANCEL, '--calendar', join(d, 'c.yaml')], code: 2, stderr: /c\.yaml:3: holds a NUL byte/ },
  { name: 'invalid UTF-8 in a rule file', args: () => CANCEL, env: () => { const d = rulesWith('cancel.yaml', (t) => t); writeFileSync(join(d, 'cancel.yaml'), Buffer.concat([Buffer.from('procedure: cancel\n# '), Buffer.from([0xff, 0xfe]), Buffer.from('\n')])); return { PERMIT_RULES: d }; }, code: 2, stderr: /cancel\.yaml:2: is not valid UTF-8 text/ },
  { name: 'invalid UTF-8 in a case file', files: { 'a.yaml': Buffer.concat([Buffer.from('schema: permit/case@1\nid: a\nemployee: { name: "'), Buffer.from([0xc3, 0x28]), Buffer.from('" }\n')]) }, args: (d) => ['validate', d, '--as-of', '2026-12-01'], code: 1, stdout: /3:1 +error +.*not valid UTF-8/ },
  { name: 'a schema message says what was expected', files: { 'c.yaml': 'years:\n  "2027":\n    notice: { title: x, urls: [] }\n    off: [2027-13-01]\n    work: []\n' }, args: (d) => [...CANCEL, '--calendar', join(d, 'c.yaml')], code: 2, stderr: /"2027-13-01" is not a real date; expected YYYY-MM-DD/ },
  { name: 'the year-range message names the calendar\'s first year', args: () => ['check', 'cancel', '--reason', 'resignation', '--event-date', '2000-01-01', '--as-of', '2000-01-02'], code: 2, stderr: /outside the dates this calendar can compute \(2010-01-01 to 2060-12-31\)/ },

  // Environment.
  { name: 'FORCE_COLOR=0 turns colour off', args: () => CANCEL, env: () => ({ FORCE_COLOR: '0' }), code: 0, stdout: /^(?![\s\S]*\u001b\[)/ },
];

describe('hostile and mistaken input (built binary)', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const dir = folder(row.files);
    const root = row.root?.() ?? repoRoot;
    const r = spawnSync(process.execPath, [join(root, 'bin/permit.js'), ...row.args(dir)], {
      cwd: dir,
      encoding: 'utf8',
      input: '',
      timeout: 20_000,
      env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, PERMIT_RULES: undefined, PERMIT_CALENDAR: undefined, ...row.env?.(dir) },
    });
    expect(r.signal, 'killed: it hung').toBeNull();
    expect({ code: r.status, stderr: r.stderr }).toMatchObject({ code: row.code });
    if (row.stderr) expect(r.stderr).toMatch(row.stderr);
    if (row.stdout) expect(r.stdout).toMatch(row.stdout);
    expect(r.stderr, 'a stack trace').not.toMatch(/\n\s+at |internal error/);
  });

  it('ends quietly with exit 0 when the reader closes the pipe (EPIPE)', () => {
    const r = spawnSync('bash', ['-c', `node ${repoRoot}bin/permit.js validate ${repoRoot}examples/cases --as-of 2026-12-01 --format json | head -c 1 >/dev/null; echo "exit \${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    expect(r.stderr).toBe('exit 0\n');
  });

  it('reports a full disk in one line with exit 2 (ENOSPC)', () => {
    const r = spawnSync('bash', ['-c', `node ${repoRoot}bin/permit.js sources > /dev/full`], { encoding: 'utf8' });
    expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 2, stderr: 'permit: cannot write the output: no space left on the device\n' });
  });

  it('counts CI only when it is set to a true value', () => {
    expect(['false', '0', '', 'no', 'off', 'FALSE'].map(isTrue)).toEqual([false, false, false, false, false, false]);
    expect(['true', '1', 'yes', 'woodpecker'].map(isTrue)).toEqual([true, true, true, true]);
    expect(isTrue(undefined)).toBe(false);
  });

  it('prints identical plans whatever the working directory (a row above pins the relative rule file)', () => {
    const a = permit([...CANCEL, '--format', 'json']);
    const b = permit([...CANCEL, '--format', 'json'], {}, scratch);
    expect(b.stdout).toBe(a.stdout);
  });
});
