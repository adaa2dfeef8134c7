/**
 * The permit command line. The only module that touches `process`: it builds the commands, runs
 * one, and maps its outcome or error to an exit code (0 ok, 1 findings, 2 usage or data error,
 * 3 internal error, 130 interrupted, 143 SIGTERM, 129 SIGHUP) in one place.
 */
import { Command, CommanderError } from 'commander';
import { CalendarRangeError } from '../calendar/workCalendar.js';
import { VERSION } from '../data/build.js';
import { DataStore, RulesFolderError } from '../data/loadData.js';
import { DataFileError } from '../data/readFile.js';
import { readSnapshot } from '../data/snapshot.js';
import { DiagnosticError } from '../yaml/diagnostics.js';
import { checkCommand } from './commands/check.js';
import type { CliContext } from './context.js';
import { dataLocations, isTrue, packageRoot } from './environment.js';
import { EXIT, type Outcome, UsageError } from './errors.js';
import type { Io } from './io.js';
import { refuseRepeatedFlags } from './options.js';
import { safeText } from '../core/safeText.js';

/**
 * A reader that stops reading (`permit … | head`) closes the pipe: end quietly with 0. Any
 * other failure to write the output (a full disk) is one line and exit 2, not a stack trace.
 * Stream errors arrive as events, often after `main` returned, so they exit from here.
 */
function exitOnOutputError(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    const why = e.code === 'ENOSPC' ? 'no space left on the device' : (e.code ?? e.message);
    process.stderr.write(`permit: cannot write the output: ${why}\n`);
    process.exit(EXIT.usage);
  });
  // Nowhere is left to report a failure to write to stderr; exit as the output would have.
  process.stderr.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? EXIT.ok : EXIT.usage));
}

function processIo(): Io {
  exitOnOutputError();
  const env = process.env;
  return {
    stdout: (t) => {
      process.stdout.write(t);
    },
    stderr: (t) => {
      process.stderr.write(t);
    },
    env,
    now: () => new Date(),
    cwd: process.cwd(),
    // Prompts are drawn on stderr, so `permit check … --format json > plan.json` can still ask.
    interactive: process.stdin.isTTY === true && process.stderr.isTTY === true && !isTrue(env.CI),
    stdoutTty: process.stdout.isTTY === true,
    stderrTty: process.stderr.isTTY === true,
    errStream: process.stderr,
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
    ...(process.stdin.isTTY === true && process.stderr.isTTY === true
      ? {
          terminal: {
            input: process.stdin,
            output: process.stderr,
            onSignal: (handler) => {
              const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
              const listeners = signals.map((s) => [s, () => handler(s)] as const);
              for (const [s, l] of listeners) process.on(s, l);
              return () => {
                for (const [s, l] of listeners) process.off(s, l);
              };
            },
            hangUp: () => {
              process.removeAllListeners('SIGHUP');
              process.kill(process.pid, 'SIGHUP');
            },
          },
        }
      : {}),
  };
}

/** Commands that are imported only when they run, with the description `permit --help` shows. */
const LAZY: Record<string, { description: string; load: () => Promise<(ctx: CliContext, done: (o: Outcome) => void) => Command> }> = {
  rules: {
    description: 'list the procedures and the ids of their facts, documents, deadlines, steps and warnings',
    load: async () => (await import('./commands/rules.js')).rulesCommand,
  },
  sources: {
    description: 'the sources rules and data cite: kind, title, publisher, date, address, and what cites each',
    load: async () => (await import('./commands/sources.js')).sourcesCommand,
  },
  offices: {
    description: 'where to file: service centers by city and district, and the online portal of a date',
    load: async () => (await import('./commands/offices.js')).officesCommand,
  },
  schema: {
    description: 'print the JSON Schema of the case-file format (for editors) or of a JSON output',
    load: async () => (await import('./commands/schema.js')).schemaCommand,
  },
  init: {
    description: 'write a commented case-file template for one employee',
    load: async () => (await import('./commands/init.js')).initCommand,
  },
  interview: {
    description: 'answer a few questions about one employee: the checklist, and a case file with --save',
    load: async () => (await import('./commands/interview.js')).interviewCommand,
  },
  validate: {
    description: 'check a folder of case files in CI: missing documents, stale certificates, deadlines due or overdue',
    load: async () => (await import('./commands/validate.js')).validateCommand,
  },
  agenda: {
    description: 'every deadline of every case in the next days (and everything overdue), by date',
    load: async () => (await import('./commands/agenda.js')).agendaCommand,
  },
};

export async function buildProgram(ctx: CliContext, argv: string[], done: (o: Outcome) => void): Promise<Command> {
  const { io } = ctx;
  const program = new Command('permit')
    .description(
      "Foreigner's Work Permit compliance for employers in China: documents, steps and due dates on the Chinese working-day calendar.",
    )
    .version(VERSION, '-v, --version', 'print the version (with --verbose: build, data files and whether the start-up cache serves them)')
    .enablePositionalOptions()
    .showSuggestionAfterError()
    .configureOutput({ writeOut: io.stdout, writeErr: (t) => io.stderr(safeText(t)) })
    .addHelpText(
      'after',
      `
Examples:
  $ permit check cancel --reason resignation --event-date 2026-11-18
  $ permit check cancel --reason resignation --event-date 2025-09-26 --as-of 2025-09-26 --format json
  $ permit check --case examples/cases/ana-lima.yaml
  $ permit check cancel --help
  $ permit offices --city beijing --district chaoyang
  $ permit rules show cancel
  $ permit sources civil-code

Exit codes: 0 ok, 1 error findings (validate), 2 bad input, bad data file or nothing to check,
3 internal error, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM), 129 hung up (SIGHUP).`,
    );
  const args = argv.slice(2);
  const first = args[0];
  const wanted = first === 'check' && args[1] && !args[1].startsWith('-') ? args[1] : undefined;
  if (first === 'check' || first === undefined || first.startsWith('-') || first === 'help') {
    program.addCommand(await checkCommand(ctx, wanted, done));
  } else {
    program.command('check').description('list documents, steps and due dates for a procedure (or for a case file)');
  }
  for (const [name, lazy] of Object.entries(LAZY)) {
    if (first === name) program.addCommand((await lazy.load())(ctx, done));
    else program.command(name).description(lazy.description);
  }
  const exitOverride = (cmd: Command) => {
    cmd.exitOverride();
    // Commander echoes arguments in its errors; escape control characters like every message.
    cmd.configureOutput({ writeOut: io.stdout, writeErr: (t) => io.stderr(safeText(t)) });
    cmd.commands.forEach(exitOverride);
  };
  exitOverride(program);
  return program;
}

/** Runs permit with `argv` (as in process.argv) and returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const say = (t: string) => io.stderr(`permit: ${safeText(t)}\n`);
  try {
    refuseRepeatedFlags(argv.slice(2));
    const root = packageRoot();
    const data = new DataStore(dataLocations(root, io.env, io.cwd), readSnapshot(root));
    const args = argv.slice(2);
    if (args.includes('--verbose') && (args[0] === '--version' || args[0] === '-v')) {
      await (await import('./commands/version.js')).verboseVersion({ io, data, root });
      return EXIT.ok;
    }
    let outcome: Outcome = { exitCode: EXIT.ok };
    const program = await buildProgram({ io, data, root }, argv, (o) => {
      outcome = o;
    });
    await program.parseAsync(argv);
    return outcome.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; every parse error is a usage error (commander printed it).
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError || e instanceof CalendarRangeError || e instanceof DataFileError || e instanceof RulesFolderError) {
      say(e.message);
      return EXIT.usage;
    }
    if (e instanceof DiagnosticError) {
      io.stderr(`${safeText(e.message)}\n`);
      return EXIT.usage;
    }
    if (e instanceof Error && e.name === 'ExitPromptError') {
      say('interrupted');
      return EXIT.interrupted;
    }
    io.stderr(
      `permit: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\nPlease report this with the command you ran.\n`,
    );
    return EXIT.internal;
  }
}
