/**
 * `permit agenda [paths…] --within 30`: what to do across every case file, by date. Each due
 * deadline not met yet that falls in the next N days, everything already overdue, and the
 * extension dates that permit and residence-permit expiries imply for cases with nothing in
 * progress; one line each. The cases are read and checked as `permit validate` does.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { IsoDate } from '../../calendar/isoDate.js';
import { fileFinding } from '../../cases/read.js';
import type { CaseEnv } from '../../core/evaluateCase.js';
import { render } from '../../core/render.js';
import { VERSION } from '../../data/build.js';
import { checkFile } from '../../validate/checkFile.js';
import { type FileResult, totalsOf, type ValidateRun } from '../../validate/run.js';
import { shownPath, walk } from '../../validate/walk.js';
import type { CliContext } from '../context.js';
import { EXIT, type Outcome, UsageError } from '../errors.js';
import { addColorOptions, asOfFrom, asOfOption, calendarFiles, calendarOption, colorFrom, formatOption, langFrom, langOption, DEFAULT_REMIND, remindOption, widthFrom } from '../options.js';
import { noteReplacedYears } from '../calendarNotice.js';
import { runHeader } from '../runHeader.js';
import { DUE_SOON_WORKDAYS } from '../../rules/status.js';

export const AGENDA_FORMATS = ['text', 'json', 'markdown', 'ics', 'html'] as const;

/** Days ahead when --within is not given. */
export const DEFAULT_WITHIN = 30;

interface AgendaOptions {
  asOf?: string;
  calendar?: string[];
  format?: string;
  within?: number;
  remind?: number[];
  lang?: string;
  color?: boolean;
}

const parseWithin = (v: string): number => {
  if (!/^\d+$/.test(v) || Number(v) > 3660) throw new InvalidArgumentError(`--within takes a whole number of days up to 3660, e.g. 30; got "${v}"`);
  return Number(v);
};

export function agendaCommand(ctx: CliContext, done: (o: Outcome) => void): Command {
  const { io, data } = ctx;
  const cmd = new Command('agenda')
    .description('every deadline of every case in the next days (and everything overdue), by date')
    .argument('[paths...]', 'case files, folders (searched for *.yaml and *.yml) or globs')
    .addOption(new Option('--within <days>', `calendar days ahead to look (default: ${DEFAULT_WITHIN}); overdue deadlines are always listed`).argParser(parseWithin))
    .addOption(asOfOption())
    .addOption(calendarOption())
    .addOption(formatOption(AGENDA_FORMATS))
    .addOption(remindOption())
    .addOption(langOption());
  addColorOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Each line: the date to plan by and its weekday, the working days left (negative: overdue),
the case, and what to do. Listed: due deadlines not met yet of the procedures in progress, and
the extension a permit's or residence permit's expiry calls for when the case has none in
progress ("not started"). Earliest dates, ends of periods and estimates are not listed.

Exit codes: 0 the agenda covers every file; 1 some files are not readable cases and are left
out (they are named on stderr; permit validate says why); 2 nothing could be read (bad flag,
unreadable rules, no file matched).

Examples:
  $ permit agenda examples/cases/
  $ permit agenda examples/cases/ --within 60 --as-of 2026-12-01
  $ permit agenda cases/ --format ics --remind 10,5,1 > permit.ics
  $ permit agenda cases/ --format markdown --lang zh`,
  );
  cmd.action(async (paths: string[], opts: AgendaOptions) => {
    if (paths.length === 0) throw new UsageError('name the case files or folders, e.g. permit agenda cases/');
    const found = walk(paths, io.cwd);
    if (found.unmatched.length > 0)
      throw new UsageError(`no case file matches ${found.unmatched.map((u) => `"${u}"`).join(', ')} (give a folder, a .yaml file or a glob)`);
    if (found.files.length + found.notFiles.length === 0) throw new UsageError(`no case files (*.yaml, *.yml) in ${paths.join(', ')}`);

    const within = opts.within ?? DEFAULT_WITHIN;
    const format = opts.format ?? 'text';
    const lang = langFrom(opts);
    const catalog = await data.catalog();
    const { caseSchemaFor } = await import('../../cases/schema.js');
    const schema = caseSchemaFor(catalog);
    const cal = await data.calendar(calendarFiles(opts, io));
    const asOf = asOfFrom(opts, io) as IsoDate;
    const env: CaseEnv = { catalog, calendar: cal.calendar, calendarSources: cal.sources, asOf, waivers: true };
    const header = await runHeader(ctx, { catalog, cal, asOf, asOfGiven: opts.asOf !== undefined }, { warnWithin: DUE_SOON_WORKDAYS, waivers: true });
    const files: FileResult[] = [];
    for (const n of found.notFiles) {
      const file = shownPath(n.path, io.cwd);
      files.push({ file, procedures: [], findings: [fileFinding('case-parse', file, { line: 1, col: 1 }, `not a case file: ${n.what}`)] });
    }
    for (const path of found.files) files.push(checkFile(path, shownPath(path, io.cwd), schema, env, { keepPlans: true }));
    const run: ValidateRun = { header, files, totals: totalsOf(files) };

    const { buildAgenda } = await import('../../report/agenda/model.js');
    const agenda = buildAgenda(run, within);
    const width = widthFrom(io);
    const remind = opts.remind ?? DEFAULT_REMIND;
    if (format === 'text') {
      const { agendaToText } = await import('../../report/agenda/render.js');
      io.stdout(agendaToText(agenda, { lang, color: colorFrom(opts, io), width }));
    } else if (format === 'json') {
      const { agendaToJson } = await import('../../report/agenda/render.js');
      io.stdout(`${JSON.stringify(agendaToJson(agenda, VERSION), null, 2)}\n`);
    } else if (format === 'markdown') {
      const { agendaToMarkdown } = await import('../../report/agenda/render.js');
      io.stdout(agendaToMarkdown(agenda, lang));
    } else if (format === 'ics') {
      const { agendaToIcs } = await import('../../report/agenda/ics.js');
      io.stdout(agendaToIcs(agenda, { lang, version: VERSION, remind, calendar: cal.calendar }));
    } else {
      // The page another format builds from a validate run with its plans.
      const { VALIDATE_FORMATS } = await import('../../report/validate/formats.js');
      const html = await VALIDATE_FORMATS.html?.();
      if (!html) throw new UsageError('the html format is not available in this build');
      io.stdout(html.tail(run, { lang, color: false, width, calendar: cal.calendar, remind } as Parameters<typeof html.tail>[1]));
    }

    noteReplacedYears(io, cal);
    const ids = new Map<string, string>();
    for (const f of files) {
      if (f.caseId === undefined) continue;
      const other = ids.get(f.caseId);
      if (other !== undefined) io.stderr(`permit: the case id ${f.caseId} is used by ${other} and ${f.file}; calendar events of one replace the other's (permit validate reports it)\n`);
      else ids.set(f.caseId, f.file);
    }
    if (agenda.skipped.length > 0) {
      io.stderr(`permit: ${agenda.skipped.length} file${agenda.skipped.length === 1 ? ' is' : 's are'} not a readable case and left out of the agenda; run permit validate on ${agenda.skipped.length === 1 ? 'it' : 'them'}:\n`);
      for (const s of agenda.skipped)
        io.stderr(`  ${s.file}:${s.finding.line ?? 1}:${s.finding.column ?? 1}  ${render(s.finding.message, 'en')}  [${s.finding.ruleId}]\n`);
      return done({ exitCode: EXIT.findings });
    }
    return done({ exitCode: EXIT.ok });
  });
  return cmd;
}
