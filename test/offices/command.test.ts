/** `permit offices`: flags in, offices and the portal of the date out (JSON and text). */
import stringWidth from 'string-width';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Command, CommanderError } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { officesCommand } from '../../src/cli/commands/offices.js';
import { UsageError } from '../../src/cli/errors.js';
import { DiagnosticError } from '../../src/yaml/diagnostics.js';
import { repoRoot } from '../helpers/calendar.js';
import { testContext } from '../helpers/context.js';


async function run(args: string[], root = repoRoot): Promise<{ stdout: string; stderr: string }> {
  const t = testContext(root);
  // As main.ts wires it: commander throws instead of exiting, and writes through io.
  const cmd: Command = officesCommand(t.ctx, t.done);
  cmd.exitOverride().configureOutput({ writeOut: t.ctx.io.stdout, writeErr: t.ctx.io.stderr });
  await cmd.parseAsync(args, { from: 'user' });
  return t.out;
}

const json = async (args: string[]) => JSON.parse((await run([...args, '--format', 'json'])).stdout);

describe('permit offices --format json', () => {
  it('gives a Chaoyang employer the municipal and the Chaoyang center and the portal of the date', async () => {
    const out = await json(['--city', 'beijing', '--district', 'chaoyang', '--as-of', '2026-11-22']);
    expect(out.city).toBe('beijing');
    expect(out.district).toBe('chaoyang');
    expect(out.asOf).toBe('2026-11-22');
    expect(out.offices.map((o: { id: string }) => o.id)).toEqual([
      'beijing-overseas-talents-center',
      'chaoyang-hr-public-service-center',
    ]);
    const chaoyang = out.offices[1];
    expect(chaoyang).toMatchObject({
      name: { en: 'Chaoyang Human Resources Public Service Center' },
      address: 'Tower A, Building 15, Courtyard 5, Jiangtai Road',
      hours: {
        days: 'mon-fri',
        periods: ['09:00-11:40', '13:00-16:40'],
        text: 'Mon–Fri 09:00–11:40, 13:00–16:40',
      },
      phone: ['010-57596100'],
      serves: { all: false, areas: ['chaoyang'] },
      source: {
        source: 'beijing-extension-guide',
        kind: 'official-guide',
        publisher: { en: "The People's Government of Beijing Municipality (english.beijing.gov.cn)" },
        ref: 'service centers, entry 2',
        checked: '2026-11-22',
        url: 'http://english.beijing.gov.cn/mostrequested/workpermit/workpermitextension/',
      },
    });
    expect(out.offices[0].serves.all).toBe(true);
    expect(out.counters.map((k: { count: number }) => k.count)).toEqual([15]);
    expect(out.portal).toMatchObject({
      id: 'mohrss',
      url: 'https://www.12333.gov.cn/',
      from: { earliest: '2023-03-16', latest: '2024-12-24' },
      certain: true,
      source: { source: 'nanjing-work-permit-faq-2025', ref: 'question 2, step (1)' },
    });
    expect(out.portal.caveat).toBeUndefined();
    expect(out.portal.to).toBeUndefined();
  });

  it('keeps the same top-level keys for scripts', async () => {
    const out = await json(['--city', 'nanjing', '--district', 'jiangbei', '--as-of', '2026-11-22']);
    expect(Object.keys(out)).toEqual([
      'city',
      'cityName',
      'district',
      'districtName',
      'asOf',
      'offices',
      'counters',
      'portal',
      'notes',
    ]);
    expect(Object.keys(out.offices[0])).toEqual(
      expect.arrayContaining(['id', 'name', 'address', 'hours', 'phone', 'serves', 'source']),
    );
  });

  it('gives a Jiangbei employer the one Jiangbei point, with no hours (the FAQ gives none)', async () => {
    const out = await json(['--city', 'nanjing', '--district', 'jiangbei', '--as-of', '2026-11-22']);
    expect(out.offices).toHaveLength(1);
    expect(out.offices[0]).toMatchObject({
      id: 'jiangbei-new-area-bureau',
      hours: null,
      phone: ['83146818'],
    });
  });

  it('shows the MOST portal with a caveat for a date inside the 2023–2024 switch window', async () => {
    const out = await json(['--city', 'nanjing', '--as-of', '2024-06-01']);
    expect(out.district).toBeUndefined();
    expect(out.offices).toHaveLength(5);
    expect(out.portal.url).toBe('https://fuwu.most.gov.cn/lhgzweb/');
    expect(out.portal.certain).toBe(false);
    expect(out.portal.alsoPossible).toEqual(['https://www.12333.gov.cn/']);
    expect(out.portal.caveat.en).toContain('between 2023-03-16 and 2024-12-24');
  });

  it('gives portal null before the unified system opened', async () => {
    const out = await json(['--city', 'beijing', '--as-of', '2017-03-31']);
    expect(out.portal).toBeNull();
  });

  it("defaults --as-of to today's date in Asia/Shanghai from io.now()", async () => {
    const out = await json(['--city', 'beijing']);
    expect(out.asOf).toBe('2026-11-22');
  });

  it('accepts ids in any case and finds the city from a district only one city has', async () => {
    const out = await json(['--district', 'Haidian']);
    expect(out.city).toBe('beijing');
    expect(out.offices.map((o: { id: string }) => o.id)).toContain('haidian-hr-public-service-center');
  });
});

describe('permit offices (text)', () => {
  it('prints each office with address, hours, phone, scope and source, then the portal', async () => {
    const { stdout } = await run(['--city', 'beijing', '--district', 'tongzhou', '--as-of', '2018-06-01']);
    expect(stdout).toContain('Where to file in Beijing · 北京市   as of 2018-06-01');
    expect(stdout).toContain('employer registered in Tongzhou District · 通州区');
    expect(stdout).toContain('1. Beijing Overseas Talents Center · 北京海外学人中心');
    expect(stdout).toContain('2. Tongzhou District Human Resources and Social Security Bureau');
    expect(stdout).toContain('   Hours     Mon–Fri 08:30–12:00, 13:00–17:00 (submission hours)');
    expect(stdout).toContain('   Phone     not given in the sources');
    expect(stdout).toContain('Online portal on 2018-06-01: http://fwp.safea.gov.cn/');
    expect(stdout).toContain(
      '   Caveat    The switch from http://fwp.safea.gov.cn/ to\n' +
        '             https://fuwu.most.gov.cn/lhgzweb/ happened on an unknown day',
    );
    expect(stdout).not.toContain('Chaoyang');
    // Wrapped to 80 columns (CJK counted double); only a web address on a line of its own cannot be broken.
    for (const line of stdout.split('\n'))
      if (!/^\s*<https?:\/\/\S+>$/.test(line)) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
    expect(stdout).toContain("   Source    The People's Government of Beijing Municipality\n");
    expect(stdout).toContain('   Hours     Mon–Fri 08:30–12:00, 13:00–17:00 (submission hours)\n             周一至周五');
  });

  it('answers --help without reading any data file', async () => {
    // A root with no data/ at all: the help must still print.
    const t = testContext(mkdtempSync(join(tmpdir(), 'permit-no-data-')));
    const cmd = officesCommand(t.ctx, t.done);
    cmd.exitOverride().configureOutput({ writeOut: t.ctx.io.stdout, writeErr: t.ctx.io.stderr });
    const err = await cmd.parseAsync(['--help'], { from: 'user' }).catch((e) => e);
    expect(err).toBeInstanceOf(CommanderError);
    expect(err.exitCode).toBe(0);
    expect(t.out.stdout).toContain('--city beijing');
  });

  it('lists the cities and their districts when --city is missing', async () => {
    const err = await run([]).catch((e) => e);
    for (const id of ['chaoyang', 'haidian', 'municipal', 'jiangning-development-zone']) expect(err.message).toContain(id);
  });
});

describe('permit offices refuses bad input', () => {
  it('an unknown district, listing the valid ones', async () => {
    const err = await run(['--city', 'nanjing', '--district', 'xuanwu']).catch((e) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toContain('unknown district "xuanwu" for nanjing');
    expect(err.message).toContain('jiangning-development-zone');
  });

  it('an unknown city', async () => {
    const err = await run(['--city', 'shanghai']).catch((e) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toContain('known cities: beijing, nanjing');
  });

  it('no city', async () => {
    const err = await run([]).catch((e) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toContain('--city is required');
  });

  it('a date that does not exist', async () => {
    const err = await run(['--city', 'beijing', '--as-of', '2026-02-30']).catch((e) => e);
    expect(err).toBeInstanceOf(CommanderError);
  });
});

describe('a broken data/offices.yaml', () => {
  const root = mkdtempSync(join(tmpdir(), 'permit-offices-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is reported at file:line:col when the command runs, not when it is built', async () => {
    cpSync(join(repoRoot, 'data'), join(root, 'data'), { recursive: true });
    const text = readFileSync(join(repoRoot, 'data/offices.yaml'), 'utf8');
    writeFileSync(
      join(root, 'data/offices.yaml'),
      text.replace('phone: ["010-57596100"]', 'phone: ["call"]'),
    );
    const line = text.split('\n').findIndex((l) => l.includes('phone: ["010-57596100"]')) + 1;
    const err = await run(['--city', 'beijing'], root).catch((e) => e);
    expect(err).toBeInstanceOf(DiagnosticError);
    expect(err.message).toMatch(new RegExp(`^data/offices\\.yaml:${line}:\\d+ {2}error`));
  });
});
