/**
 * Guards start-up cost: the modules the CLI loads before any dynamic import must not include the
 * YAML parser, zod, the table renderer or the prompt library (each costs 20–80 ms to load; they
 * are needed only for changed data files, text output or the interview).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/calendar.js';

interface Meta {
  outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }>;
}

describe('start-up bundle', () => {
  it('loads no YAML parser, zod, table or prompts before a lazy import', () => {
    const meta = JSON.parse(readFileSync(`${repoRoot}dist/meta.json`, 'utf8')) as Meta;
    const entry = Object.keys(meta.outputs).find((k) => k.endsWith('dist/cli.js')) as string;
    const seen = new Set<string>();
    const visit = (out: string) => {
      if (seen.has(out) || !meta.outputs[out]) return;
      seen.add(out);
      for (const i of meta.outputs[out].imports) if (i.kind === 'import-statement') visit(i.path);
    };
    visit(entry);
    const inputs = [...seen].flatMap((o) => Object.keys(meta.outputs[o]?.inputs ?? {}));
    const heavy = inputs.filter((i) => /node_modules\/(yaml|zod|table|chalk|@inquirer)\//.test(i));
    expect(heavy).toEqual([]);
    expect(inputs.some((i) => i.includes('node_modules/commander/'))).toBe(true);
  });
});

/**
 * At run time, the dist files `permit check … --format json` actually loads (recorded by a
 * module-resolution hook), mapped back to their sources: with the snapshot serving every data
 * file, neither the YAML parser nor zod is among them, whatever the employer's city.
 */
describe('start-up at run time', () => {
  const loaded = (args: string[]): string[] => {
    const meta = JSON.parse(readFileSync(`${repoRoot}dist/meta.json`, 'utf8')) as Meta;
    const log = join(mkdtempSync(join(tmpdir(), 'permit-loaded-')), 'loaded.txt');
    const loader = `data:text/javascript,${encodeURIComponent(
      `import { appendFileSync } from 'node:fs';
       export async function load(url, context, next) { if (url.includes('/dist/')) appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }`,
    )}`;
    const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(loader)});`)}`;
    const r = spawnSync(process.execPath, ['--import', register, `${repoRoot}bin/permit.js`, ...args], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = readFileSync(log, 'utf8').trim().split('\n').map((u) => `dist/${u.split('/dist/')[1]}`);
    return files.flatMap((f) => Object.keys(meta.outputs[f]?.inputs ?? {}));
  };

  it.each([[[]], [['--city', 'other']], [['--city', 'shanghai']]])('loads neither yaml nor zod for check --format json %j', (extra) => {
    const inputs = loaded(['check', 'cancel', '--reason', 'resignation', '--event-date', '2026-11-18', '--as-of', '2026-11-22', '--format', 'json', ...extra]);
    expect(inputs.some((i) => i.startsWith('src/rules/evaluate'))).toBe(true);
    expect(inputs.filter((i) => /node_modules\/(yaml|zod|table|chalk|@inquirer)\//.test(i))).toEqual([]);
  });
});
