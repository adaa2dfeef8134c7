/**
 * `permit check <procedure>`: facts in (flags, a case file, or an interview), the checklist and
 * due dates out. With flags, the case is built from them; with `--case FILE`, the case file's
 * facts are used and flags given alongside override them (and say so).
 */
import { Command, Option } from 'commander';
import type { IsoDate } from '../../calendar/isoDate.js';
import { caseFacts } from '../../cases/facts.js';
import type { ProcedureEntry } from '../../cases/schema.js';
import { VERSION } from '../../data/build.js';
import { render } from '../../core/render.js';
import type { FactValue } from '../../rules/conditions.js';
import { evaluate } from '../../rules/evaluate.js';
import { InvalidFactsError } from '../../rules/factChecks.js';
import type { Plan } from '../../rules/plan.js';
import type { RuleSet } from '../../rules/ruleSet.js';
import type { CliContext } from '../context.js';
import { OK, type Outcome, UsageError } from '../errors.js';
import { addFactOptions, factsFromOptions, missingFactsMessage } from '../factOptions.js';
import {
  addColorOptions,
  asOfFrom,
  asOfOption,
  calendarFiles,
  calendarOption,
  colorFrom,
  formatOption,
  langFrom,
  langOption,
  DEFAULT_REMIND,
  remindOption,
  widthFrom,
} from '../options.js';
import { noteReplacedYears } from '../calendarNotice.js';
import { pickEntry, readCaseOption } from '../caseOption.js';
import { whereToFile } from '../whereToFile.js';

export const CHECK_FORMATS = ['text', 'json', 'markdown', 'ics'] as const;

export interface CheckOptions {
  asOf?: string;
  calendar?: string[];
  format?: string;
  lang?: string;
  color?: boolean;
  brief?: boolean;
  explain?: boolean;
  interactive?: boolean;
  remind?: number[];
  case?: string;
  procedure?: string;
}

/** Options every `check` has, besides the facts of its procedure. */
export function addCheckOptions(cmd: Command): Command {
  cmd
    .addOption(asOfOption())
    .addOption(calendarOption())
    .addOption(formatOption(CHECK_FORMATS))
    .addOption(langOption())
    .addOption(new Option('--case <file>', 'take the facts from a case file (flags given too override them)'))
    .option('--brief', 'only the summary, errors and warnings, and the deadline table')
    .addOption(remindOption())
    .option('--explain', 'show why each item applies and where its rule is defined')
    .option('--no-interactive', 'never prompt; fail on a missing fact instead');
  return addColorOptions(cmd);
}

/** Builds `check` with a subcommand per procedure; only `wanted` (or all, for help) is loaded in full. */
export async function checkCommand(ctx: CliContext, wanted: string | undefined, done: (o: Outcome) => void): Promise<Command> {
  const check = new Command('check')
    .description('list documents, steps and due dates for a procedure (or for a case file)')
    // `check` and each procedure share option names: each takes the options written after it.
    .enablePositionalOptions()
    .argument('[procedure]', 'the procedure (each has its own flags: permit check <procedure> --help)')
    .option('--procedure <procedure>', 'with --case: which of the case\'s procedures to check');
  addCheckOptions(check);
  check.addHelpText(
    'after',
    `
Examples:
  $ permit check cancel --reason resignation --event-date 2026-11-18
  $ permit check extend --expiry 2027-03-31 --as-of 2026-12-01 --format json
  $ permit check --case examples/cases/ana-lima.yaml
  $ permit check extend --case examples/cases/ana-lima.yaml --submission-date 2027-01-10`,
  );
  check.action(async (procedure: string | undefined) => {
    // A procedure the folder does not have ends up here, not at a subcommand.
    if (procedure !== undefined) throw new UsageError(`unknown procedure "${procedure}" (one of: ${ctx.data.procedures().join(', ')})`);
    done(await runCheck(ctx, undefined, check, check.opts() as CheckOptions));
  });
  for (const procedure of ctx.data.procedures()) {
    const sub = check.command(procedure);
    if (wanted !== undefined && wanted !== procedure) {
      sub.description(`permit check ${procedure} --help for its flags`);
      continue;
    }
    const rules = await ctx.data.rules(procedure);
    const examples = (rules.examples ?? []).map((e) => `  $ permit check ${procedure} ${e}`);
    sub
      .description(`${rules.title.en} (${rules.title.zh})`)
      .addHelpText('after', examples.length > 0 ? `\nExamples:\n${examples.join('\n')}` : '');
    addFactOptions(sub, rules);
    addCheckOptions(sub);
    sub.action(async () => done(await runCheck(ctx, procedure, sub, sub.opts() as CheckOptions)));
  }
  return check;
}


async function runCheck(ctx: CliContext, named: string | undefined, cmd: Command, opts: CheckOptions): Promise<Outcome> {
  const { io, data } = ctx;
  const caseFile = opts.case !== undefined ? await readCaseOption(ctx, opts.case) : undefined;
  let procedure = named ?? opts.procedure;
  let entry: { value: ProcedureEntry; index: number } | undefined;
  if (caseFile) {
    entry = pickEntry(caseFile, procedure);
    const kinds = (caseFile.data.procedures ?? []).map((p) => p.procedure);
    if (!procedure && !entry) {
      throw new UsageError(
        kinds.length === 0
          ? `${caseFile.file} has no procedure in progress; name one: permit check <procedure> --case ${opts.case}`
          : `${caseFile.file} has ${kinds.length} procedures (${kinds.join(', ')}); choose one with --procedure`,
      );
    }
    procedure ??= entry?.value.procedure;
  }
  if (procedure === undefined) {
    throw new UsageError(`name a procedure (${data.procedures().join(', ')}), e.g. permit check cancel, or give --case FILE`);
  }
  if (!data.procedures().includes(procedure))
    throw new UsageError(`unknown procedure "${procedure}" (one of: ${data.procedures().join(', ')})`);
  const rules = await data.rules(procedure);

  const facts = new Map<string, FactValue>();
  const done = new Map<string, IsoDate>();
  if (caseFile) {
    const fromCase = caseFacts(caseFile.data, rules, entry);
    if (fromCase.conflicts.length > 0)
      throw new UsageError(
        fromCase.conflicts.map((k) => `${caseFile.file}: ${k.fact} is given twice with different values (${k.values.join(', ')})`).join('\n'),
      );
    for (const [k, v] of fromCase.facts) facts.set(k, v);
    for (const [k, v] of Object.entries(entry?.value.done ?? {})) done.set(k, v as IsoDate);
  }
  // The flags parsed for this procedure (the bare `check --case` command has none).
  if (named !== undefined) {
    for (const [k, v] of factsFromOptions(cmd, rules)) {
      const before = facts.get(k);
      if (caseFile && before !== undefined && before !== v)
        io.stderr(`permit: --${k} ${String(v)} overrides ${k} = ${String(before)} of ${caseFile.file}\n`);
      facts.set(k, v);
    }
  }

  const asOf = asOfFrom(opts, io);
  const cal = await data.calendar(calendarFiles(opts, io));
  const run = (f: ReadonlyMap<string, FactValue>): Plan => {
    try {
      return evaluate({ rules, facts: f, asOf, calendar: cal.calendar, done, calendarSources: cal.sources });
    } catch (e) {
      if (e instanceof InvalidFactsError) throw new UsageError(e.problems.join('\n'));
      throw e;
    }
  };
  let plan = run(facts);
  refuseInvalid(rules, plan);
  if (plan.openQuestions.length > 0) {
    if (!(opts.interactive !== false && io.interactive)) throw new UsageError(missingFactsMessage(rules, plan.openQuestions));
    const { runInterview } = await import('../interview.js');
    const answered = await runInterview({ io, rules, given: facts, asOf, calendar: cal.calendar, done, lang: langFrom(opts) });
    if (!answered.ok) return answered.outcome;
    plan = run(answered.facts);
    refuseInvalid(rules, plan);
  }

  const where = await whereToFile(ctx, rules, plan, asOf);
  const { PLAN_FORMATS } = await import('../../report/plan/formats.js');
  const format = await (PLAN_FORMATS[opts.format ?? 'text'] ?? PLAN_FORMATS.text)?.();
  if (!format) throw new UsageError(`unknown format ${opts.format}`);
  io.stdout(
    format(
      {
        plan,
        context: {
          version: VERSION,
          calendar: {
            files: [...cal.files],
            publishedThrough: cal.calendar.coveredYears.at(-1) ?? 0,
            replaced: cal.replaced.map((r) => ({ file: r.file, years: [...r.years] })),
          },
          ...(where ? { whereToFile: where.json } : {}),
        },
        ...(where ? { whereText: where.text } : {}),
        ...(caseFile ? { caseId: caseFile.data.id, documentsReady: readyIn(entry?.value) } : {}),
        calendar: cal.calendar,
      },
      {
        lang: langFrom(opts),
        color: colorFrom(opts, io),
        width: widthFrom(io),
        brief: opts.brief === true,
        explain: opts.explain === true,
        remind: opts.remind ?? DEFAULT_REMIND,
      },
    ),
  );
  noteReplacedYears(io, cal);
  return OK;
}

/** The documents a case entry marks ready. */
function readyIn(entry: ProcedureEntry | undefined): ReadonlySet<string> {
  return new Set(Object.entries(entry?.documents ?? {}).flatMap(([id, d]) => (d?.status === 'ready' ? [id] : [])));
}

/** Facts that cannot be true stop the plan: a usage error naming each flag. */
function refuseInvalid(rules: RuleSet, plan: Plan): void {
  const invalid = plan.warnings.filter((w) => w.ruleId === 'fact-invalid' || isFactRule(rules, w.ruleId));
  if (invalid.length > 0) throw new UsageError(invalid.map((w) => `--${w.target}: ${render(w.message, 'en')}`).join('\n'));
}

/** Whether a finding id is a fact constraint of the rule file (`not-before` with its own id). */
function isFactRule(rules: RuleSet, id: string): boolean {
  return rules.facts.some((f) => (f['not-before'] ?? []).some((n) => n.id === id));
}

