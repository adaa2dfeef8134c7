/** `permit agenda`: being built (see the issue); registered so that --help lists it. */
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { type Outcome, UsageError } from '../errors.js';

export function agendaCommand(_ctx: CliContext, _done: (o: Outcome) => void): Command {
  return new Command('agenda').action(() => {
    throw new UsageError('permit agenda is not available in this build yet');
  });
}
