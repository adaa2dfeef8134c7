/** `permit schema case|plan|validate|agenda [--out FILE]`: the JSON Schemas of the case-file format and of the JSON outputs. */
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { OK, type Outcome } from '../errors.js';
import { writeFileAtomic } from '../writeFile.js';

export const SCHEMA_KINDS = ['case', 'plan', 'validate', 'agenda'] as const;

export function schemaCommand(ctx: CliContext, done: (o: Outcome) => void): Command {
  const { io, data } = ctx;
  const cmd = new Command('schema')
    .description('print the JSON Schema of the case-file format (for editors) or of a JSON output')
    .argument('<kind>', `case (case files, with the loaded rules' ids), plan (check --format json), validate (validate --format json) or agenda (agenda --format json)`)
    .option('--out <file>', 'write it to a file instead (never over an existing file without --force)')
    .option('--force', 'with --out: replace an existing file')
    .addHelpText(
      'after',
      `
Editors with yaml-language-server (VS Code's YAML extension) complete and check case files
when the schema is named on their first line:

  # yaml-language-server: $schema=./case.schema.json

Examples:
  $ permit schema case --out cases/case.schema.json
  $ permit schema plan > plan.schema.json`,
    );
  cmd.action(async (kind: string, opts: { out?: string; force?: boolean }) => {
    const { schemaOf } = await import('../../cases/jsonSchema.js');
    const { UsageError } = await import('../errors.js');
    if (!(SCHEMA_KINDS as readonly string[]).includes(kind))
      throw new UsageError(`unknown schema "${kind}" (one of: ${SCHEMA_KINDS.join(', ')})`);
    const schema = schemaOf(kind as (typeof SCHEMA_KINDS)[number], await data.catalog());
    const text = `${JSON.stringify(schema, null, 2)}\n`;
    if (opts.out) {
      const { resolve } = await import('node:path');
      writeFileAtomic(resolve(io.cwd, opts.out), text, { overwrite: opts.force === true, display: opts.out });
      io.stderr(`permit: wrote ${opts.out}\n`);
    } else io.stdout(text);
    return done(OK);
  });
  return cmd;
}
