/**
 * `permit validate [paths…]`: every case file of the paths checked (files, folders searched for
 * *.yaml and *.yml, globs), findings in the format CI shows, exit code 0 (no error), 1 (errors,
 * or more warnings than --max-warnings) or 2 (nothing could be checked).
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { IsoDate } from '../../calendar/isoDate.js';
import type { CaseEnv } from '../../core/evaluateCase.js';
import { CORE_RULES, WAIVABLE_CORE } from '../../core/coreRules.js';
import { wrap } from '../../report/layout.js';
import { fileFinding } from '../../cases/read.js';
import type { FormatOptions, ValidateFormatter } from '../../report/validate/formatter.js';
import { checkFile } from '../../validate/checkFile.js';
import { type FileResult, runExitCode, addToTotals, emptyTotals } from '../../validate/run.js';
import { shownPath, walk } from '../../validate/walk.js';
import type { CliContext } from '../context.js';
import { EXIT, type Outcome, UsageError } from '../errors.js';
import { addColorOptions, asOfFrom, asOfOption, calendarFiles, calendarOption, colorFrom, inCi, langFrom, langOption, DEFAULT_REMIND, remindOption, widthFrom } from '../options.js';
import { noteReplacedYears } from '../calendarNotice.js';
import { runHeader } from '../runHeader.js';
import { DUE_SOON_WORKDAYS } from '../../rules/status.js';

/** The formats, and the module each lives in (imported only when chosen). */
export const VALIDATE_FORMAT_NAMES = ['text', 'json', 'junit', 'github', 'sarif', 'gitlab', 'markdown', 'ics', 'html'] as const;

const wholeNumber = (flag: string) => (v: string) => {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError(`${flag} takes a whole number, got "${v}"`);
  return Number(v);
};

interface ValidateOptions {
  asOf?: string;
  calendar?: string[];
  format?: string;
  output?: string;
  warnWithin?: number;
  maxWarnings?: number;
  waivers?: boolean;
  allowEmpty?: boolean;
  listFiles?: boolean;
  lang?: string;
  color?: boolean;
  remind?: number[];
}

/** Where the report goes: stdout, or a temporary file renamed into place at the end. */
function openOutput(ctx: CliContext, output: string | undefined) {
  if (output === undefined) return { write: (t: string) => ctx.io.stdout(t), finish: () => {}, abort: () => {} };
  const path = resolve(ctx.io.cwd, output);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'w', 0o644);
  } catch (e) {
    throw new UsageError(`cannot write ${output}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : ((e as NodeJS.ErrnoException).code ?? 'error')}`);
  }
  const fail = (e: unknown) => {
    rmSync(temp, { force: true });
    throw new UsageError(`cannot write ${output}: ${(e as NodeJS.ErrnoException).code === 'ENOSPC' ? 'no space left on the device' : ((e as NodeJS.ErrnoException).code ?? 'error')}`);
  };
  return {
    write: (t: string) => {
      try {
        writeSync(fd, t);
      } catch (e) {
        fail(e);
      }
    },
    finish: () => {
      try {
        closeSync(fd);
        renameSync(temp, path);
      } catch (e) {
        fail(e);
      }
    },
    abort: () => {
      try {
        closeSync(fd);
      } catch {
        /* already closed */
      }
      rmSync(temp, { force: true });
    },
  };
}

export function validateCommand(ctx: CliContext, done: (o: Outcome) => void): Command {
  const { io, data } = ctx;
  const cmd = new Command('validate')
    .description('check case files in CI: missing documents, stale certificates, deadlines due or overdue')
    .argument('[paths...]', 'case files, folders (searched for *.yaml and *.yml) or globs')
    .addOption(asOfOption('judge deadlines as of this date'))
    .addOption(calendarOption())
    .addOption(new Option('--format <format>', 'output format (default: text)').choices(VALIDATE_FORMAT_NAMES))
    .option('--output <file>', 'write the report to a file (atomically) instead of stdout')
    .addOption(new Option('--warn-within <days>', 'working days ahead within which a due date is due soon (default: 5)').argParser(wholeNumber('--warn-within')))
    .addOption(new Option('--max-warnings <n>', 'fail (exit 1) with more warnings than this').argParser(wholeNumber('--max-warnings')))
    .option('--no-waivers', 'ignore every waiver: show all findings, for audits')
    .option('--allow-empty', 'exit 0 when no case file matches (default: exit 2)')
    .option('--list-files', 'list the files that would be checked, and stop')
    .addOption(remindOption())
    .addOption(langOption());
  addColorOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${wrap(`Findings (their ids are stable; README, "Findings"): ${CORE_RULES.map((r) => r.id).join(', ')}, and the rule files' warnings as <procedure>/<warning-id>. A waiver may cover ${[...WAIVABLE_CORE].join(', ')} and rule-file warnings; never a deadline set by law.`, 80)}

Exit codes: 0 no error finding; 1 at least one (or more warnings than --max-warnings);
2 nothing could be checked (bad flag, unreadable rules, no file matched, output not writable).

Examples:
  $ permit validate cases/
  $ permit validate cases/ --as-of 2026-12-01 --format json --output reports/permit.json
  $ permit validate 'cases/**/*.yaml' --format github
  $ permit validate cases/ --format junit --output reports/permit-junit.xml
  $ permit validate cases/ --list-files`,
  );
  cmd.action(async (paths: string[], opts: ValidateOptions) => {
    if (paths.length === 0) throw new UsageError('name the case files or folders to check, e.g. permit validate cases/');
    const found = walk(paths, io.cwd);
    if (found.unmatched.length > 0 && !opts.allowEmpty)
      throw new UsageError(`no case file matches ${found.unmatched.map((u) => `"${u}"`).join(', ')} (give a folder, a .yaml file or a glob; --allow-empty to accept)`);
    const total = found.files.length + found.notFiles.length;
    if (total === 0 && !opts.allowEmpty) throw new UsageError(`no case files (*.yaml, *.yml) in ${paths.join(', ')}; --allow-empty to accept`);
    if (opts.listFiles) {
      for (const f of found.files) io.stdout(`${shownPath(f, io.cwd)}\n`);
      for (const n of found.notFiles) io.stdout(`${shownPath(n.path, io.cwd)}  (${n.what}: will be reported)\n`);
      io.stderr(`permit: ${total} file${total === 1 ? '' : 's'} would be checked\n`);
      return done({ exitCode: EXIT.ok });
    }

    const format = opts.format ?? 'text';
    const { VALIDATE_FORMATS } = await import('../../report/validate/formats.js');
    const load = VALIDATE_FORMATS[format];
    if (!load) throw new UsageError(`the ${format} format is not available in this build`);
    const formatter: ValidateFormatter = await load();
    const catalog = await data.catalog();
    const { caseSchemaFor } = await import('../../cases/schema.js');
    const schema = caseSchemaFor(catalog);
    const cal = await data.calendar(calendarFiles(opts, io));
    noteReplacedYears(io, cal);
    const asOf = asOfFrom(opts, io) as IsoDate;
    const env: CaseEnv = {
      catalog,
      calendar: cal.calendar,
      calendarSources: cal.sources,
      asOf,
      ...(opts.warnWithin !== undefined ? { warnWithin: opts.warnWithin } : {}),
      waivers: opts.waivers !== false,
    };
    const header = await runHeader(
      ctx,
      { catalog, cal, asOf, asOfGiven: opts.asOf !== undefined },
      {
        warnWithin: opts.warnWithin ?? DUE_SOON_WORKDAYS,
        waivers: opts.waivers !== false,
        ...(opts.maxWarnings !== undefined ? { maxWarnings: opts.maxWarnings } : {}),
      },
    );
    const fmt: FormatOptions = {
      lang: langFrom(opts),
      color: opts.output ? false : colorFrom(opts, io),
      width: opts.output ? 100 : widthFrom(io),
      calendar: cal.calendar,
      remind: opts.remind ?? DEFAULT_REMIND,
    };
    const out = openOutput(ctx, opts.output);
    const progress = io.stderrTty && !inCi(io) && total >= 20 ? await startProgress(io, total) : undefined;
    try {
      out.write(formatter.head?.(header, fmt) ?? '');
      const results: FileResult[] = [];
      const totals = emptyTotals();
      const ids = new Map<string, string>();
      const push = (r: FileResult) => {
        let result = r;
        if (r.caseId !== undefined) {
          const other = ids.get(r.caseId);
          if (other === undefined) ids.set(r.caseId, r.file);
          else {
            result = {
              ...r,
              findings: [
                ...r.findings,
                {
                  ...fileFinding('case-schema', r.file, { line: r.idAt?.line ?? 1, col: r.idAt?.column ?? 1 }, '', r.caseId),
                  ruleId: 'case-duplicate-id',
                  message: { id: 'case.duplicate-id', data: { id: r.caseId, other } },
                },
              ],
            };
          }
        }
        out.write(formatter.file?.(result, totals.files, fmt) ?? '');
        addToTotals(totals, result);
        if (!formatter.streamed)
          results.push(formatter.keep ? formatter.keep(result, fmt) : formatter.needsPlans ? result : { ...result, plans: undefined, watched: undefined });
        progress?.increment();
      };
      for (const n of found.notFiles) {
        const file = shownPath(n.path, io.cwd);
        push({ file, procedures: [], findings: [fileFinding('case-parse', file, { line: 1, col: 1 }, `not a case file: ${n.what}`)] });
      }
      for (const path of found.files) push(checkFile(path, shownPath(path, io.cwd), schema, env, { keepPlans: formatter.needsPlans === true }));
      progress?.stop();
      const run = { header, files: results, totals };
      if (formatter.tailChunks) for (const chunk of formatter.tailChunks(run, fmt)) out.write(chunk);
      else out.write(formatter.tail(run, fmt));
      out.finish();
      if (formatter.summary && io.env.GITHUB_STEP_SUMMARY) {
        const { appendFileSync } = await import('node:fs');
        try {
          appendFileSync(io.env.GITHUB_STEP_SUMMARY, formatter.summary(run, fmt));
        } catch {
          io.stderr('permit: cannot append to $GITHUB_STEP_SUMMARY; the annotations are still written\n');
        }
      }
      if (opts.output) io.stderr(`permit: wrote ${opts.output}\n`);
      return done({ exitCode: runExitCode(run) });
    } catch (e) {
      progress?.stop();
      out.abort();
      throw e;
    }
  });
  return cmd;
}

/** A progress bar on stderr, for a terminal only (never in CI or a log). */
async function startProgress(io: CliContext['io'], total: number) {
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    { stream: io.errStream, format: 'checking {bar} {value}/{total} files', clearOnComplete: true, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}
