/** `permit offices --city <id> [--district <id>]`: where an employer files, and the portal of a date. */
import { Command } from 'commander';
import type { IsoDate } from '../../calendar/isoDate.js';
import { type OfficesData, UnknownPlaceError } from '../../offices/load.js';
import { answerToJson, answerToText, answerWhere, type WhereAnswer } from '../../offices/report.js';
import { wrap } from '../../report/layout.js';
import type { CliContext } from '../context.js';
import { OK, type Outcome, UsageError } from '../errors.js';
import {
  addColorOptions,
  asOfFrom,
  asOfOption,
  colorFrom,
  formatOption,
  langFrom,
  langOption,
  widthFrom,
} from '../options.js';

const EXAMPLES = `
Examples:
  $ permit offices --city beijing --district chaoyang
  $ permit offices --city nanjing --district jiangbei --format json
  $ permit offices --city beijing --as-of 2018-06-01`;

/** One district id and its name, the name wrapped to `width` under its own column. */
const areaLine = (id: string, name: string, indent: string, width: number) =>
  wrap(name, width, `${indent}${id.padEnd(28)}`, ' '.repeat(indent.length + 28));

/** The cities and their district (or registration-area) ids, for error messages. */
function placesText(data: OfficesData, width: number): string {
  const lines = [wrap('Cities and districts (--district is where the employer is registered):', width)];
  for (const city of data.cities) {
    lines.push(wrap(`${city.name.en} (${city.name.zh})`, width, `  --city ${city.id}  `, '    '));
    for (const area of city.areas) lines.push(areaLine(area.id, area.name.en, '    ', width));
  }
  return lines.join('\n');
}

/** `Chaoyang District` → `chaoyang-district`; ids are kebab-case. */
const normalise = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

function areaList(data: OfficesData, cityId: string, width: number): string {
  const city = data.cities.find((c) => c.id === cityId);
  return (city?.areas ?? []).map((a) => areaLine(a.id, a.name.en, '  ', width)).join('\n');
}

/** answerWhere with unknown cities and districts turned into usage errors listing the valid ids. */
function answerFor(
  d: OfficesData,
  city: string,
  district: string | undefined,
  asOf: IsoDate,
  width: number,
): WhereAnswer {
  try {
    return answerWhere(d, city, district, asOf);
  } catch (e) {
    if (!(e instanceof UnknownPlaceError)) throw e;
    if (e.kind === 'city') throw new UsageError(`${e.message} (see permit offices --help)`);
    throw new UsageError(
      `unknown district "${e.given}" for ${e.city}; use one of:\n${areaList(d, e.city as string, width)}`,
    );
  }
}

export function officesCommand(ctx: CliContext, done: (o: Outcome) => void): Command {
  const { io, data } = ctx;
  const cmd = new Command('offices')
    .description('where an employer files: service offices by city and district, and the online portal of a date')
    .option('--city <id>', 'city: beijing or nanjing (the cities permit has office data for)')
    .option('--district <id>', 'district or registration area where the employer is registered (--city alone lists them)')
    .addOption(asOfOption('show the online portal in use on this date'))
    .addOption(formatOption(['text', 'json']))
    .addOption(langOption());
  addColorOptions(cmd);
  // Static help: --help must not read (or fail on) any data file.
  cmd.addHelpText('after', `\n\`permit offices --city beijing\` lists Beijing's districts and where each files.\n${EXAMPLES}`);
  cmd.action(async () => {
    const opts = cmd.opts() as {
      city?: string;
      district?: string;
      asOf?: string;
      format?: string;
      lang?: string;
      color?: boolean;
    };
    const width = widthFrom(io);
    const d = await data.offices();
    const district = opts.district === undefined ? undefined : normalise(opts.district);
    let city = opts.city === undefined ? undefined : normalise(opts.city);
    if (city === undefined && district !== undefined) {
      // A district id that only one city has names its city.
      const owners = d.cities.filter((c) => c.areas.some((a) => a.id === district));
      if (owners.length === 1) city = owners[0]?.id;
    }
    if (city === undefined) {
      throw new UsageError(
        `--city is required: one of ${d.cities.map((c) => c.id).join(', ')} (e.g. permit offices --city beijing --district chaoyang)\n${placesText(d, width)}`,
      );
    }
    const answer = answerFor(d, city, district, asOfFrom(opts, io), width);
    io.stdout(
      opts.format === 'json'
        ? `${JSON.stringify(answerToJson(answer), null, 2)}\n`
        : answerToText(answer, { color: colorFrom(opts, io), lang: langFrom(opts), width }),
    );
    return done(OK);
  });
  return cmd;
}
