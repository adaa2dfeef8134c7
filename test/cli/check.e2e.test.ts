/** End-to-end: the built binary, its exit codes, its JSON contract and its error messages. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/calendar.js';
import { permit, permitJson } from '../helpers/cli.js';

const resignation = [
  'check',
  'cancel',
  '--reason',
  'resignation',
  '--event-date',
  '2025-09-26',
  '--as-of',
  '2025-09-26',
];

describe('permit check cancel (built binary)', () => {
  it('gives cancel-application due 2025-10-16 for a resignation on 2025-09-26', () => {
    const plan = permitJson(resignation);
    const d = plan.deadlines.find((x: { id: string }) => x.id === 'cancel-application');
    expect(d).toMatchObject({
      id: 'cancel-application',
      kind: 'due',
      date: '2025-10-16',
      status: 'upcoming',
    });
    expect(d.basis).toContain('2025-09-28');
    expect(d.source).toMatchObject({
      source: 'agency-cancellation-guide',
      kind: 'secondary',
      title: { en: 'How to cancel a China Work Permit?' },
      publisher: { en: 'Ikky in China (ikkyinchina.com)' },
      ref: 'note 3',
      checked: '2026-11-22',
    });
    expect(Object.keys(d.source)).toEqual(['source', 'kind', 'title', 'publisher', 'ref', 'checked', 'url']);
  });

  it('names sources by title and publisher, never by a seed file name, in JSON and text', () => {
    const json = permit([...resignation, '--format', 'json']);
    const text = permit([...resignation, '--explain']);
    for (const r of [json, text]) {
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[0-9a-f]{16}\.txt/);
      expect(r.stdout).not.toMatch(/research notes|domain-research/i);
    }
    expect(text.stdout).toContain(
      "source: Standing Committee of the National People's Congress, Exit and Entry Administration Law of the People's Republic of China, art. 33",
    );
  });

  it('labels a secondary source as secondary in the text output', () => {
    const r = permit(resignation);
    expect(r.stdout).toContain(
      'source: secondary source: Ikky in China (ikkyinchina.com), How to cancel a China Work Permit?, note 3 <https://ikkyinchina.com/',
    );
    // Official guides carry no such label.
    expect(r.stdout).not.toMatch(/secondary source: (National People's Congress|Standing Committee)/);
  });

  it('keeps the JSON contract: deadlines, documents, steps, warnings with ids and sources', () => {
    const plan = permitJson([
      'check',
      'cancel',
      '--reason',
      'absconded',
      '--last-contact',
      '2026-03-02',
      '--as-of',
      '2026-03-20',
    ]);
    for (const d of plan.deadlines) {
      expect(Object.keys(d)).toEqual(
        expect.arrayContaining(['id', 'kind', 'date', 'basis', 'source', 'status']),
      );
      expect(['due', 'earliest', 'ends', 'estimate']).toContain(d.kind);
      expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const byId = Object.fromEntries(plan.deadlines.map((d: { id: string }) => [d.id, d]));
    expect(byId['newspaper-notice']).toMatchObject({ kind: 'earliest', date: '2026-03-18' });
    expect(byId['newspaper-notice-end']).toMatchObject({ kind: 'ends', date: '2026-03-28' });
    expect(byId['cancel-application']).toMatchObject({
      kind: 'due',
      opens: '2026-03-29',
      date: '2026-04-13',
    });
    for (const doc of plan.documents) {
      expect(doc).toMatchObject({
        id: expect.any(String),
        title: { en: expect.any(String), zh: expect.any(String) },
      });
      expect(Array.isArray(doc.notes)).toBe(true);
      expect(doc.source.checked).toBe('2026-11-22');
      expect(doc.source).toMatchObject({ source: expect.any(String), kind: expect.any(String) });
    }
    expect(plan.steps.length).toBeGreaterThan(0);
    for (const w of plan.warnings)
      expect(w).toMatchObject({ id: expect.any(String), message: expect.any(String) });
  });

  it('prints identical results under any time zone', () => {
    const args = [
      'check',
      'cancel',
      '--reason',
      'death',
      '--event-date',
      '2026-10-03',
      '--as-of',
      '2026-10-05',
    ];
    const outputs = ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'UTC'].map((TZ) => {
      const r = permit([...args, '--format', 'json'], { TZ });
      expect(r.code).toBe(0);
      return r.stdout;
    });
    expect(new Set(outputs).size).toBe(1);
    expect(JSON.parse(outputs[0] as string).deadlines[0].date).toBe('2026-10-20');
  });

  it.each([
    [['--reason', 'quit', '--event-date', '2026-11-18'], /--reason.*resignation, dismissal/],
    [['--reason', 'resignation', '--event-date', '2026-02-30'], /--event-date.*2026-02-30.*YYYY-MM-DD/],
    [['--reason', 'resignation'], /^permit: missing --event-date \(YYYY-MM-DD\)/],
    [['--event-date', '2026-11-18'], /^permit: missing --reason \(one of: resignation, dismissal/],
    [['--reason', 'resignation', '--event-date', '2026-11-18', '--format', 'xml'], /--format.*text, json/],
    [['--reason', 'resignation', '--event-date', '2026-11-18', '--as-of', 'today'], /--as-of/],
    [
      ['--reason', 'resignation', '--event-date', '2099-01-01'],
      /outside the dates this calendar can compute/,
    ],
  ])('refuses %j with one line and exit code 2', (flags, message) => {
    const r = permit(['check', 'cancel', ...flags]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses an unknown procedure with exit code 2', () => {
    const r = permit(['check', 'transfer']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'transfer'/);
  });

  it('warns calendar-coverage for dates past the last published year, and an overlay removes it', () => {
    const args = [
      'check',
      'cancel',
      '--reason',
      'resignation',
      '--event-date',
      '2026-12-30',
      '--as-of',
      '2026-12-30',
    ];
    const provisional = permitJson(args);
    expect(provisional.deadlines[0]).toMatchObject({
      id: 'cancel-application',
      date: '2027-01-14',
      provisional: true,
    });
    expect(provisional.warnings[0]).toMatchObject({ id: 'calendar-coverage' });
    expect(provisional.warnings[0].message).toContain('2027');
    expect(provisional.warnings[0].message).toContain('statutory holidays fixed by law are closed');
    const estimates = permitJson([...args, '--category', 'A', '--submission-date', '2026-12-31']);
    expect(estimates.deadlines.find((d: { id: string }) => d.id === 'online-verification').date).toBe('2027-01-04');

    const dir = mkdtempSync(join(tmpdir(), 'permit-'));
    const overlay = join(dir, 'cn-2027.yaml');
    writeFileSync(
      overlay,
      'years:\n  "2027":\n    notice: { title: test schedule for 2027, urls: [] }\n    off: [2027-01-01, 2027-01-02, 2027-01-03, 2027-01-04]\n    work: []\n',
    );
    // The overlay replaces the provisional year entirely: its own rest days, no others.
    const published = permitJson([...args, '--calendar', overlay]);
    expect(published.deadlines[0]).toMatchObject({ date: '2027-01-15', provisional: false });
    expect(published.warnings.map((w: { id: string }) => w.id)).not.toContain('calendar-coverage');
    expect(permitJson(args, { PERMIT_CALENDAR: overlay }).deadlines[0].date).toBe('2027-01-15');
  });

  it('reports a broken calendar file with file:line:col and exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'permit-'));
    const overlay = join(dir, 'bad.yaml');
    const run = () =>
      permit([
        'check',
        'cancel',
        '--reason',
        'resignation',
        '--event-date',
        '2026-11-18',
        '--calendar',
        overlay,
      ]);
    writeFileSync(
      overlay,
      'years:\n  "2027":\n    notice: { title: x, urls: [] }\n    off: [2027-02-30]\n    work: []\n',
    );
    const bad = run();
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      `${overlay}:4:11  error  years.2027.off[0]: "2027-02-30" is not a real date; expected YYYY-MM-DD  [invalid-value]\n`,
    );
    writeFileSync(
      overlay,
      'years:\n  "2027":\n    notice: { title: x, urls: [] }\n    off: []\n    work: [2027-01-04]\n',
    );
    const weekday = run();
    expect(weekday.code).toBe(2);
    expect(weekday.stderr).toMatch(
      /:5:12 {2}error {2}2027-01-04 is a weekday; make-up working days are weekend dates {2}\[calendar\]/,
    );
  });

  it('reports a broken rule file with file:line:col and exit code 2, never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'permit-rules-'));
    cpSync(join(repoRoot, 'rules'), dir, { recursive: true });
    const path = join(dir, 'cancel.yaml');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('    kind: due\n', '    kind: due\n    colour: red\n'),
    );
    const r = permit(['check', 'cancel', '--reason', 'resignation', '--event-date', '2026-11-18'], {
      PERMIT_RULES: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /cancel\.yaml:\d+:5 {2}error {2}unknown key "colour" in deadlines\[2\] {2}\[unknown-key\]/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints a text checklist without colour codes when not on a terminal', () => {
    const r = permit([...resignation, '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout.includes('\u001b[')).toBe(false);
    expect(r.stdout).toContain('2025-10-16 Thu');
    expect(r.stdout).toContain('外国人工作许可注销申请表');
    expect(r.stdout).toMatch(/why: reason = resignation/);
    expect(r.stdout).toMatch(/rule: rules\/cancel\.yaml:\d+/);
  });

  it('shows examples in --help and exits 0', () => {
    const r = permit(['check', 'cancel', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--last-contact <YYYY-MM-DD>');
    expect(r.stdout).toContain('$ permit check cancel --reason resignation --event-date 2026-11-18');
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
    const ids = plan.whereToFile.offices.map((o: { id: string }) => o.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(plan.whereToFile.offices)).toContain('Haidian');
    expect(plan.whereToFile.portal.url).toContain('12333.gov.cn');
  });

  it('says nothing about offices for a city it has no data for', () => {
    expect(permitJson([...resignation, '--city', 'shanghai']).whereToFile).toBeUndefined();
  });

  it('refuses an unknown district with exit code 2 and the valid ids', () => {
    const r = permit([...resignation, '--city', 'nanjing', '--district', 'nowhere']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown district "nowhere" for nanjing/);
  });
});
