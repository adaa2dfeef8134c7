/** Errors the CLI maps to exit codes and one-line messages (no stack traces for user mistakes). */

/** A mistake in how permit was called: bad flag, missing fact, unreadable file. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The exit codes, decided in one place (src/cli/main.ts). */
export const EXIT = {
  ok: 0,
  /** Error findings (validate), or more warnings than --max-warnings. */
  findings: 1,
  /** Bad input, bad rule or data file, nothing to check, or a date the calendar cannot compute. */
  usage: 2,
  /** A bug in permit itself. */
  internal: 3,
  /** SIGHUP during a prompt (128 + 1). */
  hangup: 129,
  /** The user closed an interactive prompt (Ctrl-C, Ctrl-D), 128 + SIGINT. */
  interrupted: 130,
  /** SIGTERM during a prompt (128 + 15). */
  terminated: 143,
} as const;

/** What a command tells main when it finishes: only the exit code; output is already written. */
export interface Outcome {
  exitCode: number;
}

export const OK: Outcome = { exitCode: EXIT.ok };
