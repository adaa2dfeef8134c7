/** Everything the commands may use of the process, passed in so commands stay testable. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  now(): Date;
  /** The working directory, for paths given on the command line. */
  cwd: string;
  /** Prompts may be shown: stdin and stderr are terminals and not in CI. */
  interactive: boolean;
  /** stdout is a terminal (colour and width may follow it). */
  stdoutTty: boolean;
  /** stderr is a terminal (progress may be drawn there). */
  stderrTty: boolean;
  /** stderr as a stream, for a progress bar (drawn only when stderr is a terminal). */
  errStream: NodeJS.WritableStream;
  /** The terminal's width in columns, when stdout is one. */
  columns?: number;
  /** The terminal prompts are drawn on, when there is one (stdin and stderr are TTYs). */
  terminal?: Terminal;
}

/** What the interview needs of the terminal; main.ts builds it from the process. */
export interface Terminal {
  input: NodeJS.ReadableStream;
  /** Prompts are drawn here (stderr), so stdout stays clean for the report. */
  output: NodeJS.WritableStream;
  /**
   * Calls `handler` on SIGINT, SIGTERM or SIGHUP until the returned function is called; while a
   * handler is set, the signal does not end the process by itself.
   */
  onSignal(handler: (signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP') => void): () => void;
  /**
   * Ends the process as a hang-up would (129 to a shell), for when the terminal went away: its
   * input ended or failed. Leaving normally would make Node restore the dead terminal and abort.
   */
  hangUp?(): void;
}
