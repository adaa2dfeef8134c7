/** `permit validate`: being built (see the issue); registered so that --help lists it. */
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { type Outcome, UsageError } from '../errors.js';

export function validateCommand(_ctx: CliContext, _done: (o: Outcome) => void): Command {
  return new Command('validate').action(() => {
    throw new UsageError('permit validate is not available in this build yet');
  });
}
