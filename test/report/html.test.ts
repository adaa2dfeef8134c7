/**
 * `--format html`, the compliance page, without a browser: self-contained (no script, no
 * resource from the network), every internal link lands, every text escaped and in the languages
 * `--lang` chose. The page in a real browser is test/report/html.browser.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { esc, safeHref } from '../../src/report/html/escape.js';
import { columnOf, iconOf, toneOf, weeksFrom } from '../../src/report/html/timeline.js';
import { writer } from '../../src/report/html/words.js';
import { repoRoot } from '../helpers/calendar.js';
import { permit } from '../helpers/cli.js';

const d = (s: string) => s as IsoDate;

describe('weeksFrom', () => {
  it('starts on the as-of date, runs Monday to Sunday, and ends on the 90th day', () => {
    const weeks = weeksFrom(d('2026-12-01'), 90);
    expect(weeks[0]).toEqual({ start: '2026-12-01', end: '2026-12-06' });
    expect(weeks[1]).toEqual({ start: '2026-12-07', end: '2026-12-13' });
    expect(weeks.at(-1)).toEqual({ start: '2027-03-01', end: '2027-03-01' });
    expect(weeks).toHaveLength(14);
  });

  it('gives a one-day first week when the as-of date is a Sunday', () => {
    expect(weeksFrom(d('2026-12-06'), 10).slice(0, 2)).toEqual([
      { start: '2026-12-06', end: '2026-12-06' },
      { start: '2026-12-07', end: '2026-12-13' },
    ]);
  });
});

describe('columnOf', () => {
  const weeks = weeksFrom(d('2026-12-01'), 90);
  it('puts a date before the as-of date in the late column and one after the 90 days after the grid', () => {
    expect(columnOf(d('2026-11-30'), weeks)).toBe('late');
    expect(columnOf(d('2026-12-01'), weeks)).toBe(0);
    expect(columnOf(d('2026-12-07'), weeks)).toBe(1);
    expect(columnOf(d('2027-03-01'), weeks)).toBe(13);
    expect(columnOf(d('2027-03-02'), weeks)).toBe('after');
  });
});

describe('status tones and icons', () => {
  it('gives every status an icon of its own shape, not only a colour', () => {
    expect(iconOf({ kind: 'due', status: 'overdue' })).toBe('overdue');
    expect(iconOf({ kind: 'due', status: 'past-plan-date' })).toBe('urgent');
    expect(iconOf({ kind: 'due', status: 'due-soon' })).toBe('soon');
    expect(iconOf({ kind: 'due', status: 'upcoming' })).toBe('upcoming');
    expect(iconOf({ kind: 'due', status: 'not-yet-open' })).toBe('later');
    expect(iconOf({ kind: 'due', status: 'met' })).toBe('done');
    expect(iconOf({ kind: 'earliest', status: 'upcoming' })).toBe('opens');
    expect(iconOf({ kind: 'ends', status: 'upcoming' })).toBe('ends');
    expect(iconOf({ kind: 'estimate', status: 'upcoming' })).toBe('estimate');
    expect(iconOf({ kind: 'earliest', status: 'passed' })).toBe('passed');
    expect(toneOf({ kind: 'due', status: 'due-today' })).toBe('urgent');
  });
});

describe('esc and safeHref', () => {
  it('escapes markup, quotes and control characters', () => {
    expect(esc(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(esc('bad\u001b[2Jname')).toBe('bad\\x1b[2Jname');
  });

  it('links http and https addresses only', () => {
    expect(safeHref('https://example.org/a?b=1&c="2"')).toBe('https://example.org/a?b=1&amp;c=%222%22');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('file:///etc/passwd')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});

describe('writer', () => {
  it('writes one language plain, and both each marked with its lang', () => {
    expect(writer('en').t('col.status')).toBe('Status');
    expect(writer('zh').t('col.status')).toBe('状态');
    expect(writer('both').t('col.status')).toBe('<span class="bi"><span lang="en">Status</span><span lang="zh-CN">状态</span></span>');
    expect(writer('both').attr({ en: 'a "b"', zh: '<c>' })).toBe('a &quot;b&quot; / &lt;c&gt;');
  });
});

/** Every `href` and `id` of a page. */
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1] as string);
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] as string));

describe('permit validate --format html', () => {
  let dir: string;
  const pages: Record<string, string> = {};
  const build = (name: string, args: string[]) => {
    const out = join(dir, `${name}.html`);
    const r = permit(['validate', ...args, '--as-of', '2026-12-01', '--format', 'html', '--output', out]);
    expect(r.stderr).toContain(`permit: wrote ${out}`);
    pages[name] = readFileSync(out, 'utf8');
    return r;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'permit-html-'));
    build('both', ['examples/cases']);
    build('en', ['examples/cases', '--lang', 'en']);
    build('zh', ['examples/cases', '--lang', 'zh']);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 for the examples, which have errors, and writes one whole page', () => {
    const r = build('again', ['examples/cases']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const page = pages.again as string;
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('is self-contained: no script, no stylesheet, image or font from anywhere, a policy that forbids them', () => {
    for (const page of Object.values(pages)) {
      expect(page).not.toMatch(/<script|<[a-z][^>]*\son[a-z]+=|javascript:/i);
      expect(page).not.toMatch(/\ssrc=|@import|url\(|<link rel="stylesheet"|<iframe|<object|<embed|<img/i);
      expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;`);
      // The only <link> is an empty icon, so the browser asks for no favicon.
      expect([...page.matchAll(/<link[^>]*>/g)].map((m) => m[0])).toEqual(['<link rel="icon" href="data:,">']);
    }
  });

  it('links only to anchors on the page and to the sources’ http(s) addresses', () => {
    const page = pages.both as string;
    const anchors = ids(page);
    const links = hrefs(page);
    expect(links.length).toBeGreaterThan(100);
    for (const h of links) {
      if (h.startsWith('#')) expect(anchors.has(h.slice(1)), `${h} has a target`).toBe(true);
      else if (h !== 'data:,') expect(h).toMatch(/^https?:\/\//);
    }
    for (const a of page.matchAll(/<a [^>]*href="https?:[^>]*>/g)) expect(a[0]).toContain('rel="noopener noreferrer"');
  });

  it('prints the run header: as-of date, tool version, rules digest, calendar published through', () => {
    const page = pages.en as string;
    const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version as string;
    expect(page).toContain('<time datetime="2026-12-01">2026-12-01</time>');
    expect(page).toContain('set with --as-of');
    expect(page).toContain(`permit ${version}`);
    expect(page).toMatch(/digest <code>[0-9a-f]{12}<\/code>/);
    expect(page).toContain('holiday arrangements published through 2026; statutory holidays to 2060');
  });

  it('has the sections in order: summary, overdue and due soon, the 90-day timeline, the cases; and print rules', () => {
    const page = pages.en as string;
    const at = (id: string) => page.indexOf(`<section id="${id}"`);
    expect(at('summary')).toBeGreaterThan(0);
    expect(at('summary')).toBeLessThan(at('urgent'));
    expect(at('urgent')).toBeLessThan(at('timeline'));
    expect(at('timeline')).toBeLessThan(at('cases'));
    expect(page).toContain('@media print');
    expect(page).toContain('The next 90 days, by employee');
  });

  it('lists the overdue change of María García first, then what is due soon', () => {
    const page = pages.en as string;
    const urgent = page.slice(page.indexOf('<section id="urgent"'), page.indexOf('<section id="timeline"'));
    const rows = [...urgent.matchAll(/<tr class="u-(\w+)">/g)].map((m) => m[1]);
    expect(rows).toEqual(['overdue', 'soon', 'soon', 'soon']);
    expect(urgent.indexOf('Employee applies to change the work-type residence permit')).toBeLessThan(urgent.indexOf('Apply to change the work permit'));
    expect(urgent).toContain('overdue');
    expect(urgent).toContain('1 working day ago');
  });

  it('shows every employee of the examples in the timeline, and every deadline in detail with its basis and source', () => {
    const page = pages.en as string;
    const timeline = page.slice(page.indexOf('<section id="timeline"'), page.indexOf('<section id="cases"'));
    const files = readdirSync(join(repoRoot, 'examples/cases')).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const f of files) {
      const { name } = parse(readFileSync(join(repoRoot, 'examples/cases', f), 'utf8')).employee;
      // A bilingual name comes through as its English form (FileResult.name is a string).
      expect(timeline).toContain(esc(typeof name === 'string' ? name : name.en));
    }
    const details = page.match(/<section class="deadline t-\w+" id="c\d+-(p\d+-d|w)\d+"/g) ?? [];
    expect(details.length).toBeGreaterThanOrEqual(15);
    expect(page).toContain('10 calendar days after change-date 2026-11-20 = 2026-11-30 (Mon)');
    expect(page).toContain('<span class="kind secondary">secondary source</span>');
    expect(page).toContain('Other readings of the law');
  });

  it('writes Chinese only with --lang zh, marked zh-CN', () => {
    const page = pages.zh as string;
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('已逾期及即将到期');
    expect(page).toContain('未来90天（按员工）');
    // Source references (`question 5, note`) are written in English in the registry; labels are not.
    for (const english of ['Overdue and due soon', 'The next 90 days', 'Plan by', 'Time left', 'secondary source', 'working days left', '(checked ']) expect(page).not.toContain(english);
  });

  it('writes no Chinese with --lang en', () => {
    // One source's English title keeps its Chinese document number; any other CJK character
    // would be a label written in the wrong language.
    expect(pages.en?.replaceAll('人社部发〔2024〕75号', '')).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
    expect(pages.en).not.toContain('lang="zh-CN"');
  });

  it('writes both with the default --lang both, each language in its own lang', () => {
    const page = pages.both as string;
    expect(page).toContain('<span class="bi"><span lang="en">Overdue and due soon</span><span lang="zh-CN">已逾期及即将到期</span></span>');
  });

  it('escapes what case files say: names, file names, waiver reasons, so nothing in them becomes markup', () => {
    const evil = join(dir, 'evil');
    mkdirSync(evil);
    const file = join(evil, '<b>case.yaml');
    writeFileSync(
      file,
      [
        'schema: permit/case@1',
        'id: evil-case',
        'employee:',
        `  name: "<script>alert('name')</script> & <img src=https://evil.example/x.png>"`,
        '  passport: { last4: "6611", expiry: 2032-05-31 }',
        'employer: { name: "<iframe src=https://evil.example>", city: beijing, district: chaoyang }',
        'permit: { category: B, expiry: 2027-11-19 }',
        'procedures:',
        '  - procedure: residence',
        '    facts: { application: first-after-entry, entry-date: 2026-11-20 }',
        '    documents:',
        '      visa-document-form: { status: pending }',
        'waivers:',
        '  - finding: document-missing',
        '    target: residence/visa-document-form',
        `    reason: "</li><script>alert(1)</script><a href='javascript:alert(2)'>x</a>"`,
        '    approved-by: "<b onmouseover=alert(3)>HR</b>"',
        '    expires: 2026-12-20',
        '',
      ].join('\n'),
    );
    build('evil', [evil, '--lang', 'en']);
    const page = pages.evil as string;
    expect(page).not.toMatch(/<script|<img|<iframe|<a href='javascript|<[a-z][^>]*\son[a-z]+=/i);
    expect(page).toContain('&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; &amp; &lt;img src=https://evil.example/x.png&gt;');
    expect(page).toContain('&lt;b&gt;case.yaml');
    expect(page).toContain('by &lt;b onmouseover=alert(3)&gt;HR&lt;/b&gt;: &lt;/li&gt;&lt;script&gt;');
  });
});
