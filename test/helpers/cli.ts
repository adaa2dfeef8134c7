/** Runs the real built CLI (bin/permit.js) as a child process, as a user or a CI job would. */
import { spawnSync } from 'node:child_process';
import { repoRoot } from './calendar.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function permit(args: string[], env: Record<string, string | undefined> = {}, cwd = repoRoot): CliResult {
  const r = spawnSync(process.execPath, [`${repoRoot}bin/permit.js`, ...args], {
    cwd,
    encoding: 'utf8',
    input: '',
    env: {
      ...process.env,
      NO_COLOR: undefined,
      FORCE_COLOR: undefined,
      PERMIT_CALENDAR: undefined,
      PERMIT_RULES: undefined,
      CI: undefined,
      COLUMNS: undefined,
      ...env,
    },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function permitJson(args: string[], env: Record<string, string | undefined> = {}) {
  const r = permit([...args, '--format', 'json'], env);
  if (r.code !== 0) throw new Error(`permit ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
