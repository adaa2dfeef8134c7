/**
 * The human-readable checklist: deadlines as a table, then documents, steps and warnings, each
 * with its source. Colour only on a terminal and never when NO_COLOR is set.
 */
import { Chalk } from 'chalk';
import { getBorderCharacters, table } from 'table';
import { weekdayName } from '../calendar/isoDate.js';
import type { Plan, PlanDeadline } from '../rules/evaluate.js';
import { citationText } from './citation.js';

export interface TextOptions {
  color: boolean;
  explain: boolean;
}

const STATUS_TEXT: Record<string, string> = {
  'not-yet-open': 'not open yet',
  upcoming: 'upcoming',
  'due-soon': 'DUE SOON',
  'due-today': 'DUE TODAY',
  overdue: 'OVERDUE',
  today: 'today',
  passed: 'passed',
};

export function planToText(plan: Plan, opts: TextOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  const statusColor = (s: string) =>
    s === 'overdue' || s === 'due-today'
      ? c.red.bold
      : s === 'due-soon'
        ? c.yellow.bold
        : s === 'passed'
          ? c.dim
          : c.green;
  const explain = (lines: string[], rule: string, why: string[]) => {
    if (!opts.explain) return;
    lines.push(c.dim(`     why: ${why.length > 0 ? why.join('; ') : 'applies to every case'}`));
    lines.push(c.dim(`     rule: ${rule}`));
  };

  out.push(c.bold(`${plan.title.en} · ${plan.title.zh}`) + c.dim(`   as of ${plan.asOf}`));
  const given = Object.entries(plan.facts)
    .filter(([k]) => !plan.assumptions.some((a) => a.fact === k))
    .map(([k, v]) => `${k}=${String(v)}`);
  out.push(`Facts: ${given.join(', ') || '(none)'}`);
  if (plan.assumptions.length > 0) {
    out.push(
      c.dim(
        `Assumed (defaults; pass the flag to change): ${plan.assumptions.map((a) => `${a.fact}=${String(a.value)}`).join(', ')}`,
      ),
    );
  }

  if (plan.deadlines.length > 0) {
    out.push('', c.bold('Deadlines'));
    const rows = [['Deadline', 'Date', 'Opens', 'Status'].map((h) => c.bold(h))];
    for (const d of plan.deadlines) {
      rows.push([
        `${d.title.en}\n${d.title.zh}\n${c.dim(`[${d.id}] ${d.kind}`)}`,
        dateCell(d),
        d.opens ? `${d.opens} ${weekdayName(d.opens)}` : '',
        statusColor(d.status)(STATUS_TEXT[d.status] ?? d.status),
      ]);
    }
    out.push(
      table(rows, {
        border: getBorderCharacters('norc'),
        columns: { 0: { width: 46, wrapWord: true } },
      }).trimEnd(),
    );
    for (const d of plan.deadlines) {
      const lines = [`  ${c.bold(d.id)}: ${d.basis}.`];
      for (const n of d.notes) lines.push(`     note: ${n.en}`);
      for (const a of d.alternatives) {
        lines.push(
          c.yellow(`     alternative reading (${a.id}): ${a.date} ${weekdayName(a.date)}. ${a.reading.en}`),
        );
        lines.push(c.dim(`       source: ${citationText(a.source)}`));
      }
      if (d.provisionalYears.length > 0)
        lines.push(c.yellow(`     provisional: computed across ${d.provisionalYears.join(', ')}`));
      lines.push(c.dim(`     source: ${citationText(d.source)}`));
      explain(lines, d.rule, d.why);
      out.push(lines.join('\n'));
    }
  }

  if (plan.documents.length > 0) {
    out.push('', c.bold('Documents to prepare'));
    plan.documents.forEach((d, i) => {
      const lines = [`${String(i + 1).padStart(2)}. ${d.title.en} · ${d.title.zh} ${c.dim(`[${d.id}]`)}`];
      for (const n of d.notes) lines.push(`     - ${n.en}`);
      lines.push(c.dim(`     source: ${citationText(d.source)}`));
      explain(lines, d.rule, d.why);
      out.push(lines.join('\n'));
    });
  }

  if (plan.steps.length > 0) {
    out.push('', c.bold('Steps'));
    plan.steps.forEach((s, i) => {
      const due = s.deadline ? plan.deadlines.find((d) => d.id === s.deadline) : undefined;
      const lines = [
        `${String(i + 1).padStart(2)}. ${s.title.en} · ${s.title.zh}${due ? c.bold(` (by ${due.date})`) : ''} ${c.dim(`[${s.id}]`)}`,
      ];
      for (const n of s.notes) lines.push(`     - ${n.en}`);
      lines.push(c.dim(`     source: ${citationText(s.source)}`));
      explain(lines, s.rule, s.why);
      out.push(lines.join('\n'));
    });
  }

  if (plan.warnings.length > 0) {
    out.push('', c.bold('Warnings'));
    for (const w of plan.warnings) {
      const mark =
        w.level === 'error'
          ? c.red('✖ error')
          : w.level === 'warning'
            ? c.yellow('! warning')
            : c.cyan('i info');
      const lines = [`${mark} ${w.message.en} ${c.dim(`[${w.id}]`)}`, `     ${w.message.zh}`];
      lines.push(c.dim(`     source: ${citationText(w.source)}`));
      explain(lines, w.rule, w.why);
      out.push(lines.join('\n'));
    }
  }
  return `${out.join('\n')}\n`;
}

function dateCell(d: PlanDeadline): string {
  return `${d.date} ${weekdayName(d.date)}${d.provisionalYears.length > 0 ? '\n(provisional)' : ''}`;
}
