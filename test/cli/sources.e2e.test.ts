/** End-to-end: `permit sources [id]`, the source registry as a reader sees it (built binary). */
import stringWidth from 'string-width';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/calendar.js';
import { permit, permitJson } from '../helpers/cli.js';

describe('permit sources', () => {
  it('lists every source with kind, title, publisher, date and address, secondary ones labelled', () => {
    const r = permit(['sources']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Sources \(data\/sources\.yaml, checked 2026-11-22\): \d+, of which \d+ secondary/);
    expect(r.stdout).toContain(
      'nanjing-work-permit-faq-2025  [official guide]\n' +
        "   FAQ: Foreigners' China Work Permits and Certificates (2025 version)\n" +
        '   外国人来华工作许可常见问题（2025年版）\n' +
        '   Nanjing Municipal Bureau of Science and Technology\n' +
        '   南京市科学技术局, 2025-03-06\n' +
        '   https://www.chinajob.com/',
    );
    expect(r.stdout).toContain('agency-cancellation-guide  [SECONDARY SOURCE (not an official text;\n   corroboration only)]');
    // 80 columns when not a terminal, CJK counted double; a web address alone on its line is never broken.
    for (const line of r.stdout.split('\n'))
      if (!/^\s*https?:\/\/\S+$/.test(line)) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('civil-code  [law]');
    expect(r.stdout).not.toMatch(/[0-9a-f]{16}\.txt|seed/);
  });

  it('gives the same list as JSON, without seed file names', () => {
    const out = permitJson(['sources']);
    expect(out.checked).toBe('2026-11-22');
    const byId = Object.fromEntries(out.sources.map((s: { id: string }) => [s.id, s]));
    expect(byId['agency-cancellation-guide']).toMatchObject({ kind: 'secondary', secondary: true, date: '2021-12-18' });
    expect(byId['civil-code']).toMatchObject({
      kind: 'law',
      secondary: false,
      title: { zh: '中华人民共和国民法典' },
      publisher: { en: "National People's Congress" },
    });
    expect(JSON.stringify(out)).not.toMatch(/[0-9a-f]{16}\.txt|"seed"/);
  });

  it('shows one source and the rule items that cite it (text)', () => {
    const r = permit(['sources', 'agency-cancellation-guide']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Note: An agency\'s guide, not an official text.');
    expect(r.stdout).toMatch(/Cited by \(\d+\):/);
    expect(r.stdout).toMatch(/^ {2}cancel +deadline cancel-application \(see also\): note 3$/m);
    expect(r.stdout).toMatch(/^ {2}cancel +document cancellation-form \(see also\): Step 1, item 1; notes 6 and 8$/m);
  });

  it('shows one source and what cites it (JSON), offices entries included', () => {
    const out = permitJson(['sources', 'beijing-extension-guide']);
    expect(out).toMatchObject({ id: 'beijing-extension-guide', kind: 'official-guide', secondary: false });
    expect(out.citedBy).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ procedure: 'extend', itemKind: 'deadline', item: 'extension-application' }),
        expect.objectContaining({
          file: 'data/offices.yaml',
          itemKind: 'office',
          item: 'chaoyang-hr-public-service-center',
          as: 'source',
          ref: 'service centers, entry 2',
        }),
      ]),
    );
    const alt = permitJson(['sources', 'state-council-holiday-notices']);
    expect(alt.calendar).toBe(true);
    expect(alt.citedBy).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ procedure: 'cancel', item: 'cancel-application', as: 'alternative makeup-days-not-counted' }),
      ]),
    );
  });

  it('refuses an unknown id with exit code 2 and one line', () => {
    const r = permit(['sources', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^permit: unknown source "nope" \(permit sources lists them/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('has --help with examples and the kinds', () => {
    const r = permit(['sources', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('$ permit sources civil-code');
    expect(r.stdout).toContain('secondary source');
    expect(permit(['--help']).stdout).toMatch(/sources\s+the sources rules and data cite/);
  });
});

describe('an edited data/sources.yaml (a copy of the package)', () => {
  // The snapshot in dist/ was built with the shipped registry; the copy's registry differs.
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'permit-pkg-'));
    dirs.push(dir);
    for (const d of ['bin', 'dist', 'rules', 'data', 'package.json']) cpSync(join(repoRoot, d), join(dir, d), { recursive: true });
    return dir;
  };
  const run = (dir: string, args: string[]) =>
    spawnSync(process.execPath, [join(dir, 'bin/permit.js'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      input: '',
      env: { ...process.env, NO_COLOR: '1', PERMIT_RULES: undefined, PERMIT_CALENDAR: undefined },
    });
  const resignation = ['check', 'cancel', '--reason', 'resignation', '--event-date', '2025-09-26', '--as-of', '2025-09-26'];

  it('is never served with stale resolved citations from the snapshot', () => {
    const dir = copy();
    const path = join(dir, 'data/sources.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('en: Nanjing Municipal Bureau of Science and Technology,', 'en: Nanjing bureau (renamed),'));
    const r = run(dir, [...resignation, '--format', 'json']);
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout).deadlines.find((x: { id: string }) => x.id === 'cancel-application');
    expect(d.source.publisher.en).toBe('Nanjing bureau (renamed)');
  });

  it('is reported at file:line:col with exit code 2 when broken', () => {
    const dir = copy();
    const path = join(dir, 'data/sources.yaml');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('    kind: secondary\n', '    kind: blog\n'));
    const line = text.split('\n').indexOf('    kind: secondary') + 1;
    const r = run(dir, resignation);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^data/sources\\.yaml:${line}:11 {2}error .*\\[invalid-value\\]`));
  });
});
