/** Everything the commands may use of the process, passed in so commands stay testable. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  now(): Date;
  /** Prompts may be shown: stdin and stderr are terminals and not in CI. */
  interactive: boolean;
  /** Colour is wanted: stdout is a terminal and NO_COLOR is not set. */
  color: boolean;
}
