/** `permit check <procedure>`: facts in (flags or interview), checklist and due dates out. */
import { readdirSync } from 'node:fs';
import { Command, Option } from 'commander';
import type { IsoDate } from '../../calendar/isoDate.js';
import { loadRules, readSources, type SourcesText } from '../../data/loadData.js';
import type { Snapshot } from '../../data/snapshot.js';
import type { FactValues } from '../../rules/conditions.js';
import { evaluate, type Plan } from '../../rules/evaluate.js';
import type { LoadedRules } from '../../rules/load.js';
import { loadCalendar, todayInChina } from '../environment.js';
import { UsageError } from '../errors.js';
import { addFactOptions, factsFromOptions, missingFactMessage, parseDateArgument } from '../factOptions.js';
import { askOnTerminal, interview } from '../interview.js';
import type { Io } from '../io.js';

/** Procedures available: one per rules/*.yaml file. */
export function listProcedures(rulesDir: string): string[] {
  return readdirSync(rulesDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
}

/** Options every procedure shares. */
export function addCommonOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option(
        '--as-of <YYYY-MM-DD>',
        'judge statuses as of this date (default: today in Asia/Shanghai)',
      ).argParser(parseDateArgument),
    )
    .option(
      '--calendar <file>',
      'extra calendar years (same format as data/calendar/cn.yaml); also PERMIT_CALENDAR',
    )
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option(
      '--district <id>',
      'with --city beijing or nanjing: where the employer is registered, to name its office',
    )
    .option('--explain', 'show why each item applies and where its rule is defined')
    .option('--no-interactive', 'never prompt; fail on a missing fact instead');
}

/** Builds `check` with a subcommand per procedure; only `wanted` (or all, for help) is fully loaded. */
export async function checkCommand(
  root: string,
  rulesDir: string,
  io: Io,
  wanted: string | undefined,
  snapshot: Snapshot | undefined,
): Promise<Command> {
  const check = new Command('check').description('list documents, steps and due dates for a procedure');
  let sources: SourcesText | undefined;
  for (const procedure of listProcedures(rulesDir)) {
    const sub = check.command(procedure);
    if (wanted !== undefined && wanted !== procedure) {
      sub.description(`permit check ${procedure} --help for its flags`);
      continue;
    }
    // The shipped registry resolves the citations of every rule folder, PERMIT_RULES included.
    sources ??= readSources(root);
    const rules = await loadRules(rulesDir, procedure, snapshot, sources);
    const examples = (rules.examples ?? []).map((e) => `  $ permit check ${procedure} ${e}`);
    sub
      .description(`${rules.title.en} (${rules.title.zh})`)
      .addHelpText('after', examples.length > 0 ? `\nExamples:\n${examples.join('\n')}` : '');
    addFactOptions(sub, rules);
    addCommonOptions(sub);
    sub.action(async () => {
      await runCheck(root, io, rules, sub, snapshot);
    });
  }
  return check;
}

async function runCheck(
  root: string,
  io: Io,
  rules: LoadedRules,
  cmd: Command,
  snapshot: Snapshot | undefined,
): Promise<void> {
  const opts = cmd.opts() as {
    district?: string;
    asOf?: string;
    calendar?: string;
    format: 'text' | 'json';
    explain?: boolean;
    interactive: boolean;
  };
  const { calendar, files } = await loadCalendar(root, [io.env.PERMIT_CALENDAR, opts.calendar], snapshot);
  const asOf = (opts.asOf ?? todayInChina(io.now())) as IsoDate;
  const calendarSource = files.join(' + ');
  const run = (facts: FactValues, useDefaults = true) =>
    evaluate({ rules, facts, asOf, calendar, calendarSource, useDefaults });

  let facts = factsFromOptions(cmd, rules);
  let plan = run(facts);
  if (plan.openQuestions.length > 0) {
    if (!(opts.interactive && io.interactive)) {
      throw new UsageError(missingFactMessage(rules, plan.openQuestions[0] as Plan['openQuestions'][number]));
    }
    const given = facts;
    facts = await interview(
      rules,
      given,
      (f) => run(f, false).openQuestions.map((q) => q.fact),
      askOnTerminal,
    );
    plan = run(facts);
  }

  // Where to go, when the employer's city is one permit has office data for.
  const city = plan.facts.city;
  const where =
    typeof city === 'string' && city !== 'other'
      ? (await import('./offices.js')).whereToGo(root, city, opts.district, asOf)
      : undefined;

  const officesReport = where ? await import('../../offices/report.js') : undefined;
  if (opts.format === 'json') {
    const { planToJson } = await import('../../report/json.js');
    const whereToFile = where && officesReport ? { whereToFile: officesReport.answerToJson(where) } : {};
    io.stdout(`${JSON.stringify({ ...planToJson(plan), ...whereToFile }, null, 2)}\n`);
  } else {
    const { planToText } = await import('../../report/text.js');
    io.stdout(planToText(plan, { color: io.color, explain: opts.explain === true }));
    if (where && officesReport) io.stdout(`\n${officesReport.answerToText(where, { color: io.color })}`);
  }
}
