/** `permit rules list|show`: every procedure, fact, document, deadline, step and warning id. */
import { Command } from 'commander';
import { citationText } from '../../report/citation.js';
import { ruleLocation, type RuleSet } from '../../rules/ruleSet.js';
import type { ResolvedCitation } from '../../sources/registry.js';
import type { CliContext } from '../context.js';
import { OK, type Outcome, UsageError } from '../errors.js';
import { formatOption } from '../options.js';

function describeRules(r: RuleSet) {
  const items = <T extends { id: string }>(list: readonly T[], extra: (x: T) => object) =>
    list.map((x) => ({ id: x.id, rule: ruleLocation(r, x.id), ...extra(x) }));
  return {
    procedure: r.procedure,
    title: r.title,
    summary: r.summary,
    file: r.file,
    checked: r.checked,
    facts: r.facts.map((f) => ({
      id: f.id,
      flag: f.type === 'boolean' ? `--${f.id} / --no-${f.id}` : `--${f.id}`,
      type: f.type,
      ...(f.values ? { values: f.values.map((v) => v.value) } : {}),
      ...(f.default !== undefined ? { default: f.default } : {}),
      question: f.question,
    })),
    documents: items(r.documents, (d) => ({ title: d.title, source: d.source })),
    deadlines: items(r.deadlines, (d) => ({ kind: d.kind, title: d.title, source: d.source })),
    steps: items(r.steps, (s) => ({ title: s.title, source: s.source })),
    warnings: items(r.warnings, (w) => ({ level: w.level, message: w.message, source: w.source })),
  };
}

function showText(r: RuleSet): string {
  const out = [
    `${r.title.en} · ${r.title.zh}  (${r.file}, checked ${r.checked})`,
    `  ${r.summary.en}`,
    '',
    'Facts (flags):',
  ];
  for (const f of r.facts) {
    const flag = f.type === 'boolean' ? `--${f.id} / --no-${f.id}` : `--${f.id}`;
    const values = f.values ? ` one of ${f.values.map((v) => v.value).join(', ')}` : ` ${f.type}`;
    out.push(`  ${flag.padEnd(28)}${values}${f.default !== undefined ? ` (default ${String(f.default)})` : ''}`);
  }
  const section = (title: string, list: { id: string; source: ResolvedCitation; label: string }[]) => {
    out.push('', `${title}:`);
    // The id on its own line when it is too long for the column, so the label never runs into it.
    for (const x of list) {
      const id = x.id.length >= 34 ? `  ${x.id}\n  ${''.padEnd(34)}` : `  ${x.id.padEnd(34)}`;
      out.push(`${id}${x.label}`, `  ${''.padEnd(34)}source: ${citationText(x.source)}`);
    }
  };
  section(
    'Documents',
    r.documents.map((d) => ({ ...d, label: d.title.en })),
  );
  section(
    'Deadlines',
    r.deadlines.map((d) => ({ ...d, label: `[${d.kind}] ${d.title.en}` })),
  );
  section(
    'Steps',
    r.steps.map((x) => ({ ...x, label: x.title.en })),
  );
  section(
    'Warnings',
    r.warnings.map((w) => ({ ...w, label: `[${w.level}] ${w.message.en}` })),
  );
  return `${out.join('\n')}\n`;
}

export function rulesCommand(ctx: CliContext, done: (o: Outcome) => void): Command {
  const { io, data } = ctx;
  const rules = new Command('rules').description(
    'list the procedures and the ids of their facts, documents, deadlines, steps and warnings',
  );
  rules
    .command('list')
    .description('list every procedure with its title and item counts')
    .addOption(formatOption(['text', 'json']))
    .action(async (opts: { format?: string }) => {
      const catalog = await data.catalog();
      const all = [...catalog.procedures.values()];
      if (opts.format === 'json') {
        io.stdout(`${JSON.stringify({ folder: data.loc.rulesDisplay, procedures: all.map(describeRules) }, null, 2)}\n`);
        return done(OK);
      }
      for (const r of all) {
        io.stdout(
          `${r.procedure.padEnd(12)}${r.title.en} · ${r.title.zh}  (${r.facts.length} facts, ${r.documents.length} documents, ${r.deadlines.length} deadlines, ${r.steps.length} steps, ${r.warnings.length} warnings)\n`,
        );
      }
      io.stdout(`\npermit rules show <procedure> lists every id; the rule files in use are in ${data.loc.rulesDisplay}\n`);
      return done(OK);
    });
  rules
    .command('show')
    .description('show one procedure: its flags and every item id with its source')
    .argument('<procedure>', 'procedure name, e.g. cancel')
    .addOption(formatOption(['text', 'json']))
    .action(async (procedure: string, opts: { format?: string }) => {
      const known = data.procedures();
      if (!known.includes(procedure)) throw new UsageError(`unknown procedure "${procedure}" (one of: ${known.join(', ')})`);
      const r = await data.rules(procedure);
      io.stdout(opts.format === 'json' ? `${JSON.stringify(describeRules(r), null, 2)}\n` : showText(r));
      return done(OK);
    });
  return rules;
}
