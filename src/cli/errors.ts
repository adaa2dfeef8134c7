/** Errors the CLI maps to exit codes and one-line messages (no stack traces for user mistakes). */

/** A mistake in how permit was called: bad flag, missing fact, unreadable file. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT = {
  ok: 0,
  /** `validate` found problems (missing documents, overdue deadlines, stale certificates). */
  findings: 1,
  /** Bad input, bad rule or calendar file, or a date the calendar cannot compute. */
  usage: 2,
  /** A bug in permit itself. */
  internal: 3,
  /** The user closed an interactive prompt. */
  interrupted: 130,
} as const;
