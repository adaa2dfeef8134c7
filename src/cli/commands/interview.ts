/** `permit interview`: being built (see the issue); registered so that --help lists it. */
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { type Outcome, UsageError } from '../errors.js';

export function interviewCommand(_ctx: CliContext, _done: (o: Outcome) => void): Command {
  return new Command('interview').action(() => {
    throw new UsageError('permit interview is not available in this build yet');
  });
}
