/** `permit rules list|show`: every procedure, fact, document, deadline, step and warning id. */
import { Command } from 'commander';
import { citationText } from '../../report/citation.js';
import { wrap } from '../../report/layout.js';
import { ruleLocation, type RuleSet } from '../../rules/ruleSet.js';
import type { ResolvedCitation } from '../../sources/registry.js';
import type { CliContext } from '../context.js';
import { OK, type Outcome, UsageError } from '../errors.js';
import { formatOption, widthFrom } from '../options.js';

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

/**
 * `name` in a column `column` wide, then `text` wrapped to `width` under the column after it;
 * the name on a line of its own when it does not leave a space before the column.
 */
function inColumn(name: string, column: number, text: string, width: number): string {
  const pad = ''.padEnd(column);
  if (name.length >= column) return `${name}\n${wrap(text, width, pad)}`;
  return wrap(text, width, name.padEnd(column), pad);
}

/** The column ids take in `rules show`: narrower on a narrow terminal, so labels keep some room. */
const idColumn = (width: number) => (width >= 100 ? 34 : 26);

function showText(r: RuleSet, width: number): string {
  const out = [
    wrap(`${r.title.en} · ${r.title.zh}  (${r.file}, checked ${r.checked})`, width, '', '  '),
    wrap(r.summary.en, width, '  '),
    '',
    'Facts (flags):',
  ];
  for (const f of r.facts) {
    const flag = f.type === 'boolean' ? `--${f.id} / --no-${f.id}` : `--${f.id}`;
    const values = f.values ? `one of ${f.values.map((v) => v.value).join(', ')}` : f.type;
    const text = `${values}${f.default !== undefined ? ` (default ${String(f.default)})` : ''}`;
    // The flag on its own line when it is too long for the column.
    out.push(inColumn(`  ${flag}`, 31, text, width));
  }
  const col = idColumn(width);
  const under = ''.padEnd(col + 2);
  const section = (title: string, list: { id: string; source: ResolvedCitation; label: string }[]) => {
    out.push('', `${title}:`);
    // The id on its own line when it is too long for the column, so the label never runs into it.
    for (const x of list) {
      out.push(inColumn(`  ${x.id}`, col + 2, x.label, width), wrap(`source: ${citationText(x.source)}`, width, under, `${under}  `));
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
      const width = widthFrom(io);
      for (const r of all) {
        const counts = `(${r.facts.length} facts, ${r.documents.length} documents, ${r.deadlines.length} deadlines, ${r.steps.length} steps, ${r.warnings.length} warnings)`;
        // The name in a column of its own, the title and counts wrapped under the title.
        io.stdout(`${inColumn(r.procedure, 12, `${r.title.en} · ${r.title.zh}  ${counts}`, width)}\n`);
      }
      io.stdout(
        `\n${wrap(`permit rules show <procedure> lists every id; the rule files in use are in ${data.loc.rulesDisplay}`, width)}\n`,
      );
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
      io.stdout(opts.format === 'json' ? `${JSON.stringify(describeRules(r), null, 2)}\n` : showText(r, widthFrom(io)));
      return done(OK);
    });
  return rules;
}
