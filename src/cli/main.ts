/**
 * The permit command line. The only module that touches `process`: it builds the commands,
 * runs them and maps errors to exit codes (0 ok, 1 findings, 2 usage or data errors, 3 bugs).
 */

import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { CalendarRangeError } from '../calendar/workCalendar.js';
import { readSnapshot } from '../data/snapshot.js';
import { DiagnosticError } from '../yaml/diagnostics.js';
import { checkCommand } from './commands/check.js';
import { rulesCommand } from './commands/rules.js';
import { packageRoot } from './environment.js';
import { EXIT, UsageError } from './errors.js';
import type { Io } from './io.js';

const VERSION = '0.1.0';

function processIo(): Io {
  const env = process.env;
  const tty = process.stdout.isTTY === true;
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env,
    now: () => new Date(),
    // Prompts are drawn on stderr, so `permit check … --format json > plan.json` can still ask.
    interactive: process.stdin.isTTY === true && process.stderr.isTTY === true && !env.CI,
    // chalk alone ignores NO_COLOR (no-color.org), so decide here.
    color: tty && !env.NO_COLOR && env.TERM !== 'dumb',
  };
}

export async function buildProgram(root: string, io: Io, argv: string[]): Promise<Command> {
  // PERMIT_RULES points at a company's own rule folder (same format as rules/).
  const rulesDir = io.env.PERMIT_RULES ?? join(root, 'rules');
  const program = new Command('permit')
    .description(
      "Foreigner's Work Permit compliance for employers in China: documents, steps and due dates on the Chinese working-day calendar.",
    )
    .version(VERSION)
    .showSuggestionAfterError()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText(
      'after',
      `
Examples:
  $ permit check cancel --reason resignation --event-date 2026-11-18
  $ permit check cancel --reason resignation --event-date 2025-09-26 --format json
  $ permit check cancel --help
  $ permit offices --city beijing --district chaoyang
  $ permit rules show cancel
  $ permit sources civil-code

Exit codes: 0 ok, 1 findings (validate), 2 bad input or data file, 3 internal error.`,
    );
  const args = argv.slice(2);
  const wanted = args[0] === 'check' && args[1] && !args[1].startsWith('-') ? args[1] : undefined;
  const snapshot = readSnapshot(root);
  program.addCommand(await checkCommand(root, rulesDir, io, wanted, snapshot));
  program.addCommand(rulesCommand(root, rulesDir, io));
  // Like offices: the command is imported only when it runs.
  if (args[0] === 'sources') {
    const { sourcesCommand } = await import('./commands/sources.js');
    program.addCommand(sourcesCommand(root, rulesDir, io, snapshot));
  } else {
    // Same words as SOURCES_DESCRIPTION in ./commands/sources.ts, which is not imported here.
    program
      .command('sources')
      .description('the sources rules and data cite: kind, title, publisher, date, address, and what cites each');
  }
  // The offices data and its loader are imported only when that command runs.
  if (args[0] === 'offices') {
    const { officesCommand } = await import('./commands/offices.js');
    program.addCommand(officesCommand(root, io));
  } else {
    program
      .command('offices')
      .description('where to file: service centers by city and district, and the online portal of a date');
  }
  const exitOverride = (cmd: Command) => {
    cmd.exitOverride();
    cmd.configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
    cmd.commands.forEach(exitOverride);
  };
  exitOverride(program);
  return program;
}

/** Runs permit with `argv` (as in process.argv) and returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  try {
    const program = await buildProgram(packageRoot(), io, argv);
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; every parse error is a usage error.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError || e instanceof CalendarRangeError) {
      io.stderr(`permit: ${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof DiagnosticError) {
      io.stderr(`${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof Error && e.name === 'ExitPromptError') {
      io.stderr('permit: interrupted\n');
      return EXIT.interrupted;
    }
    io.stderr(
      `permit: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\nPlease report this with the command you ran.\n`,
    );
    return EXIT.internal;
  }
}
