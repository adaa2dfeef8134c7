/**
 * `permit agenda` end to end: the built binary over examples/cases as of 2026-12-01. Every line
 * sorted by date, overdue ones included, kenji-tanaka's watched extension listed, nothing beyond
 * --within; text fits 80 columns; ICS and Markdown parse; the same bytes under any time zone.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import { marked, type Tokens } from 'marked';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/calendar.js';
import { permit } from '../helpers/cli.js';

const base = ['agenda', 'examples/cases', '--as-of', '2026-12-01'];

interface Item {
  date: string;
  weekday: string;
  status: string;
  case: string;
  procedure: string;
  deadline: string;
  kind: string;
  watched: boolean;
  workingDaysLeft?: number;
}

function json(args: string[], env: Record<string, string | undefined> = {}) {
  const r = permit([...args, '--format', 'json'], env);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { schema: string; asOf: string; within: number; through: string; items: Item[]; skipped: unknown[] };
}

const line = (i: Item) => `${i.date} ${i.case} ${i.procedure}/${i.deadline}`;

describe('permit agenda (built binary)', () => {
  it('lists every due deadline and watched extension within 60 days, sorted by date, overdue first', () => {
    const a = json([...base, '--within', '60']);
    expect(a).toMatchObject({ schema: 'permit/agenda@1', asOf: '2026-12-01', within: 60, through: '2027-01-30', skipped: [] });
    expect(a.items.map(line)).toEqual([
      '2026-11-30 maria-garcia change/residence-permit-change',
      '2026-12-04 li-wei cancel/residence-permit-change',
      '2026-12-04 maria-garcia change/change-application',
      '2026-12-08 li-wei cancel/cancel-application',
      '2026-12-18 sophie-martin residence/residence-permit-application',
      '2026-12-25 omar-haddad cancel/cancel-application',
      '2027-01-15 kenji-tanaka extend/extension-application',
      '2027-01-15 kenji-tanaka residence/residence-permit-extension',
    ]);
    const dates = a.items.map((i) => i.date);
    expect([...dates].sort()).toEqual(dates);
    expect(a.items[0]).toMatchObject({ status: 'overdue', workingDaysLeft: -1, weekday: 'Mon' });
    expect(a.items.find((i) => i.case === 'kenji-tanaka' && i.deadline === 'extension-application')).toMatchObject({ watched: true, kind: 'due', status: 'upcoming' });
    expect(a.items.every((i) => i.kind === 'due' && i.status !== 'met')).toBe(true);
  });

  it('leaves out what lies beyond --within (default 30 days) but keeps what is overdue', () => {
    const a = json(base);
    expect(a.within).toBe(30);
    expect(a.through).toBe('2026-12-31');
    expect(a.items.every((i) => i.date <= '2026-12-31')).toBe(true);
    expect(a.items.some((i) => i.case === 'kenji-tanaka')).toBe(false);
    expect(a.items.some((i) => i.status === 'overdue')).toBe(true);
    // ana-lima's residence extension (2027-03-01) and the far watched dates are beyond 60 days too.
    const sixty = json([...base, '--within', '60']);
    expect(sixty.items.some((i) => i.case === 'ana-lima' || i.date > '2027-01-30')).toBe(false);
    // A zero-day agenda is what is due today or already late.
    expect(json([...base, '--within', '0']).items.map(line)).toEqual(['2026-11-30 maria-garcia change/residence-permit-change']);
  });

  it('writes one entry per line in text: date, weekday, working days left, case, what to do; within 80 columns', () => {
    const r = permit([...base, '--within', '60', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    for (const l of lines) expect(stringWidth(l), l).toBeLessThanOrEqual(80);
    expect(lines[0]).toBe('Agenda as of 2026-12-01 (Tue): 8 deadlines by 2027-01-30 (the next 60 days); 1');
    const entries = lines.filter((l) => /^\d{4}-\d\d-\d\d /.test(l));
    expect(entries.length).toBe(8);
    expect(entries[0]).toMatch(/^2026-11-30 Mon +-1 {2}maria-garcia +overdue · Employee applies to change the/);
    expect(entries[6]).toMatch(/^2027-01-15 Fri +32 {2}kenji-tanaka +Apply online to extend the work permit$/);
    expect(r.stdout).toContain('[extend, not started]');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('fits 80 columns in Chinese and in both languages, and colours only when asked', () => {
    for (const lang of ['zh', 'both']) {
      const r = permit([...base, '--within', '60', '--lang', lang]);
      expect(r.code).toBe(0);
      for (const l of r.stdout.split('\n')) expect(stringWidth(l), l).toBeLessThanOrEqual(80);
    }
    const zh = permit([...base, '--lang', 'zh']).stdout;
    expect(zh).toContain('2026-11-30 周一');
    expect(zh).toContain('已逾期 · 外国人申请变更工作类居留证件');
    const colour = permit([...base, '--color']).stdout;
    expect(colour).toContain('\u001b[31m');
    expect(permit([...base, '--color'], { NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  it('writes a Markdown table that parses, one row per line of the agenda', () => {
    const r = permit([...base, '--within', '60', '--format', 'markdown', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const tokens = marked.lexer(r.stdout);
    const table = tokens.find((t): t is Tokens.Table => t.type === 'table');
    expect(table?.header.map((c) => c.text)).toEqual(['When', 'Left', 'Case', 'What', 'Source']);
    expect(table?.rows.map((row) => row[0]?.text)).toEqual(json([...base, '--within', '60']).items.map((i) => `${i.date} ${i.weekday}`));
    expect(tokens.some((t) => t.type === 'html')).toBe(false);
  });

  it('writes an ICS file that parses, with the agenda as all-day events and stable UIDs', () => {
    const args = [...base, '--within', '60', '--format', 'ics'];
    const r = permit(args);
    expect(r.code, r.stderr).toBe(0);
    const cal = new ICAL.Component(ICAL.parse(r.stdout) as unknown[]);
    expect(cal.getFirstPropertyValue('prodid')).toBe('-//permit//permit 0.1.0//EN');
    const events = cal.getAllSubcomponents('vevent');
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(uids).toContain('kenji-tanaka.extend.extension-application@permit.invalid');
    expect(uids).toContain('maria-garcia.change.residence-permit-change@permit.invalid');
    expect(events.every((e) => (e.getFirstPropertyValue('dtstart') as ICAL.Time).isDate)).toBe(true);
    expect(permit(args).stdout).toBe(r.stdout);
    // kenji-tanaka's extension (2027-01-15) gets the default reminders 10, 5 and 1 working days before.
    const kenji = events.filter((e) => String(e.getFirstPropertyValue('uid')).startsWith('kenji-tanaka.extend.extension-application'));
    expect(new Set(kenji.map((e) => String(e.getFirstPropertyValue('uid'))))).toEqual(
      new Set([
        'kenji-tanaka.extend.extension-application@permit.invalid',
        'kenji-tanaka.extend.extension-application.remind-10@permit.invalid',
        'kenji-tanaka.extend.extension-application.remind-5@permit.invalid',
        'kenji-tanaka.extend.extension-application.remind-1@permit.invalid',
      ]),
    );
    // --remind 3 gives one reminder per due deadline instead.
    
    const two = new ICAL.Component(ICAL.parse(permit([...args, '--remind', '3']).stdout) as unknown[]);
    expect(two.getAllSubcomponents('vevent').filter((e) => String(e.getFirstPropertyValue('uid')).includes('.remind-')).length).toBeGreaterThan(0);
    expect(two.getAllSubcomponents('vevent').every((e) => !/\.remind-(10|5|1)@/.test(String(e.getFirstPropertyValue('uid'))))).toBe(true);
  });

  it('gives the same bytes under America/Los_Angeles and Asia/Shanghai', () => {
    for (const format of ['ics', 'json', 'text', 'markdown']) {
      const args = [...base, '--within', '60', '--format', format];
      const la = permit(args, { TZ: 'America/Los_Angeles' });
      const sh = permit(args, { TZ: 'Asia/Shanghai' });
      expect(la.code).toBe(0);
      expect(la.stdout, format).toBe(sh.stdout);
    }
  });

  it('prints JSON the committed schemas/agenda.schema.json accepts, skipped files included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'permit-agenda-'));
    cpSync('examples/cases', dir, { recursive: true });
    writeFileSync(join(dir, 'broken.yaml'), 'schema: permit/case@1\nid: [not, an, id]\n');
    const r = permit(['agenda', dir, '--as-of', '2026-12-01', '--within', '400', '--format', 'json']);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
      JSON.parse(readFileSync(`${repoRoot}schemas/agenda.schema.json`, 'utf8')),
    );
    const a = JSON.parse(r.stdout);
    expect(a.items.length).toBeGreaterThan(3);
    expect(a.skipped.length).toBe(1);
    expect(validate(a), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('names a file it cannot read on stderr, lists the others, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'permit-agenda-'));
    cpSync('examples/cases/li-wei.yaml', join(dir, 'li-wei.yaml'));
    writeFileSync(join(dir, 'broken.yaml'), 'schema: permit/case@1\nid: [not, an, id]\n');
    const r = permit(['agenda', dir, '--as-of', '2026-12-01', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/1 file is not a readable case and left out of the agenda/);
    expect(r.stderr).toContain('broken.yaml:');
    const a = JSON.parse(r.stdout);
    expect(a.items.map((i: Item) => i.case)).toEqual(['li-wei', 'li-wei']);
    expect(a.skipped.length).toBe(1);
  });

  it('refuses a call it cannot answer with exit 2 and one line', () => {
    for (const args of [['agenda'], ['agenda', 'no-such-folder'], [...base, '--within', 'soon'], [...base, '--remind', 'x']]) {
      const r = permit(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    }
  });

  it('says so when nothing is due', () => {
    const r = permit(['agenda', 'examples/cases/kenji-tanaka.yaml', '--as-of', '2026-12-01', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Agenda as of 2026-12-01 (Tue): nothing is due by 2026-12-31 (the next 30 days),\nand nothing is overdue.\n');
  });
});
