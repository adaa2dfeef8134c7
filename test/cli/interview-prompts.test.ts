/**
 * Whole interviews through the prompt layer: `permit interview` run in-process with the real
 * @inquirer prompts drawn on @inquirer/testing's screen, keys pressed as a user would. Each test
 * pins the exact sequence of questions (with the progress line), the review, going back, and the
 * saved case file, which must pass the case-file reader and the core without a schema finding.
 */
import { screen } from '@inquirer/testing/vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { readCase } from '../../src/cases/read.js';
import { caseSchemaFor } from '../../src/cases/schema.js';
import type { Io } from '../../src/cli/io.js';
import { interviewCommand } from '../../src/cli/commands/interview.js';
import { dataLocations } from '../../src/cli/environment.js';
import { EXIT, type Outcome, UsageError } from '../../src/cli/errors.js';
import { DataStore } from '../../src/data/loadData.js';
import type { Command } from 'commander';
import { evaluateCase } from '../../src/core/evaluateCase.js';
import { repoRoot, shippedCalendar } from '../helpers/calendar.js';
import { NOW } from '../helpers/context.js';
import { procedures, shippedRules } from '../helpers/rules.js';

const AS_OF = '2026-11-22';
const catalog = { procedures: new Map(procedures.map((p) => [p, shippedRules(p)])) };

type Signal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

interface Session {
  run: Promise<number>;
  /** The procedure the questions come from (named on the command line; cancel when chosen). */
  procedure: string;
  out: { stdout: string; stderr: string; terminal: string };
  /** Delivers a signal to the handler the interview registered, as the process would. */
  signal(s: Signal): void;
  dir: string;
}

let dir: string;
/** How the last session ended, for the message of a failed wait. */
let lastOutput = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'permit-interview-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs `permit interview …` in-process as src/cli/main.ts would (its package-root lookup finds
 * src/ when run from source, so the command is built here on the repository's data).
 */
async function runInterview(io: Io, args: readonly string[]): Promise<number> {
  const ctx = { io, data: new DataStore(dataLocations(repoRoot, {}, io.cwd), undefined), root: repoRoot };
  let outcome: Outcome = { exitCode: EXIT.ok };
  const cmd = interviewCommand(ctx, (o) => {
    outcome = o;
  });
  const quiet = (c: Command) => {
    c.exitOverride();
    c.configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
    c.commands.forEach(quiet);
  };
  quiet(cmd);
  try {
    await cmd.parseAsync(args.slice(1), { from: 'user' });
    return outcome.exitCode;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`permit: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

/** Starts `permit <args>` on a fake terminal whose keys come from the test screen. */
function start(args: string[]): Session {
  const out = { stdout: '', stderr: '', terminal: '' };
  const output = new PassThrough();
  output.on('data', (b: Buffer) => {
    out.terminal += b.toString('utf8');
  });
  const handlers = new Set<(s: Signal) => void>();
  const io: Io = {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    env: {},
    now: () => NOW,
    cwd: dir,
    interactive: true,
    stdoutTty: false,
    stderrTty: true,
    errStream: output,
    terminal: {
      input: screen.input,
      output,
      onSignal: (h) => {
        handlers.add(h);
        return () => handlers.delete(h);
      },
    },
  };
  const run = runInterview(io, args).then((code) => {
    lastOutput = `exit ${code}; stderr: ${out.stderr}`;
    return code;
  });
  const procedure = procedures.includes(args[1] ?? '') ? (args[1] as string) : 'cancel';
  return { run, out, dir, procedure, signal: (s) => handlers.forEach((h) => h(s)) };
}

async function until(what: string, ok: () => boolean, run: Promise<number>, ms = 8000): Promise<void> {
  let settled = false;
  void run.then(() => (settled = true));
  const end = Date.now() + ms;
  while (!ok()) {
    if (settled) throw new Error(`the interview ended while waiting for ${what} (${lastOutput}); screen:\n${screen.getScreen()}`);
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; screen:\n${screen.getScreen()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** One prompt: the text it must show first, then the keys (`type:…` types text). */
interface Step {
  shows: string | readonly string[];
  keys: readonly string[];
  /** Text the screen must show after the keys (a validation error), before the next step. */
  then?: { shows: string; keys: readonly string[] };
}

/** Screen text with its line breaks and indents collapsed: prompts wrap long lines. */
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();

/** What a prompt asks: `Question 3 of at most 7 | <the fact's question>`, else its first line. */
function identify(procedure: string, text: string): string {
  const t = norm(text).replace(/^\? /, '');
  const m = /^(Question \d+ of at most \d+(?: \(optional\))?) (.*)$/.exec(t);
  if (!m) return (text.split('\n')[0] ?? '').replace(/^\? /, '').trim();
  const fact = shippedRules(procedure).facts.find((f) => (m[2] ?? '').startsWith(norm(f.question.en)));
  return `${m[1]} | ${fact ? fact.question.en : `? ${m[2]}`}`;
}

/** Answers the prompts in order and returns what each asked (see `identify`). */
async function drive(s: Session, procedure: string, steps: readonly Step[]): Promise<string[]> {
  const seen: string[] = [];
  let previous = '';
  for (const step of steps) {
    const wanted = (typeof step.shows === 'string' ? [step.shows] : step.shows).map(norm);
    await until(JSON.stringify(wanted), () => {
      const text = screen.getScreen();
      return text !== previous && wanted.every((w) => norm(text).includes(w));
    }, s.run);
    const text = screen.getScreen();
    seen.push(identify(procedure, text));
    await press(s, step.keys);
    if (step.then) {
      const then = step.then;
      await until(then.shows, () => norm(screen.getScreen()).includes(norm(then.shows)), s.run);
      await press(s, then.keys);
    }
    previous = text;
  }
  return seen;
}

async function press(s: Session, keys: readonly string[]): Promise<void> {
  for (const k of keys) {
    const before = screen.getScreen();
    if (k.startsWith('type:')) screen.type(k.slice(5));
    else screen.keypress(k);
    // Let the prompt draw the key (or finish) before the next one.
    if (k !== 'enter') await until(`the key ${k}`, () => screen.getScreen() !== before, s.run, 2000);
    else await new Promise((r) => setTimeout(r, 10));
  }
}

/** The question line of a fact, as the interview shows it in English. */
const q = (procedure: string, fact: string) => shippedRules(procedure).factsById.get(fact)?.question.en as string;
const Q = (n: number, max: number, procedure: string, fact: string, optional = false) =>
  `Question ${n} of at most ${max}${optional ? ' (optional)' : ''} | ${q(procedure, fact)}`;

/** The saved file must read as a case and evaluate without a case-parse or case-schema finding. */
function expectValidCase(file: string) {
  const text = readFileSync(file, 'utf8');
  const r = readCase(file, text, caseSchemaFor(catalog));
  expect(r.ok, r.ok ? '' : JSON.stringify(r.findings)).toBe(true);
  if (!r.ok) return undefined;
  const result = evaluateCase(r.case, { catalog, calendar: shippedCalendar, asOf: AS_OF as IsoDate });
  expect(result.findings.filter((f) => f.ruleId === 'case-parse' || f.ruleId === 'case-schema')).toEqual([]);
  return { text, data: r.case.data, result };
}

const REVIEW = 'Review your answers: choose one to change, or continue';
const DOCS = 'Record in the case file which of the';

describe('permit interview, through the prompts', () => {
  it('asks a resignation in Beijing with its district, goes back one question, and saves the case', async () => {
    const s = start(['interview', 'cancel', '--as-of', AS_OF, '--lang', 'en', '--save', 'wei.yaml']);
    const seen = await drive(s, s.procedure, [
      { shows: 'Question 1 of at most 9', keys: ['enter'] },
      {
        shows: ['Question 2 of at most 7', 'The day the employment legally ends'],
        keys: ['type:2026-02-30', 'enter'],
        then: { shows: 'expected a real date written YYYY-MM-DD (e.g. 2026-11-18), got "2026-02-30"', keys: ['type:2026-11-18', 'enter'] },
      },
      { shows: ['Question 3 of at most 7', '❯ Class B (professional)'], keys: ['enter'] },
      // Back from the city question to the category, which keeps its answer preselected.
      { shows: 'Question 4 of at most 7', keys: ['down', 'enter'] },
      { shows: ['Question 3 of at most 7', '❯ Class B (professional)'], keys: ['down', 'enter'] },
      { shows: ['Question 4 of at most 7', '❯ Another city'], keys: ['up', 'up', 'up', 'enter'] },
      { shows: 'Question 5 of at most 7', keys: ['enter'] },
      { shows: ['Question 6 of at most 7 (optional)', 'Chaoyang District'], keys: ['down', 'down', 'enter'] },
      { shows: ['Question 7 of at most 7 (optional)', 'Enter to skip'], keys: ['enter'] },
      {
        shows: [REVIEW, '1. Why is the work permit being cancelled? › The employee resigned', '4. Where is the employer registered? › Beijing', '› (skipped)'],
        keys: ['enter'],
      },
      { shows: `${DOCS} 3 documents are in hand?`, keys: ['enter'] },
      { shows: 'Document 1 of 3', keys: ['type:y', 'enter'] },
      { shows: 'Document 2 of 3', keys: ['type:y', 'enter'] },
      { shows: 'Document 3 of 3', keys: ['type:n', 'enter'] },
    ]);
    expect(await s.run).toBe(0);
    expect(seen).toEqual([
      Q(1, 9, 'cancel', 'reason'),
      Q(2, 7, 'cancel', 'event-date'),
      Q(3, 7, 'cancel', 'category'),
      Q(4, 7, 'cancel', 'city'),
      Q(3, 7, 'cancel', 'category'),
      Q(4, 7, 'cancel', 'city'),
      Q(5, 7, 'cancel', 'salary-commitment'),
      Q(6, 7, 'cancel', 'district', true),
      Q(7, 7, 'cancel', 'submission-date', true),
      REVIEW,
      'Record in the case file which of the 3 documents are in hand?',
      'Document 1 of 3',
      'Document 2 of 3',
      'Document 3 of 3',
    ]);
    // The help fits a resignation: nothing about death certificates or court judgments.
    expect(s.out.terminal).not.toMatch(/date of death|court's judgment/);
    expect(s.out.terminal).toContain('↩ back one question');
    expect(s.out.terminal).toContain('✔ Which category is the work permit? › Class C (other)');
    expect(s.out.stdout).toContain('cancel-application');
    expect(s.out.stderr).toContain(
      'permit check cancel --reason resignation --event-date 2026-11-18 --category C --city beijing --district chaoyang --no-salary-commitment --as-of 2026-11-22 --lang en',
    );
    expect(s.out.stderr).toContain('permit check --case wei.yaml');
    const saved = expectValidCase(join(s.dir, 'wei.yaml'));
    expect(saved?.data).toMatchObject({
      schema: 'permit/case@1',
      id: 'wei',
      employer: { city: 'beijing', district: 'chaoyang' },
      permit: { category: 'C', 'salary-commitment': false },
      procedures: [
        {
          procedure: 'cancel',
          facts: { reason: 'resignation', 'event-date': '2026-11-18' },
          documents: {
            'cancellation-form': { status: 'ready' },
            'termination-proof': { status: 'ready' },
            'work-permit-card': { status: 'pending' },
          },
        },
      ],
    });
    expect(saved?.text).toMatch(/^# Written by permit interview \(cancel\) as of 2026-11-22/);
  });

  it('asks the last contact and the notice date for an absconded employee, refuses a notice published too early, and changes an answer from the review', async () => {
    const s = start(['interview', 'cancel', '--as-of', AS_OF, '--lang', 'en', '--save', 'absent.yaml']);
    const seen = await drive(s, s.procedure, [
      { shows: 'Question 1 of at most 9', keys: ['down', 'down', 'down', 'down', 'down', 'down', 'enter'] },
      {
        shows: ['Question 2 of at most 8', q('cancel', 'last-contact'), 'not after 2026-11-22'],
        keys: ['type:2026-12-01', 'enter'],
        then: { shows: 'is after the as-of date 2026-11-22', keys: ['type:2026-10-20', 'enter'] },
      },
      { shows: 'Question 3 of at most 8', keys: ['enter'] },
      { shows: 'Question 4 of at most 8', keys: ['enter'] },
      { shows: 'Question 5 of at most 7', keys: ['enter'] },
      {
        shows: ['Question 6 of at most 7 (optional)', 'Leave it empty if the notice has not been published yet'],
        keys: ['type:2026-10-25', 'enter'],
        then: { shows: 'The notice was published before the employee had been out of touch for more than 15', keys: ['type:2026-11-10', 'enter'] },
      },
      { shows: 'Question 7 of at most 7 (optional)', keys: ['enter'] },
      // Change the last contact: asked again with its answer in the field, the others kept.
      { shows: [REVIEW, '2. On what date was the employee last in contact (YYYY-MM-DD)? › 2026-10-20'], keys: ['down', 'down', 'enter'] },
      { shows: ['Question 2 of at most', q('cancel', 'last-contact')], keys: ['backspace', 'backspace', 'type:18', 'enter'] },
      { shows: [REVIEW, '› 2026-10-18', '6. On what date was the newspaper notice published'], keys: ['enter'] },
      { shows: DOCS, keys: ['down', 'enter'] },
    ]);
    expect(await s.run).toBe(0);
    expect(seen).toEqual([
      Q(1, 9, 'cancel', 'reason'),
      Q(2, 8, 'cancel', 'last-contact'),
      Q(3, 8, 'cancel', 'category'),
      Q(4, 8, 'cancel', 'city'),
      Q(5, 7, 'cancel', 'salary-commitment'),
      Q(6, 7, 'cancel', 'notice-date', true),
      Q(7, 7, 'cancel', 'submission-date', true),
      REVIEW,
      Q(2, 8, 'cancel', 'last-contact'),
      REVIEW,
      expect.stringContaining(DOCS),
    ]);
    // The event date never matters on this path.
    expect(s.out.terminal).not.toContain(q('cancel', 'event-date'));
    const saved = expectValidCase(join(s.dir, 'absent.yaml'));
    expect(saved?.data.procedures?.[0]).toMatchObject({
      procedure: 'cancel',
      facts: { reason: 'absconded', 'last-contact': '2026-10-18', 'notice-date': '2026-11-10' },
    });
    expect(s.out.stderr).toContain('--reason absconded --last-contact 2026-10-18 --notice-date 2026-11-10');
  });

  it('asks an extension in Nanjing with the birth date and the registration area, and goes back from the review', async () => {
    const s = start(['interview', 'extend', '--as-of', AS_OF, '--lang', 'en', '--save', 'kenji.yaml']);
    const seen = await drive(s, s.procedure, [
      { shows: 'Question 1 of at most 9', keys: ['type:2027-02-15', 'enter'] },
      { shows: 'Question 2 of at most 9', keys: ['enter'] },
      { shows: 'Question 3 of at most 9', keys: ['enter'] },
      { shows: 'Question 4 of at most 9', keys: ['enter'] },
      { shows: 'Question 5 of at most 9', keys: ['enter'] },
      { shows: 'Question 6 of at most 9', keys: ['up', 'enter'] },
      {
        shows: ['Question 7 of at most 9 (optional)', 'a Class B applicant must not be over 60'],
        keys: ['type:1979-08-03', 'enter'],
      },
      { shows: ['Question 8 of at most 9 (optional)', 'Jiangbei New Area'], keys: ['down', 'down', 'enter'] },
      { shows: 'Question 9 of at most 9 (optional)', keys: ['enter'] },
      // Back from the review re-asks the last question.
      { shows: REVIEW, keys: ['down', 'down', 'down', 'down', 'down', 'down', 'down', 'down', 'down', 'down', 'enter'] },
      { shows: 'Question 9 of at most 9 (optional)', keys: ['type:2026-12-01', 'enter'] },
      { shows: [REVIEW, '9. On what date was the online application submitted'], keys: ['enter'] },
      { shows: DOCS, keys: ['down', 'enter'] },
    ]);
    expect(await s.run).toBe(0);
    expect(seen).toEqual([
      Q(1, 9, 'extend', 'expiry'),
      Q(2, 9, 'extend', 'category'),
      Q(3, 9, 'extend', 'position-change'),
      Q(4, 9, 'extend', 'salary-commitment'),
      Q(5, 9, 'extend', 'sector-approval'),
      Q(6, 9, 'extend', 'city'),
      Q(7, 9, 'extend', 'birth-date', true),
      Q(8, 9, 'extend', 'district', true),
      Q(9, 9, 'extend', 'submission-date', true),
      REVIEW,
      Q(9, 9, 'extend', 'submission-date', true),
      REVIEW,
      expect.stringContaining(DOCS),
    ]);
    const saved = expectValidCase(join(s.dir, 'kenji.yaml'));
    expect(saved?.data).toMatchObject({
      employee: { 'birth-date': '1979-08-03' },
      employer: { city: 'nanjing', district: 'jiangbei' },
      permit: { category: 'B', expiry: '2027-02-15', 'salary-commitment': false },
      procedures: [{ procedure: 'extend', facts: { 'position-change': 'none', 'sector-approval': 'none' }, submitted: '2026-12-01' }],
    });
  });

  it('asks a Notification Letter application for the submission, certificate and passport dates, so the 6-month checks run', async () => {
    const s = start(['interview', 'apply', '--as-of', AS_OF, '--lang', 'en', '--save', 'john.yaml']);
    const seen = await drive(s, s.procedure, [
      { shows: 'Question 1 of at most 16', keys: ['enter'] },
      { shows: 'Question 2 of at most 14', keys: ['enter'] },
      { shows: 'Question 3 of at most 13', keys: ['enter'] },
      { shows: ['Question 4 of at most 13', 'Canada from 2024-01-11'], keys: ['enter'] },
      { shows: 'Question 5 of at most 13', keys: ['enter'] },
      { shows: 'Question 6 of at most 13', keys: ['enter'] },
      { shows: 'Question 7 of at most 13', keys: ['enter'] },
      { shows: ['Question 8 of at most 12 (optional)', 'the criminal record and the medical certificate'], keys: ['type:2026-12-10', 'enter'] },
      { shows: 'Question 9 of at most 12 (optional)', keys: ['type:2026-09-01', 'enter'] },
      { shows: ['Question 10 of at most 12 (optional)', 'a commitment replaces the certificate before entry'], keys: ['type:2026-10-15', 'enter'] },
      { shows: 'Question 11 of at most 12 (optional)', keys: ['type:2027-03-01', 'enter'] },
      { shows: 'Question 12 of at most 12 (optional)', keys: ['enter'] },
      { shows: REVIEW, keys: ['enter'] },
      { shows: DOCS, keys: ['down', 'enter'] },
    ]);
    expect(await s.run).toBe(0);
    expect(seen).toEqual([
      Q(1, 16, 'apply', 'hire-route'),
      Q(2, 14, 'apply', 'category'),
      Q(3, 13, 'apply', 'degree-origin'),
      Q(4, 13, 'apply', 'apostille-country'),
      Q(5, 13, 'apply', 'sector-approval'),
      Q(6, 13, 'apply', 'family-members'),
      Q(7, 13, 'apply', 'city'),
      Q(8, 12, 'apply', 'submission-date', true),
      Q(9, 12, 'apply', 'criminal-record-issued', true),
      Q(10, 12, 'apply', 'medical-issued', true),
      Q(11, 12, 'apply', 'passport-expiry', true),
      Q(12, 12, 'apply', 'entry-date', true),
      REVIEW,
      expect.stringContaining(DOCS),
    ]);
    // The passport expires less than 6 months after the submission: the check ran.
    expect(s.out.stdout).toMatch(/passport/i);
    const saved = expectValidCase(join(s.dir, 'john.yaml'));
    expect(saved?.data).toMatchObject({
      employee: { passport: { expiry: '2027-03-01' } },
      procedures: [
        {
          procedure: 'apply',
          submitted: '2026-12-10',
          documents: {
            'criminal-record': { status: 'pending', issued: '2026-09-01' },
            'medical-certificate': { status: 'pending', issued: '2026-10-15' },
          },
        },
      ],
    });
    expect(saved?.result.findings.some((f) => f.ruleId === 'document-stale' && f.target === 'passport')).toBe(true);
  });

  it('asks a Beijing residence permit with the one-stop service, its district and the hand-in date', async () => {
    const s = start(['interview', 'residence', '--as-of', AS_OF, '--lang', 'en', '--save', 'li.yaml']);
    const seen = await drive(s, s.procedure, [
      { shows: 'Question 1 of at most 13', keys: ['enter'] },
      { shows: 'Question 2 of at most 12', keys: ['type:2026-11-10', 'enter'] },
      { shows: 'Question 3 of at most 12', keys: ['enter'] },
      { shows: 'Question 4 of at most 12', keys: ['up', 'up', 'up', 'enter'] },
      { shows: ['Question 5 of at most 12', '❯ No'], keys: ['up', 'enter'] },
      { shows: 'Question 6 of at most 12', keys: ['enter'] },
      { shows: 'Question 7 of at most 11', keys: ['enter'] },
      { shows: ['Question 8 of at most 11 (optional)', 'Haidian District'], keys: ['down', 'down', 'down', 'down', 'down', 'enter'] },
      { shows: ['Question 9 of at most 11 (optional)', 'one-stop application'], keys: ['type:2026-11-16', 'enter'] },
      {
        shows: ['Question 10 of at most 11 (optional)', 'checks it against the due date and estimates when both permits can be claimed'],
        keys: ['type:2026-11-12', 'enter'],
        then: { shows: 'the paper documents are handed in only after the online application', keys: ['type:2026-11-20', 'enter'] },
      },
      { shows: ['Question 11 of at most 11 (optional)', '❯ Elsewhere'], keys: ['enter'] },
      { shows: REVIEW, keys: ['enter'] },
      { shows: DOCS, keys: ['down', 'enter'] },
    ]);
    expect(await s.run).toBe(0);
    expect(seen).toEqual([
      Q(1, 13, 'residence', 'application'),
      Q(2, 12, 'residence', 'entry-date'),
      Q(3, 12, 'residence', 'category'),
      Q(4, 12, 'residence', 'city'),
      Q(5, 12, 'residence', 'one-stop'),
      Q(6, 12, 'residence', 'interview-exemption'),
      Q(7, 11, 'residence', 'household-registration'),
      Q(8, 11, 'residence', 'district', true),
      Q(9, 11, 'residence', 'submission-date', true),
      Q(10, 11, 'residence', 'onsite-date', true),
      Q(11, 11, 'residence', 'lodging', true),
      REVIEW,
      expect.stringContaining(DOCS),
    ]);
    expect(s.out.stdout).toContain('Haidian');
    const saved = expectValidCase(join(s.dir, 'li.yaml'));
    expect(saved?.data).toMatchObject({
      employer: { city: 'beijing', district: 'haidian' },
      procedures: [
        {
          procedure: 'residence',
          facts: { 'entry-date': '2026-11-10', 'one-stop': true, 'onsite-date': '2026-11-20', lodging: 'other' },
          submitted: '2026-11-16',
        },
      ],
    });
  });

  it('asks the procedure first when none is named', async () => {
    const s = start(['interview', '--as-of', AS_OF, '--lang', 'en']);
    const seen = await drive(s, s.procedure, [
      { shows: ['Which procedure?', 'Apply for a new work permit'], keys: ['down', 'enter'] },
      { shows: 'Question 1 of at most 9', keys: ['down', 'down', 'down', 'down', 'down', 'down', 'down', 'down', 'down', 'enter'] },
      { shows: REVIEW, keys: ['enter'] },
    ]);
    expect(await s.run).toBe(0);
    expect(seen).toEqual(['Which procedure?', Q(1, 9, 'cancel', 'reason'), REVIEW]);
    expect(s.out.stderr).toContain('permit check cancel --reason permit-expired --as-of 2026-11-22 --lang en');
  });

  it('continues from a case file (--from) and asks only what is missing', async () => {
    const first = start(['interview', 'cancel', '--as-of', AS_OF, '--lang', 'en', '--save', 'part.yaml']);
    await drive(first, 'cancel', [
      { shows: 'Question 1 of at most 9', keys: ['enter'] },
      { shows: 'Question 2 of at most 7', keys: ['type:2026-11-18', 'enter'] },
    ]);
    await until('question 3', () => screen.getScreen().includes('Question 3 of at most 7'), first.run);
    first.signal('SIGTERM');
    expect(await first.run).toBe(143);
    expect(first.out.stderr).toContain(
      'permit: interrupted; the answers so far are in part.draft.yaml. Continue with: permit interview cancel --from part.draft.yaml --save part.yaml --as-of 2026-11-22 --lang en',
    );
    const draft = expectValidCase(join(first.dir, 'part.draft.yaml'));
    expect(draft?.data.procedures?.[0]?.facts).toEqual({ reason: 'resignation', 'event-date': '2026-11-18' });

    screen.clear();
    const next = start(['interview', 'cancel', '--from', 'part.draft.yaml', '--save', 'part.yaml', '--as-of', AS_OF, '--lang', 'en']);
    const seen = await drive(next, 'cancel', [
      { shows: 'Question 1 of at most 5', keys: ['enter'] },
      { shows: 'Question 2 of at most 5', keys: ['enter'] },
      { shows: 'Question 3 of at most 4', keys: ['enter'] },
      { shows: 'Question 4 of at most 4 (optional)', keys: ['enter'] },
      { shows: [REVIEW, '(given)'], keys: ['enter'] },
      { shows: DOCS, keys: ['down', 'enter'] },
    ]);
    expect(await next.run).toBe(0);
    expect(seen.slice(0, 4)).toEqual([
      Q(1, 5, 'cancel', 'category'),
      Q(2, 5, 'cancel', 'city'),
      Q(3, 4, 'cancel', 'salary-commitment'),
      Q(4, 4, 'cancel', 'submission-date', true),
    ]);
    const saved = expectValidCase(join(next.dir, 'part.yaml'));
    expect(saved?.data).toMatchObject({ id: 'part', permit: { category: 'B' }, procedures: [{ facts: { reason: 'resignation' } }] });
  });

  it.each([
    ['Ctrl-C', 130, { ctrl: true, name: 'c' }],
    ['Ctrl-D', 130, { ctrl: true, name: 'd' }],
  ] as const)('stops on %s with exit %i and keeps a draft beside --save, never over a file', async (_name, code, key) => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'x.draft.yaml'), 'not mine\n');
    const s = start(['interview', 'cancel', '--as-of', AS_OF, '--lang', 'en', '--save', 'x.yaml']);
    await drive(s, s.procedure, [{ shows: 'Question 1 of at most 9', keys: ['enter'] }]);
    await until('question 2', () => screen.getScreen().includes('Question 2 of at most 7'), s.run);
    screen.keypress(key);
    expect(await s.run).toBe(code);
    expect(readFileSync(join(dir, 'x.draft.yaml'), 'utf8')).toBe('not mine\n');
    expect(s.out.stderr).toContain('the answers so far are in x.draft-2.yaml');
    expect(s.out.terminal).toContain('\u001b[?25h');
    expect(expectValidCase(join(dir, 'x.draft-2.yaml'))?.data.procedures?.[0]?.facts).toEqual({ reason: 'resignation' });
  });

  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ] as const)('stops on %s with exit %i', async (signal, code) => {
    const s = start(['interview', 'cancel', '--as-of', AS_OF, '--lang', 'en']);
    await until('question 1', () => screen.getScreen().includes('Question 1 of at most 9'), s.run);
    s.signal(signal);
    expect(await s.run).toBe(code);
    expect(s.out.stderr).toContain('permit: interrupted; nothing saved (with --save FILE the answers so far are kept in a draft)');
  });

  it('asks before replacing an existing --save file, and leaves it alone when told no', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'taken.yaml'), 'mine\n');
    const s = start(['interview', 'cancel', '--as-of', AS_OF, '--lang', 'en', '--save', 'taken.yaml']);
    await drive(s, s.procedure, [{ shows: 'taken.yaml already exists. Replace it', keys: ['enter'] }]);
    expect(await s.run).toBe(2);
    expect(s.out.stderr).toContain('taken.yaml was left untouched; choose another --save name, or pass --force');
    expect(readFileSync(join(dir, 'taken.yaml'), 'utf8')).toBe('mine\n');
  });

  it('draws questions, choices and help in Chinese with --lang zh', async () => {
    const s = start(['interview', 'cancel', '--as-of', AS_OF, '--lang', 'zh']);
    await drive(s, s.procedure, [
      { shows: ['第1题，最多9题', '注销工作许可的原因是什么？', '❯ 外国人辞职', '↑↓ 移动 • ⏎ 选择'], keys: ['enter'] },
      { shows: ['第2题，最多7题', '劳动关系解除或终止的生效日', '日期 YYYY-MM-DD'], keys: ['type:2026-11-18', 'enter'] },
    ]);
    expect(screen.getScreen()).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/);
    s.signal('SIGINT');
    expect(await s.run).toBe(130);
    expect(s.out.stderr).toContain('已中断');
  });
});
