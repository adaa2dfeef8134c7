/**
 * Guards start-up cost: the modules the CLI loads before any dynamic import must not include the
 * YAML parser, zod, the table renderer or the prompt library (each costs 20–80 ms to load; they
 * are needed only for changed data files, text output or the interview).
 */
import { readFileSync } from 'node:fs';
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
