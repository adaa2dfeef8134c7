/**
 * `permit interview [procedure]`: asks what the plan needs for one employee (the procedure first
 * when none is named), shows the review, prints the checklist, and with `--save FILE` writes the
 * answers as a case file. `--from FILE` starts from a case file and asks only what is missing.
 * Without a terminal it never waits: every missing required fact is named as a flag (exit 2).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { IsoDate } from '../../calendar/isoDate.js';
import { caseFacts } from '../../cases/facts.js';
import type { CaseFile } from '../../cases/read.js';
import type { ProcedureEntry } from '../../cases/schema.js';
import { message, type Text } from '../../core/message.js';
import { render } from '../../core/render.js';
import { VERSION } from '../../data/build.js';
import type { FactValue } from '../../rules/conditions.js';
import { evaluate } from '../../rules/evaluate.js';
import { InvalidFactsError } from '../../rules/factChecks.js';
import type { Plan } from '../../rules/plan.js';
import type { RuleSet } from '../../rules/ruleSet.js';
import type { CliContext } from '../context.js';
import { OK, type Outcome, UsageError } from '../errors.js';
import { addFactOptions, factsFromOptions, missingFactsMessage } from '../factOptions.js';
import { caseData, caseIdForFile, caseYaml, draftName } from '../interview/caseFile.js';
import { conduct, type DocumentChoice } from '../interview/drive.js';
import { equivalentCommand, shellWord } from '../interview/equivalent.js';
import { Interview } from '../interview/model.js';
import { Interrupted, TerminalPrompter, Wording } from '../interview/terminal.js';
import { writeFileAtomic } from '../writeFile.js';
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
  widthFrom,
} from '../options.js';
import { noteReplacedYears } from '../calendarNotice.js';
import { pickEntry, readCaseOption } from '../caseOption.js';
import { whereToFile } from '../whereToFile.js';

const FORMATS = ['text', 'json'] as const;

interface InterviewOptions {
  asOf?: string;
  calendar?: string[];
  format?: string;
  lang?: string;
  color?: boolean;
  save?: string;
  force?: boolean;
  from?: string;
}

function addInterviewOptions(cmd: Command): Command {
  cmd
    .addOption(asOfOption())
    .addOption(calendarOption())
    .addOption(formatOption(FORMATS))
    .addOption(langOption())
    .addOption(new Option('--save <file>', 'write the answers as a case file (permit/case@1); never over an existing file without --force'))
    .addOption(new Option('--force', 'with --save: replace an existing file'))
    .addOption(new Option('--from <file>', 'start from a case file and ask only what is missing'));
  return addColorOptions(cmd);
}

export function interviewCommand(ctx: CliContext, done: (o: Outcome) => void): Command {
  const cmd = new Command('interview')
    .description('answer a few questions about one employee: the checklist, and a case file with --save')
    .enablePositionalOptions()
    .argument('[procedure]', 'the procedure (asked first when not given)');
  addInterviewOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ permit interview
  $ permit interview cancel --save cases/ana-lima.yaml
  $ permit interview apply --from cases/new-hire.yaml --save cases/new-hire.yaml --force
  $ permit interview cancel --reason resignation --lang zh

Type < and Enter in a date question, or choose "Back", to go back one question. Ctrl-C stops;
with --save the answers so far are kept in FILE.draft.yaml (exit 130; SIGTERM 143, SIGHUP 129).`,
  );
  cmd.action(async (procedure: string | undefined) => {
    if (procedure !== undefined) throw new UsageError(`unknown procedure "${procedure}" (one of: ${ctx.data.procedures().join(', ')})`);
    done(await runInterviewCommand(ctx, undefined, undefined, cmd.opts() as InterviewOptions));
  });
  for (const procedure of ctx.data.procedures()) {
    const sub = cmd.command(procedure).description(`interview for ${procedure} (permit interview ${procedure} --help for its flags)`);
    addInterviewOptions(sub);
    sub.action(async () =>
      done(await runInterviewCommand(ctx, procedure, sub, { ...(cmd.opts() as InterviewOptions), ...(sub.opts() as InterviewOptions) })),
    );
  }
  // A procedure's fact flags (--reason, --event-date, …) need its rules, loaded only when it runs.
  cmd.hook('preSubcommand', async (_parent, sub) => {
    const rules = await ctx.data.rules(sub.name());
    sub.description(`${rules.title.en} (${rules.title.zh}): the interview; facts given as flags are not asked`);
    addFactOptions(sub, rules);
  });
  return cmd;
}


async function runInterviewCommand(
  ctx: CliContext,
  named: string | undefined,
  cmd: Command | undefined,
  opts: InterviewOptions,
): Promise<Outcome> {
  const { io, data } = ctx;
  const lang = langFrom(opts);
  const words = new Wording(lang);
  const say = (t: Text) => io.stderr(`permit: ${words.say(t)}\n`);
  const interactive = io.interactive && io.terminal !== undefined;
  const from = opts.from !== undefined ? await readCaseOption(ctx, opts.from) : undefined;
  const save = opts.save !== undefined ? { display: opts.save, path: resolve(io.cwd, opts.save) } : undefined;
  if (save && save.display.trim() === '') throw new UsageError('--save needs a file name, e.g. --save cases/ana-lima.yaml');
  // Said before the first question, not after the last one.
  if (save && statSync(dirname(save.path), { throwIfNoEntry: false })?.isDirectory() !== true)
    throw new UsageError(`cannot write ${save.display}: its folder does not exist`);
  if (save && statSync(save.path, { throwIfNoEntry: false })?.isDirectory() === true)
    throw new UsageError(`cannot write ${save.display}: it is a directory`);

  let procedure = named ?? (from ? pickEntry(from, undefined)?.value.procedure : undefined);
  if (procedure !== undefined && !data.procedures().includes(procedure))
    throw new UsageError(`unknown procedure "${procedure}" (one of: ${data.procedures().join(', ')})`);
  if (procedure === undefined && !interactive) throw new UsageError(words.say(message('interview.no-procedure', { procedures: data.procedures().join(', ') })));

  let prompter: TerminalPrompter | undefined;
  let rules: RuleSet | undefined;
  let iv: Interview | undefined;
  let entry: { value: ProcedureEntry; index: number } | undefined;
  const given = new Map<string, FactValue>();
  const asOf = asOfFrom(opts, io);
  const pass = {
    ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
    ...(opts.calendar ? { calendar: opts.calendar } : {}),
    ...(opts.lang !== undefined ? { lang: opts.lang } : {}),
    ...(opts.format !== undefined ? { format: opts.format } : {}),
  };
  let drafted: { text: Text } | undefined;
  /** Saves the answers so far beside --save (once); what to tell the user, or undefined. */
  const draft = (): { text: Text } | undefined => {
    if (drafted || !save || !rules) return drafted;
    const known = iv ? iv.facts() : given;
    if (known.size === 0) return undefined;
    drafted = { text: saveDraft(ctx, rules, known, save, from, entry, asOf, pass) };
    return drafted;
  };
  try {
    // On a hang-up the draft is written at once: the dead terminal may end the process early.
    if (interactive && io.terminal) prompter = new TerminalPrompter(io.terminal, lang, { onLost: () => draft() });
    if (procedure === undefined && prompter) {
      const choices = [];
      for (const p of data.procedures()) choices.push({ value: p, label: (await data.rules(p)).title });
      procedure = await prompter.choose(message('interview.procedure'), choices);
    }
    const theRules = await data.rules(procedure as string);
    rules = theRules;
    if (from) {
      entry = pickEntry(from, theRules.procedure);
      const fromCase = caseFacts(from.data, theRules, entry);
      if (fromCase.conflicts.length > 0)
        throw new UsageError(
          fromCase.conflicts.map((k) => `${from.file}: ${k.fact} is given twice with different values (${k.values.join(', ')})`).join('\n'),
        );
      for (const [k, v] of fromCase.facts) given.set(k, v);
    }
    if (cmd) {
      for (const [k, v] of factsFromOptions(cmd, theRules)) {
        const before = given.get(k);
        if (from && before !== undefined && before !== v) io.stderr(`permit: --${k} ${String(v)} overrides ${k} = ${String(before)} of ${from.file}\n`);
        given.set(k, v);
      }
    }
    const doneDates = new Map(Object.entries(entry?.value.done ?? {}) as [string, IsoDate][]);
    const cal = await data.calendar(calendarFiles(opts, io));
    const run = (f: ReadonlyMap<string, FactValue>): Plan => {
      try {
        return evaluate({ rules: theRules, facts: f, asOf, calendar: cal.calendar, done: doneDates, calendarSources: cal.sources });
      } catch (e) {
        if (e instanceof InvalidFactsError) throw new UsageError(e.problems.join('\n'));
        throw e;
      }
    };
    const first = run(given);
    refuseInvalid(theRules, first);

    let facts: Map<string, FactValue> = given;
    let overwrite = opts.force === true;
    let inHand: Map<string, boolean> | undefined;
    if (!prompter) {
      if (first.openQuestions.length > 0) throw new UsageError(missingFactsMessage(theRules, first.openQuestions));
      if (save && !overwrite && existsSync(save.path)) throw new UsageError(words.say(message('interview.exists', { file: save.display })));
    } else {
      if (save && !overwrite && existsSync(save.path)) {
        overwrite = await prompter.yesNo(message('interview.overwrite', { file: save.display }), false);
        if (!overwrite) throw new UsageError(words.say(message('interview.overwrite-declined', { file: save.display })));
      }
      iv = new Interview({ rules: theRules, asOf, calendar: cal.calendar, given, done: doneDates });
      await conduct(iv, prompter, { review: true });
      facts = iv.facts();
      if (save) inHand = await prompter.documents(documentChoices(theRules, run(facts), facts, entry?.value));
      prompter.finish();
    }

    const plan = run(facts);
    refuseInvalid(theRules, plan);
    await printPlan(ctx, theRules, plan, asOf, cal, opts);
    if (save) {
      const text = caseText(theRules, facts, save.display, from, entry, {
        documents: { ids: plan.documents.map((d) => d.id), ...(inHand ? { inHand } : {}) },
        header: [
          render(message('interview.file-header', { procedure: theRules.procedure, asOf, file: save.display }), 'en'),
          render(message('interview.file-header', { procedure: theRules.procedure, asOf, file: save.display }), 'zh'),
          render(message('interview.documents-header'), 'en'),
          render(message('interview.documents-header'), 'zh'),
        ],
      });
      writeFileAtomic(save.path, text, { overwrite, display: save.display });
      say(message('interview.saved', { file: save.display, schema: 'permit/case@1' }));
    }
    if (prompter) {
      const lines = [equivalentCommand(theRules, facts, pass), ...(save ? [`permit check --case ${shellWord(save.display)}`] : [])];
      io.stderr(`permit: ${words.say(message('interview.rerun'))}\n${lines.map((l) => `  ${l}\n`).join('')}`);
    }
    return OK;
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e;
    const saved = draft();
    say(saved ? saved.text : message(save ? 'interview.interrupted' : 'interview.interrupted-hint'));
    return { exitCode: e.exitCode };
  } finally {
    prompter?.dispose();
  }
}

/** The documents of the plan, each preselected as in hand when the case or an issue date says so. */
function documentChoices(rules: RuleSet, plan: Plan, facts: ReadonlyMap<string, FactValue>, entry: ProcedureEntry | undefined): DocumentChoice[] {
  const issuedFact = new Map<string, string>();
  for (const f of rules.facts) {
    const m = f.case ? /^documents\.(.+)\.issued$/.exec(f.case) : null;
    if (m?.[1]) issuedFact.set(m[1], f.id);
  }
  const listed = (entry?.documents ?? {}) as Record<string, { status?: string } | undefined>;
  return plan.documents.map((d) => {
    const fact = issuedFact.get(d.id);
    return {
      id: d.id,
      title: d.title,
      inHand: listed[d.id]?.status === 'ready' || (fact !== undefined && facts.has(fact)),
    };
  });
}

function caseText(
  rules: RuleSet,
  facts: ReadonlyMap<string, FactValue>,
  file: string,
  from: CaseFile | undefined,
  entry: { index: number } | undefined,
  extra: { documents?: { ids: readonly string[]; inHand?: ReadonlyMap<string, boolean> }; header: readonly string[] },
): string {
  const data = caseData({
    rules,
    facts,
    id: caseIdForFile(file),
    ...(from ? { base: from.data as Record<string, unknown> } : {}),
    ...(entry ? { entryIndex: entry.index } : {}),
    ...(extra.documents ? { documents: extra.documents } : {}),
  });
  return caseYaml(data, extra.header);
}

/** Writes the answers so far beside the --save file, never over anything; says how to go on. */
function saveDraft(
  ctx: CliContext,
  rules: RuleSet,
  facts: ReadonlyMap<string, FactValue>,
  save: { display: string; path: string },
  from: CaseFile | undefined,
  entry: { index: number } | undefined,
  asOf: IsoDate,
  pass: { asOf?: string; lang?: string },
): Text {
  let reason = 'no free file name';
  for (let n = 1; n <= 50; n++) {
    const display = draftName(save.display, n);
    const path = resolve(ctx.io.cwd, display);
    if (existsSync(path)) continue;
    const go = [
      'permit',
      'interview',
      rules.procedure,
      '--from',
      display,
      '--save',
      save.display,
      ...(pass.asOf !== undefined ? ['--as-of', pass.asOf] : []),
      ...(pass.lang !== undefined ? ['--lang', pass.lang] : []),
    ]
      .map(shellWord)
      .join(' ');
    const header = (['en', 'zh'] as const).map((l) => render(message('interview.draft-header', { procedure: rules.procedure, asOf, command: go }), l));
    try {
      writeFileAtomic(path, caseText(rules, facts, save.display, from, entry, { header }), { display });
      return message('interview.interrupted-draft', { draft: display, command: go });
    } catch (e) {
      // Another file took the name meanwhile: try the next; any other problem ends the attempt.
      if (existsSync(path)) continue;
      reason = e instanceof Error ? e.message : String(e);
      break;
    }
  }
  return message('interview.draft-failed', { reason });
}

async function printPlan(
  ctx: CliContext,
  rules: RuleSet,
  plan: Plan,
  asOf: IsoDate,
  cal: Awaited<ReturnType<CliContext['data']['calendar']>>,
  opts: InterviewOptions,
): Promise<void> {
  const { io } = ctx;
  const where = await whereToFile(ctx, rules, plan, asOf);
  if ((opts.format ?? 'text') === 'json') {
    const { planToJson } = await import('../../report/planJson.js');
    const json = planToJson(plan, {
      version: VERSION,
      calendar: {
        files: [...cal.files],
        publishedThrough: cal.calendar.coveredYears.at(-1) ?? 0,
        replaced: cal.replaced.map((r) => ({ file: r.file, years: [...r.years] })),
      },
      ...(where ? { whereToFile: where.json } : {}),
    });
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const { planToText } = await import('../../report/planText.js');
    const color = colorFrom(opts, io);
    io.stdout(
      planToText(plan, { lang: langFrom(opts), color, width: widthFrom(io), brief: false, explain: false }, where ? { where: where.text({ color, lang: langFrom(opts), width: widthFrom(io) }) } : {}),
    );
  }
  noteReplacedYears(io, cal);
}

/** Facts that cannot be true stop the plan: a usage error naming each flag (as `permit check`). */
function refuseInvalid(rules: RuleSet, plan: Plan): void {
  const ids = new Set(rules.facts.flatMap((f) => (f['not-before'] ?? []).flatMap((n) => (n.id ? [n.id] : []))));
  const invalid = plan.warnings.filter((w) => w.ruleId === 'fact-invalid' || ids.has(w.ruleId));
  if (invalid.length > 0) throw new UsageError(invalid.map((w) => `--${w.target}: ${render(w.message, 'en')}`).join('\n'));
}

