/**
 * End-to-end: the package `npm pack` makes installs globally and runs from any folder, with its
 * rules, data and start-up snapshot found beside the installed binary (not in this checkout).
 * Packs the bundle `npm test` has just built (--ignore-scripts: no rebuild under the other tests
 * that run it) and installs from npm's cache, which `npm ci` has filled.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/calendar.js';

const dir = mkdtempSync(join(tmpdir(), 'permit-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const npm = (args: string[], cwd: string) => {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
};

// Packaging does not depend on the machine's zone: once, in the first of npm test's three runs.
describe.runIf(process.env.TZ === undefined || process.env.TZ === 'Asia/Shanghai')('npm pack', { timeout: 180000 }, () => {
  it('makes a package that installs globally and answers permit check from another folder', () => {
    npm(['pack', '--ignore-scripts', '--pack-destination', dir], repoRoot);
    const tarball = readdirSync(dir).find((f) => /^permit-.*\.tgz$/.test(f));
    expect(tarball).toBeDefined();
    const prefix = join(dir, 'prefix');
    npm(['install', '-g', '--prefix', prefix, join(dir, tarball as string), '--prefer-offline', '--no-audit', '--no-fund'], dir);

    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    const run = (args: string[]) =>
      spawnSync(join(prefix, 'bin', 'permit'), args, { cwd: elsewhere, encoding: 'utf8', env: { ...process.env, PERMIT_RULES: undefined, PERMIT_CALENDAR: undefined } });
    const check = run(['check', 'cancel', '--reason', 'resignation', '--event-date', '2026-11-18', '--as-of', '2026-11-22', '--format', 'json']);
    expect(check.status, check.stderr).toBe(0);
    const plan = JSON.parse(check.stdout);
    expect(plan.schema).toBe('permit/plan@1');
    expect(plan.deadlines.find((d: { id: string }) => d.id === 'cancel-application')?.date).toBe('2026-12-02');

    const version = run(['--version', '--verbose']);
    expect(version.status).toBe(0);
    expect(version.stdout).toContain(join(prefix, 'lib', 'node_modules', 'permit', 'rules'));
    expect(version.stdout).toMatch(/snapshot dist\/snapshot\.json: in use for every data file/);
  });
});
