/**
 * `permit sources [id]`: every source the rules and the offices data cite, with its kind (a
 * secondary source labelled as such), title, publisher, date and address; for one source, also
 * the rule items and offices entries that cite it.
 */
import { Command } from 'commander';
import { CALENDAR_SOURCES, type CitedAt, officesCitations, ruleCitations } from '../../sources/citedBy.js';
import { widthOf, wrap } from '../../report/layout.js';
import type { Source, SourceKind } from '../../sources/registry.js';
import type { CliContext } from '../context.js';
import { OK, type Outcome, UsageError } from '../errors.js';
import { formatOption, widthFrom } from '../options.js';

const EXAMPLES = `
Examples:
  $ permit sources                                   # every source, secondary ones labelled
  $ permit sources civil-code                        # one source and what cites it
  $ permit sources nanjing-work-permit-faq-2025 --format json`;

const KIND_TEXT: Record<SourceKind, string> = {
  law: 'law',
  notice: 'notice',
  'official-guide': 'official guide',
  secondary: 'SECONDARY SOURCE (not an official text; corroboration only)',
};

/** A source as outputs show it: never its seed file name. */
interface ShownSource extends Omit<Source, 'seed'> {
  /** For a source declared in a rule file rather than in data/sources.yaml. */
  declaredIn?: string;
}

function shown(s: Source, declaredIn?: string): ShownSource {
  const { seed: _seed, ...rest } = s;
  return declaredIn ? { ...rest, declaredIn } : rest;
}

function sourceJson(s: ShownSource) {
  return {
    id: s.id,
    kind: s.kind,
    secondary: s.kind === 'secondary',
    title: s.title,
    publisher: s.publisher,
    ...(s.date ? { date: s.date } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.note ? { note: s.note } : {}),
    ...(s.declaredIn ? { declaredIn: s.declaredIn } : {}),
  };
}

/**
 * `English · 中文` on one line when it fits `width` after `indent`, else English on one line and
 * Chinese on the next, each wrapped under `indent`; `tail` follows the Chinese.
 */
function pair(en: string, zh: string, tail: string, indent: string, width: number): string[] {
  const one = `${indent}${en} · ${zh}${tail}`;
  if (widthOf(one) <= width) return [one];
  return [wrap(en, width, indent, `${indent}  `), wrap(`${zh}${tail}`, width, indent, `${indent}  `)];
}

function sourceText(s: ShownSource, full: boolean, width: number): string[] {
  const lines = [wrap(`[${KIND_TEXT[s.kind]}]`, width, `${s.id}  `, '   ')];
  lines.push(...pair(s.title.en, s.title.zh, '', '   ', width));
  lines.push(...pair(s.publisher.en, s.publisher.zh, s.date ? `, ${s.date}` : '', '   ', width));
  if (s.url) lines.push(`   ${s.url}`);
  if (full && s.note) lines.push(wrap(s.note.en, width, '   Note: ', '         '), wrap(s.note.zh, width, '         '));
  if (s.declaredIn) lines.push(wrap(`declared in ${s.declaredIn}`, width, '   '));
  return lines;
}

function citedText(list: CitedAt[], width: number): string[] {
  const where = (c: CitedAt) => c.procedure ?? c.file;
  const column = Math.max(0, ...list.map((c) => where(c).length)) + 2;
  const as = (c: CitedAt) => (c.as === 'source' ? '' : ` (${c.as})`);
  return list.map((c) =>
    wrap(`${c.itemKind} ${c.item}${as(c)}: ${c.ref}`, width, `  ${where(c).padEnd(column)}`, ''.padEnd(column + 4)),
  );
}

export const SOURCES_DESCRIPTION =
  'the sources rules and data cite: kind, title, publisher, date, address, and what cites each';

export function sourcesCommand(ctx: CliContext, done: (o: Outcome) => void): Command {
  const { io, data } = ctx;
  const cmd = new Command('sources')
    .description(SOURCES_DESCRIPTION)
    .argument('[id]', 'a source id (e.g. civil-code): show it and every rule item that cites it')
    .addOption(formatOption(['text', 'json']))
    .addHelpText(
      'after',
      '\nKinds: law, notice, official guide; a secondary source (agency, university, blog) is' +
        ` labelled as such.\n${EXAMPLES}`,
    );
  cmd.action(async (id: string | undefined) => {
    const { format = 'text' } = cmd.opts() as { format?: 'text' | 'json' };
    const width = widthFrom(io);
    const registry = await data.registry();
    const rules = [...(await data.catalog()).procedures.values()];
    const all: ShownSource[] = [
      ...registry.sources.map((s) => shown(s)),
      ...rules.flatMap((r) =>
        Object.entries(r.localSources ?? {}).map(([sid, entry]) => shown({ id: sid, ...entry }, r.file)),
      ),
    ];

    if (id === undefined) {
      if (format === 'json') {
        const json = { checked: registry.checked, sources: all.map(sourceJson) };
        io.stdout(`${JSON.stringify(json, null, 2)}\n`);
        return done(OK);
      }
      const secondary = all.filter((s) => s.kind === 'secondary').length;
      const out = [
        wrap(
          `Sources (${registry.file}, checked ${registry.checked}): ${all.length}, of which ${secondary} secondary`,
          width,
        ),
      ];
      for (const s of all) out.push('', ...sourceText(s, false, width));
      out.push('', wrap('permit sources <id> shows a source in full and every rule item that cites it.', width));
      io.stdout(`${out.join('\n')}\n`);
      return done(OK);
    }

    const source = all.find((s) => s.id === id);
    if (!source) {
      const example = all[0]?.id ?? 'civil-code';
      throw new UsageError(`unknown source "${id}" (permit sources lists them, e.g. ${example})`);
    }
    const citedBy = [...rules.flatMap(ruleCitations), ...officesCitations(await data.offices())]
      .filter((c) => c.source === id)
      .map(({ source: _s, ...c }) => c);
    const calendar = CALENDAR_SOURCES.includes(id);
    if (format === 'json') {
      const json = { ...sourceJson(source), ...(calendar ? { calendar: true } : {}), citedBy };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      return done(OK);
    }
    const out = sourceText(source, true, width);
    if (calendar) out.push('', wrap('The working-day calendar (data/calendar/cn.yaml) rests on it.', width));
    out.push(
      '',
      citedBy.length > 0
        ? `Cited by (${citedBy.length}):`
        : 'Cited by: nothing in the rules or the offices data.',
    );
    out.push(...citedText(citedBy, width));
    io.stdout(`${out.join('\n')}\n`);
    return done(OK);
  });
  return cmd;
}
