/** `permit init FILE [--procedure P]`: a commented case-file template, never over an existing file without --force. */
import { basename, resolve } from 'node:path';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { OK, type Outcome, UsageError } from '../errors.js';
import { writeFileAtomic } from '../writeFile.js';

export function initCommand(ctx: CliContext, done: (o: Outcome) => void): Command {
  const { io, data } = ctx;
  const cmd = new Command('init')
    .description('write a commented case-file template for one employee')
    .argument('<file>', 'the case file to create, e.g. cases/ana-lima.yaml (never over an existing file without --force)')
    .option('--procedure <procedure>', 'fill in one procedure in progress with its facts and documents')
    .option('--force', 'replace an existing file')
    .addHelpText(
      'after',
      `
Examples:
  $ permit init cases/ana-lima.yaml --procedure extend
  $ permit init cases/new-hire.yaml --procedure apply
  $ permit validate cases/`,
    );
  cmd.action(async (file: string, opts: { procedure?: string; force?: boolean }) => {
    const catalog = await data.catalog();
    if (opts.procedure !== undefined && !catalog.procedures.has(opts.procedure))
      throw new UsageError(`unknown procedure "${opts.procedure}" (one of: ${[...catalog.procedures.keys()].join(', ')})`);
    const { caseIdFrom, caseTemplate } = await import('../../cases/template.js');
    const text = caseTemplate(caseIdFrom(basename(file)), catalog, opts.procedure ? catalog.procedures.get(opts.procedure) : undefined);
    writeFileAtomic(resolve(io.cwd, file), text, { overwrite: opts.force === true, display: file });
    io.stderr(`permit: wrote ${file}; fill it in, then: permit check --case ${file}\n`);
    return done(OK);
  });
  return cmd;
}
