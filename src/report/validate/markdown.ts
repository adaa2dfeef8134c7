/**
 * `permit validate --format markdown`: the run as a page for a pull request, an issue or a wiki
 * (GitHub and GitLab). The totals and a table of the cases first, then each case most urgent
 * first: its findings as a `- [ ]` checklist (waived ones ticked), and its deadline table.
 */
import { findingTarget } from '../../core/evaluateCase.js';
import type { Lang } from '../../core/vocabulary.js';
import type { Finding } from '../../core/finding.js';
import { message, quantity } from '../../core/message.js';
import { render } from '../../core/render.js';
import type { PlanDeadline } from '../../rules/plan.js';
import { byUrgency, filesByUrgency, type FileResult } from '../../validate/run.js';
import { mdCode, mdTable, mdText } from '../agenda/markdownText.js';
import { langs } from '../layout.js';
import { deadlineTable, findingItem, mdJoined } from '../plan/markdown.js';
import type { ValidateFormatter } from './formatter.js';
import { headerLine } from './text.js';

/** Where a finding points: `file:line:col` in code style. */
const place = (f: Finding, file: string) => mdCode(`${f.file ?? file}:${f.line ?? 1}:${f.column ?? 1}`);

/** The deadlines of a case to show: its plans' deadlines (procedure-tagged), then the watched ones. */
function caseDeadlines(f: FileResult, lang: Lang): { deadline: PlanDeadline; tag: string }[] {
  const out: { deadline: PlanDeadline; tag: string }[] = [];
  for (const p of f.plans ?? []) for (const d of p.plan.deadlines) out.push({ deadline: d, tag: p.procedure });
  for (const w of f.watched ?? []) out.push({ deadline: w.deadline, tag: `${w.procedure}, ${render(message('agenda.not-started'), lang)}` });
  return out;
}

export const markdownFormat: ValidateFormatter = {
  needsPlans: true,
  tail(run, opts) {
    const choice = opts.lang;
    const L = langs(choice);
    const t = run.totals;
    const out: string[] = [];
    const totals = message('markdown.totals', {
      errors: quantity(t.errors, 'error'),
      warnings: quantity(t.warnings, 'warning'),
      notices: quantity(t.notices, 'notice'),
      waived: t.waived,
      files: quantity(t.files, 'file'),
      cases: quantity(t.cases, 'case'),
    });
    const mark = t.errors > 0 ? '✖' : t.warnings > 0 ? '!' : '✓';
    out.push(`# ${mark} permit validate · ${mdJoined(totals, choice)}`, '');
    for (const l of L) out.push(mdText(headerLine(run.header, l)), '');

    const files = filesByUrgency(run.files);
    if (files.length > 0) {
      const rows = files.map((f) => {
        const open = f.findings.filter((x) => !x.waived);
        const next = open.filter((x) => x.due).sort((a, b) => ((a.due?.date ?? '') < (b.due?.date ?? '') ? -1 : 1))[0];
        return [
          f.caseId ? mdCode(f.caseId) : '-',
          mdCode(f.file),
          String(open.filter((x) => x.severity === 'error').length),
          String(open.filter((x) => x.severity === 'warning').length),
          next?.due ? `${next.due.date} ${mdCode(findingTarget(next))}` : '',
        ];
      });
      const header = ['column.case', 'column.file', 'column.errors', 'column.warnings', 'column.next-due'].map((id) => mdJoined(message(id), choice));
      out.push(`## ${mdJoined(message('heading.cases'), choice)}`, '', ...mdTable(header, rows, ['left', 'left', 'right', 'right']));
    }

    for (const f of files) {
      const who = [f.caseId, f.name].filter((x) => x !== undefined).map((x) => mdText(x as string));
      out.push('', `## ${who.length > 0 ? who.join(' · ') : mdCode(f.file)}`, '');
      out.push([mdCode(f.file), ...f.procedures.map((p) => mdCode(p))].join(' · '), '');
      const findings = [...f.findings].sort(byUrgency);
      if (findings.length === 0) out.push(mdJoined(message('markdown.no-findings'), choice));
      for (const x of findings) {
        if (x.severity === 'notice' && !x.waived) {
          out.push(`- ${mdJoined(message('level.notice'), choice)}: ${L.map((l) => mdText(render(x.message, l))).join(' · ')} ${mdCode(x.ruleId)} ${place(x, f.file)}`);
          continue;
        }
        out.push(...findingItem(x, choice, { where: place(x, f.file), checked: x.waived !== undefined }));
      }
      const deadlines = caseDeadlines(f, L[0] as Lang);
      if (deadlines.length > 0) {
        const asOf = run.header.asOf;
        const tags = new Map(deadlines.map((d) => [d.deadline, d.tag]));
        out.push('', `### ${mdJoined(message('heading.deadlines'), choice)}`, '');
        out.push(...deadlineTable(deadlines.map((d) => d.deadline), asOf, choice, (d) => ` ${mdText(`[${tags.get(d) ?? ''}]`)}`));
      }
    }
    if (t.errors + t.warnings === 0) out.push('', `_${mdJoined(message('markdown.clean'), choice)}_`);
    return `${out.join('\n')}\n`;
  },
};
