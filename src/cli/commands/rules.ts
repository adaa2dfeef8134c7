/** `permit rules list|show`: every procedure, fact, document, deadline, step and warning id. */
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { citationText } from '../../report/citation.js';
import type { LoadedRules } from '../../rules/load.js';
import type { ResolvedCitation } from '../../sources/registry.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { listProcedures } from './check.js';

function describeRules(r: LoadedRules) {
  const items = <T extends { id: string }>(list: T[], extra: (x: T) => object) =>
    list.map((x) => ({ id: x.id, rule: r.locations.get(x.id), ...extra(x) }));
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

function showText(r: LoadedRules): string {
  const out = [
    `${r.title.en} · ${r.title.zh}  (${r.file}, checked ${r.checked})`,
    `  ${r.summary.en}`,
    '',
    'Facts (flags):',
  ];
  for (const f of r.facts) {
    const flag = f.type === 'boolean' ? `--${f.id} / --no-${f.id}` : `--${f.id}`;
    const values = f.values ? ` one of ${f.values.map((v) => v.value).join(', ')}` : ` ${f.type}`;
    out.push(
      `  ${flag.padEnd(28)}${values}${f.default !== undefined ? ` (default ${String(f.default)})` : ''}`,
    );
  }
  const section = (title: string, list: { id: string; source: ResolvedCitation; label: string }[]) => {
    out.push('', `${title}:`);
    for (const x of list)
      out.push(`  ${x.id.padEnd(34)}${x.label}`, `  ${''.padEnd(34)}source: ${citationText(x.source)}`);
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

export function rulesCommand(root: string, rulesDir: string, io: Io): Command {
  const rules = new Command('rules').description(
    'list the procedures and the ids of their facts, documents, deadlines, steps and warnings',
  );
  const format = () =>
    new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');
  rules
    .command('list')
    .description('list every procedure with its title and item counts')
    .addOption(format())
    .action(async (opts: { format: string }) => {
      const { loadRuleFile } = await import('../../rules/load.js');
      const { loadSourcesFile } = await import('../../sources/registry.js');
      const registry = loadSourcesFile(root);
      const all = listProcedures(rulesDir).map((p) => loadRuleFile(rulesDir, p, registry));
      if (opts.format === 'json') {
        io.stdout(`${JSON.stringify(all.map(describeRules), null, 2)}\n`);
        return;
      }
      for (const r of all) {
        io.stdout(
          `${r.procedure.padEnd(12)}${r.title.en} · ${r.title.zh}  (${r.facts.length} facts, ${r.documents.length} documents, ${r.deadlines.length} deadlines, ${r.steps.length} steps, ${r.warnings.length} warnings)\n`,
        );
      }
      io.stdout(`\npermit rules show <procedure> lists every id; rule files are in ${join(root, 'rules')}\n`);
    });
  rules
    .command('show')
    .description('show one procedure: its flags and every item id with its source')
    .argument('<procedure>', 'procedure name, e.g. cancel')
    .addOption(format())
    .action(async (procedure: string, opts: { format: string }) => {
      const known = listProcedures(rulesDir);
      if (!known.includes(procedure))
        throw new UsageError(`unknown procedure "${procedure}" (one of: ${known.join(', ')})`);
      const { loadRuleFile } = await import('../../rules/load.js');
      const { loadSourcesFile } = await import('../../sources/registry.js');
      const r = loadRuleFile(rulesDir, procedure, loadSourcesFile(root));
      io.stdout(opts.format === 'json' ? `${JSON.stringify(describeRules(r), null, 2)}\n` : showText(r));
    });
  return rules;
}
