/**
 * The compliance page in a real browser: Debian's Chromium, headless, driven by playwright-core.
 * The page of the example cases is loaded from a file:// address; what an HR manager needs must
 * be visible, links must land, nothing may be fetched, and it must print. A screenshot is kept in
 * test-artifacts/html-page.png.
 *
 * Chromium is installed by the set-up (.ci/run). Without it this test fails, saying so, unless
 * PERMIT_SKIP_BROWSER=1 is set, which skips it with the reason shown.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/calendar.js';
import { permit } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
// Without the background-networking flags Chromium tries Google's hosts at start, which this
// closed network refuses (.library/env/machines/node.md).
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1280, height: 900 };
const ARTIFACT = join(repoRoot, 'test-artifacts', 'html-page.png');
const skip = process.env.PERMIT_SKIP_BROWSER === '1';

if (skip) {
  describe('the compliance page in headless Chromium', () => {
    it.skip('is skipped: PERMIT_SKIP_BROWSER=1 is set, so the page is not checked in a browser', () => {});
  });
  console.warn('permit: test/report/html.browser.test.ts skipped because PERMIT_SKIP_BROWSER=1');
} else {
  describe('the compliance page in headless Chromium', () => {
    let dir: string | undefined;
    let url = '';
    let browser: Browser | undefined;
    let page: Page;
    /** Every request the page made, and every error or warning its console showed. */
    const requests: string[] = [];
    const problems: string[] = [];

    beforeAll(async () => {
      if (!existsSync(CHROMIUM))
        throw new Error(
          `Chromium is not installed at ${CHROMIUM}: run the set-up (.ci/run installs it; or as root: apt-get update && apt-get install -y chromium), or set PERMIT_SKIP_BROWSER=1 to skip this test`,
        );
      dir = mkdtempSync(join(tmpdir(), 'permit-html-browser-'));
      const out = join(dir, 'page.html');
      const r = permit(['validate', 'examples/cases', '--as-of', '2026-12-01', '--format', 'html', '--output', out]);
      if (!existsSync(out)) throw new Error(`permit validate --format html wrote no page (exit ${r.code}): ${r.stderr}`);
      url = pathToFileURL(out).href;
      // A fresh, empty profile each time (Playwright's default for launch).
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 15_000 });
      const context = await browser.newContext({ viewport: VIEWPORT });
      page = await context.newPage();
      page.setDefaultTimeout(5_000);
      page.on('request', (req) => requests.push(req.url()));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(url, { waitUntil: 'load', timeout: 10_000 });
    }, 45_000);

    afterAll(async () => {
      await browser?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    /** Back to the top of the page on a screen, as it was loaded. */
    async function reset() {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize(VIEWPORT);
      // Expressions, not functions: they run in the page, and the project's types have no DOM.
      await page.evaluate("history.replaceState(null, '', location.pathname); window.scrollTo(0, 0)");
    }

    it('shows the overdue item first, at the top, without scrolling', async () => {
      const first = page.locator('#urgent tbody tr').first();
      expect(await first.isVisible()).toBe(true);
      expect(await first.getAttribute('class')).toBe('u-overdue');
      const text = await first.innerText();
      expect(text).toContain('María García');
      expect(text).toContain('overdue');
      const box = await first.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
      const urgent = await page.locator('#urgent').boundingBox();
      const timeline = await page.locator('#timeline').boundingBox();
      expect(urgent && timeline && urgent.y < timeline.y).toBe(true);
    });

    it('shows every employee of the examples in the timeline, with their items', async () => {
      const shown = await page.locator('#timeline tbody th.who').allInnerTexts();
      const files = readdirSync(join(repoRoot, 'examples/cases')).filter((x) => x.endsWith('.yaml'));
      expect(shown).toHaveLength(files.length);
      for (const f of files) {
        const { name } = parse(readFileSync(join(repoRoot, 'examples/cases', f), 'utf8')).employee;
        // A bilingual name comes through as its English form (FileResult.name is a string).
        const en = typeof name === 'string' ? name : name.en;
        expect(shown.some((t) => t.includes(en)), `${en} in the timeline`).toBe(true);
        expect(await page.locator('#timeline th.who', { hasText: en }).isVisible()).toBe(true);
      }
      expect(await page.locator('#timeline a.chip').count()).toBeGreaterThanOrEqual(12);
      expect(await page.locator('#timeline a.chip.t-overdue').first().isVisible()).toBe(true);
    });

    it('jumps from a timeline item to its details: basis, legal end, source', async () => {
      const item = page.locator('#timeline a.chip.t-overdue').first();
      const href = (await item.getAttribute('href')) ?? '';
      expect(href).toMatch(/^#c\d+-/);
      await item.click();
      expect(await page.evaluate('location.hash')).toBe(href);
      const target = page.locator(href);
      expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
      // Scrolled into view: the details start within the window.
      const box = await target.boundingBox();
      expect(box && box.y >= -1 && box.y < VIEWPORT.height).toBe(true);
      const text = await target.innerText();
      expect(text).toContain('Employee applies to change the work-type residence permit');
      expect(text).toContain('10 calendar days after change-date 2026-11-20');
      expect(text).toContain('Exit and Entry Administration Law');
      await reset();
    });

    it('prints: under print media the timeline is still visible, the navigation is not', async () => {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#timeline table.tl').isVisible()).toBe(true);
      expect(await page.locator('#timeline a.chip').first().isVisible()).toBe(true);
      expect(await page.locator('#timeline th.who', { hasText: 'Sophie Martin' }).isVisible()).toBe(true);
      expect(await page.locator('nav.toc').isVisible()).toBe(false);
      await reset();
    });

    it('fits a phone: nothing wider than the screen, the timeline items stacked and visible', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      const [scroll, client] = (await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]')) as [number, number];
      expect(scroll).toBeLessThanOrEqual(client);
      expect(await page.locator('#timeline a.chip').first().isVisible()).toBe(true);
      await reset();
    });

    it('keeps a screenshot of the top of the page down to the end of the timeline', async () => {
      const timeline = await page.locator('#timeline').boundingBox();
      const height = Math.ceil(timeline ? timeline.y + timeline.height + 16 : VIEWPORT.height);
      mkdirSync(dirname(ARTIFACT), { recursive: true });
      // A window as tall as the part to keep: quicker than a full-page capture of every case.
      await page.setViewportSize({ width: VIEWPORT.width, height });
      await page.screenshot({ path: ARTIFACT });
      await reset();
      expect(readFileSync(ARTIFACT).subarray(1, 4).toString()).toBe('PNG');
    });

    // Last, so that it sees every request the tests above made the page make.
    it('made no request but for the page itself, and the browser reported no error', () => {
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((r) => r !== url)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}
