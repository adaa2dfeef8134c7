/** `permit agenda` in process: the command over case files, its layout at other widths, its model. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { agendaCommand } from '../../src/cli/commands/agenda.js';
import { repoRoot } from '../helpers/calendar.js';
import { testContext } from '../helpers/context.js';

async function run(args: string[], env: Record<string, string | undefined> = {}) {
  const t = testContext(repoRoot, env);
  const cmd: Command = agendaCommand(t.ctx, t.done);
  cmd.exitOverride().configureOutput({ writeOut: t.ctx.io.stdout, writeErr: t.ctx.io.stderr });
  await cmd.parseAsync(args, { from: 'user' });
  return { ...t.out, exitCode: t.outcomes[0]?.exitCode };
}

describe('permit agenda', () => {
  it('takes "today" in Asia/Shanghai when --as-of is not given', async () => {
    // The test clock is 2026-11-21 17:30 UTC, already 2026-11-22 in Shanghai.
    const r = await run([`${repoRoot}examples/cases`, '--format', 'json']);
    expect(JSON.parse(r.stdout).asOf).toBe('2026-11-22');
    expect(r.exitCode).toBe(0);
  });

  it('fits the width of the terminal (COLUMNS), wrapping what to do under itself', async () => {
    const r = await run([`${repoRoot}examples/cases`, '--as-of', '2026-12-01', '--within', '60'], { COLUMNS: '60' });
    const lines = r.stdout.trimEnd().split('\n');
    for (const l of lines) expect(stringWidth(l), l).toBeLessThanOrEqual(60);
    const start = lines.findIndex((l) => l.startsWith('2026-12-04 Fri'));
    // A continuation line starts at the column of "What".
    const what = (lines[start] as string).indexOf('due soon');
    expect((lines[start + 1] as string).slice(0, what).trim()).toBe('');
  });

  it('cuts a case id longer than its column with "…" (the JSON keeps it whole)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'permit-agenda-'));
    const text = readFileSync(`${repoRoot}examples/cases/li-wei.yaml`, 'utf8').replace('id: li-wei', 'id: li-wei-from-the-haidian-research-office');
    writeFileSync(join(dir, 'long.yaml'), text);
    const r = await run([dir, '--as-of', '2026-12-01', '--lang', 'en']);
    expect(r.stdout).toContain('li-wei-from-the-hai…');
    for (const l of r.stdout.split('\n')) expect(stringWidth(l), l).toBeLessThanOrEqual(80);
    const j = JSON.parse((await run([dir, '--as-of', '2026-12-01', '--format', 'json'])).stdout);
    expect(j.items[0].case).toBe('li-wei-from-the-haidian-research-office');
  });

  it('warns when two files share a case id (their calendar events would collide)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'permit-agenda-'));
    cpSync(`${repoRoot}examples/cases/li-wei.yaml`, join(dir, 'a.yaml'));
    cpSync(`${repoRoot}examples/cases/li-wei.yaml`, join(dir, 'b.yaml'));
    const r = await run([dir, '--as-of', '2026-12-01', '--format', 'ics']);
    expect(r.stderr).toMatch(/the case id li-wei is used by .*a\.yaml and .*b\.yaml/);
  });

  it('puts a zh-only Markdown agenda in Chinese', async () => {
    const r = await run([`${repoRoot}examples/cases`, '--as-of', '2026-12-01', '--format', 'markdown', '--lang', 'zh']);
    expect(r.stdout.startsWith('## 截至2026-12-01（周二）的待办：至2026-12-31（未来30天）共6个期限；其中已逾期1个。')).toBe(true);
    expect(r.stdout).toContain('| 日期 | 剩余 | 案卷 | 事项 | 来源 |');
  });

  it('--format html: the page of the run, the same page validate writes', async () => {
    const r = await run([`${repoRoot}examples/cases`, '--as-of', '2026-12-01', '--format', 'html']);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout).toContain('maria-garcia');
  });
});
