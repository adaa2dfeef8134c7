/** An in-process CLI context for command tests: output captured, data from a root folder. */
import { dataLocations } from '../../src/cli/environment.js';
import type { CliContext } from '../../src/cli/context.js';
import type { Outcome } from '../../src/cli/errors.js';
import type { Io } from '../../src/cli/io.js';
import { DataStore } from '../../src/data/loadData.js';
import { repoRoot } from './calendar.js';

/** 2026-11-21 17:30 UTC is already 2026-11-22 in Asia/Shanghai. */
export const NOW = new Date('2026-11-21T17:30:00Z');

export interface TestContext {
  ctx: CliContext;
  out: { stdout: string; stderr: string };
  outcomes: Outcome[];
  done: (o: Outcome) => void;
}

export function testContext(root = repoRoot, env: Record<string, string | undefined> = {}): TestContext {
  const out = { stdout: '', stderr: '' };
  const io: Io = {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    env,
    now: () => NOW,
    cwd: repoRoot,
    interactive: false,
    stdoutTty: false,
    stderrTty: false,
    errStream: process.stderr,
  };
  const outcomes: Outcome[] = [];
  return {
    ctx: { io, data: new DataStore(dataLocations(root, env, repoRoot), undefined), root },
    out,
    outcomes,
    done: (o) => outcomes.push(o),
  };
}
