/**
 * End-to-end: the built binary in a real pseudo-terminal (test/helpers/pty_drive.py, Python's
 * standard `pty`), driven by keystrokes as a user would: a whole interview to the saved case,
 * Ctrl-C and signals with their exit codes and drafts, the interview inside `permit check`; and
 * without a terminal, exit 2 at once naming every missing flag.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { readCase } from '../../src/cases/read.js';
import { caseSchemaFor } from '../../src/cases/schema.js';
import { evaluateCase } from '../../src/core/evaluateCase.js';
import { repoRoot, shippedCalendar } from '../helpers/calendar.js';
import { procedures, shippedRules } from '../helpers/rules.js';

const HELPER = `${repoRoot}test/helpers/pty_drive.py`;
const hasPython = spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' }).status === 0;
const AS_OF = '2026-11-22';
const ENTER = '\r';
const UP = '\u001b[A';
const DOWN = '\u001b[B';

type PtyStep = { expect: string; timeout?: number } | { send: string } | { signal: string } | { hangup: true } | { sleep: number };
interface PtyResult {
  code: number | null;
  signal: string | null;
  output: string;
  raw: string;
  failed: PtyStep | null;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'permit-pty-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const env = (extra: Record<string, string | undefined> = {}) => ({
  ...process.env,
  CI: undefined,
  NO_COLOR: '1',
  FORCE_COLOR: undefined,
  PERMIT_CALENDAR: undefined,
  PERMIT_RULES: undefined,
  TERM: 'xterm-256color',
  ...extra,
});

/** Runs `permit <args>` in a pseudo-terminal, playing `steps`. */
function pty(args: string[], steps: PtyStep[], extraEnv: Record<string, string | undefined> = {}): PtyResult {
  const r = spawnSync('python3', [HELPER, JSON.stringify(steps), '--', process.execPath, `${repoRoot}bin/permit.js`, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: env(extraEnv),
    timeout: 60000,
  });
  if (r.status !== 0) throw new Error(`pty helper failed (${r.status}): ${r.stderr}`);
  const result = JSON.parse(r.stdout) as PtyResult;
  if (result.failed) throw new Error(`waited in vain for ${JSON.stringify(result.failed)}; the terminal showed:\n${result.output.slice(-3000)}`);
  return result;
}

describe.skipIf(!hasPython)('permit interview in a pseudo-terminal (built binary)', { timeout: 60000 }, () => {
  it('runs a whole interview to the checklist, the saved case file and the command for next time', () => {
    const r = pty(
      ['interview', 'cancel', '--as-of', AS_OF, '--lang', 'en', '--save', 'ana.yaml'],
      [
        { expect: 'Question 1 of at most 9' },
        { send: ENTER },
        { expect: 'Question 2 of at most 7' },
        { send: `2026-11-18${ENTER}` },
        { expect: 'Question 3 of at most 7' },
        { send: ENTER },
        { expect: 'Question 4 of at most 7' },
        { send: `${UP}${UP}${UP}${ENTER}` },
        { expect: 'Question 5 of at most 7' },
        { send: ENTER },
        { expect: 'Question 6 of at most 7 (optional)' },
        { send: `${DOWN}${DOWN}${ENTER}` },
        { expect: 'Question 7 of at most 7 (optional)' },
        { send: ENTER },
        { expect: 'Review your answers' },
        { send: ENTER },
        { expect: 'Record in the case file which of the 3 documents are in hand?' },
        { send: `${DOWN}${ENTER}` },
        { expect: 'next time, without the questions:', timeout: 15 },
      ],
    );
    expect(r.code).toBe(0);
    expect(r.output).toContain('cancel-application');
    expect(r.output).toContain('permit: wrote ana.yaml (permit/case@1)');
    expect(r.output).toContain(
      'permit check cancel --reason resignation --event-date 2026-11-18 --category B --city beijing --district chaoyang --no-salary-commitment --as-of 2026-11-22 --lang en',
    );
    const text = readFileSync(join(dir, 'ana.yaml'), 'utf8');
    const catalog = { procedures: new Map(procedures.map((p) => [p, shippedRules(p)])) };
    const c = readCase('ana.yaml', text, caseSchemaFor(catalog));
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.case.data).toMatchObject({ id: 'ana', employer: { city: 'beijing', district: 'chaoyang' } });
    const result = evaluateCase(c.case, { catalog, calendar: shippedCalendar, asOf: AS_OF as IsoDate });
    expect(result.findings.filter((f) => f.ruleId.startsWith('case-'))).toEqual([]);
  });

  it('stops on Ctrl-C with exit 130, the cursor shown again, and a draft beside --save', () => {
    const r = pty(
      ['interview', 'cancel', '--as-of', AS_OF, '--lang', 'en', '--save', 'ana.yaml'],
      [{ expect: 'Question 1 of at most 9' }, { send: ENTER }, { expect: 'Question 2 of at most 7' }, { send: '\u0003' }],
    );
    expect(r.code).toBe(130);
    expect(r.raw.lastIndexOf('\u001b[?25h')).toBeGreaterThan(r.raw.lastIndexOf('\u001b[?25l'));
    expect(r.output).toContain('permit: interrupted; the answers so far are in ana.draft.yaml. Continue with: permit interview cancel --from ana.draft.yaml --save ana.yaml --as-of 2026-11-22 --lang en');
    expect(readFileSync(join(dir, 'ana.draft.yaml'), 'utf8')).toContain('reason: resignation');
    expect(existsSync(join(dir, 'ana.yaml'))).toBe(false);
  });

  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ])('exits %s during a prompt with %i', (signal, code) => {
    const r = pty(['interview', 'cancel', '--as-of', AS_OF, '--lang', 'en'], [{ expect: 'Question 1 of at most 9' }, { signal }]);
    expect(r.code).toBe(code);
    expect(r.raw.lastIndexOf('\u001b[?25h')).toBeGreaterThan(r.raw.lastIndexOf('\u001b[?25l'));
    expect(r.output).toContain('permit: interrupted; nothing saved');
  });

  it('refuses a --save file in a folder that does not exist before the first question', () => {
    const r = pty(['interview', 'cancel', '--as-of', AS_OF, '--lang', 'en', '--save', 'no/such/ana.yaml'], []);
    expect(r.code).toBe(2);
    expect(r.output).toContain('permit: cannot write no/such/ana.yaml: its folder does not exist');
    expect(r.output).not.toContain('Question 1');
  });

  it('saves the draft at once when the terminal itself goes away', () => {
    // Closing the terminal ends stdin before any signal arrives: the draft is written at once, and
    // permit then ends as killed by the hang-up (129 to a shell), never restoring the dead terminal.
    const r = pty(
      ['interview', 'cancel', '--as-of', AS_OF, '--lang', 'en', '--save', 'gone.yaml'],
      [{ expect: 'Question 1 of at most 9' }, { send: ENTER }, { expect: 'Question 2 of at most 7' }, { hangup: true }],
    );
    expect(readFileSync(join(dir, 'gone.draft.yaml'), 'utf8')).toContain('reason: resignation');
    expect({ code: r.code, signal: r.signal }).toEqual({ code: null, signal: 'SIGHUP' });
  });

  it('keeps interviewing inside permit check when a required fact is missing, with the review and the command for next time', () => {
    const r = pty(
      ['check', 'cancel', '--city', 'other', '--as-of', AS_OF, '--lang', 'en'],
      [
        { expect: 'Question 1 of at most 7' },
        { send: ENTER },
        { expect: 'Question 2 of at most 5' },
        { send: `2026-11-18${ENTER}` },
        { expect: 'Question 3 of at most 5' },
        { send: ENTER },
        { expect: 'Question 4 of at most 5' },
        { send: ENTER },
        { expect: 'Question 5 of at most 5 (optional)' },
        { send: ENTER },
        { expect: 'Review your answers' },
        { expect: '(given)' },
        { send: ENTER },
        { expect: 'cancel-application', timeout: 15 },
      ],
    );
    expect(r.code).toBe(0);
    expect(r.output).toContain('permit check cancel --reason resignation --event-date 2026-11-18 --category B --city other --no-salary-commitment');
  });

  it('gives permit check 143 on SIGTERM during its interview', () => {
    const r = pty(['check', 'cancel', '--as-of', AS_OF, '--lang', 'en'], [{ expect: 'Question 1 of at most 9' }, { signal: 'SIGTERM' }]);
    expect(r.code).toBe(143);
  });

  it('treats CI=true as no terminal, and CI=false as a terminal', () => {
    const ci = pty(['interview', 'apply', '--as-of', AS_OF], [{ expect: 'missing 2 required facts' }], { CI: 'true' });
    expect(ci.code).toBe(2);
    const notCi = pty(['interview', 'cancel', '--as-of', AS_OF, '--lang', 'en'], [{ expect: 'Question 1 of at most 9' }, { send: '\u0003' }], { CI: 'false' });
    expect(notCi.code).toBe(130);
  });
});

describe('permit interview without a terminal (built binary)', () => {
  it('exits 2 within a second of start-up, on an open pipe that sends nothing, naming every missing required fact as a flag', async () => {
    // The bound is relative to a bare start-up (`permit --version`), so a loaded machine does not fail it.
    const t0 = Date.now();
    spawnSync(process.execPath, [`${repoRoot}bin/permit.js`, '--version'], { encoding: 'utf8', env: env() });
    const startup = Date.now() - t0;
    const started = Date.now();
    const child = spawn(process.execPath, [`${repoRoot}bin/permit.js`, 'interview', 'apply', '--as-of', AS_OF], {
      cwd: dir,
      env: env(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 10000);
      child.on('close', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    const elapsed = Date.now() - started;
    child.stdin.end();
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^permit: missing 2 required facts; pass --degree-origin --apostille-country:\n/);
    expect(stderr).toContain('  --degree-origin (one of: abroad, hk-macao-taiwan, mainland): ');
    expect(stderr).toContain('  --apostille-country (--apostille-country or --no-apostille-country): ');
    expect(elapsed - startup, `took ${elapsed} ms; a bare start-up took ${startup} ms`).toBeLessThan(1000);
  });

  it('asks for a procedure by name, and with every fact given prints the checklist and saves the case', () => {
    const none = spawnSync(process.execPath, [`${repoRoot}bin/permit.js`, 'interview'], { cwd: dir, encoding: 'utf8', input: '', env: env() });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('permit: name a procedure (apply, cancel, change, extend, residence), e.g. permit interview cancel');
    const full = spawnSync(
      process.execPath,
      [`${repoRoot}bin/permit.js`, 'interview', 'cancel', '--reason', 'resignation', '--event-date', '2026-11-18', '--as-of', AS_OF, '--save', 'li.yaml', '--format', 'json'],
      { cwd: dir, encoding: 'utf8', input: '', env: env() },
    );
    expect(full.status, full.stderr).toBe(0);
    expect(JSON.parse(full.stdout).procedure).toBe('cancel');
    expect(readFileSync(join(dir, 'li.yaml'), 'utf8')).toContain('event-date: 2026-11-18');
    const again = spawnSync(
      process.execPath,
      [`${repoRoot}bin/permit.js`, 'interview', 'cancel', '--reason', 'resignation', '--event-date', '2026-11-18', '--as-of', AS_OF, '--save', 'li.yaml'],
      { cwd: dir, encoding: 'utf8', input: '', env: env() },
    );
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('li.yaml already exists; it was left untouched (choose another --save name, or pass --force)');
  });
});
