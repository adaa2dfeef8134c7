/**
 * End-to-end: `permit init` writes a template that `permit validate` accepts as it is, and still
 * accepts once the commented keys are given (hash and space removed, as an editor's toggle does).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { permit } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'permit-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const errorsOf = (file: string) => {
  const r = permit(['validate', file, '--as-of', '2026-12-02', '--format', 'json']);
  const run = JSON.parse(r.stdout) as { totals: { errors: number; cases: number }; files: { findings: { severity: string; ruleId: string; message: { en: string } }[] }[] };
  return { run, errors: run.files.flatMap((f) => f.findings.filter((x) => x.severity === 'error').map((x) => `${x.ruleId}: ${x.message.en}`)) };
};

/** Uncomments the first commented entry under each commented `facts:` / `documents:` key, and the key. */
function giveFirstEntries(text: string): string {
  const lines = text.split('\n');
  for (const key of ['facts:', 'documents:']) {
    const at = lines.findIndex((l) => l.startsWith(`    # ${key}`));
    if (at < 0) continue;
    lines[at] = (lines[at] as string).replace('# ', '');
    const child = lines.findIndex((l, i) => i > at && l.startsWith('    #   '));
    if (child < 0) continue;
    // A fact without a default is left empty: give the first value its comment offers.
    lines[child] = (lines[child] as string)
      .replace('# ', '')
      .replace(/^(\s+[\w-]+): +# (YYYY-MM-DD|[\w-]+)/, (_, k: string, v: string) => `${k}: ${v === 'YYYY-MM-DD' ? '2026-11-18' : v}   #`);
  }
  return lines.join('\n');
}

describe('permit init', () => {
  it.each(['', 'apply', 'extend', 'cancel', 'change', 'residence'])('writes a template that validates as it is (procedure %s)', (procedure) => {
    const file = join(dir, `as-is-${procedure || 'none'}.yaml`);
    const r = permit(['init', file, ...(procedure ? ['--procedure', procedure] : [])]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('permit: wrote ');
    const { run, errors } = errorsOf(file);
    expect(errors).toEqual([]);
    expect(run.totals.cases).toBe(1);
  });

  it.each(['extend', 'cancel', 'change'])('still validates once a commented fact and document are given (%s)', (procedure) => {
    const file = join(dir, `given-${procedure}.yaml`);
    expect(permit(['init', file, '--procedure', procedure]).code).toBe(0);
    const text = giveFirstEntries(readFileSync(file, 'utf8'));
    expect(text).toMatch(/^ {4}facts:/m);
    writeFileSync(file, text);
    expect(errorsOf(file).errors).toEqual([]);
  });

  it('never writes over an existing file without --force', () => {
    const file = join(dir, 'kept.yaml');
    writeFileSync(file, 'mine\n');
    const r = permit(['init', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kept\.yaml already exists; it was left untouched \(choose another name, or --force\)/);
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
    expect(permit(['init', file, '--force']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('schema: permit/case@1');
  });

  it('refuses an unknown procedure and a missing folder with one line, exit 2', () => {
    const unknown = permit(['init', join(dir, 'x.yaml'), '--procedure', 'renew']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown procedure "renew" \(one of: apply, cancel, change, extend, residence\)/);
    const folder = permit(['init', join(dir, 'no', 'such', 'x.yaml')]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/its folder does not exist/);
    expect(folder.stderr.trim().split('\n')).toHaveLength(1);
  });
});
