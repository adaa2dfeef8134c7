/**
 * What the CI formats of `permit validate` (junit, github, sarif, gitlab) share: the run header
 * as name/value facts, the severity mapping of the notes' §8.3, rule metadata for every finding
 * id, the findings in the order CI shows them, and fingerprints that are unique within a run.
 */
import { createHash } from 'node:crypto';
import { CORE_RULES } from '../../core/coreRules.js';
import type { Finding, Severity } from '../../core/finding.js';
import { render } from '../../core/render.js';
import { safeText } from '../../core/safeText.js';
import type { Bilingual } from '../../core/vocabulary.js';
import type { ResolvedCitation } from '../../sources/registry.js';
import type { RunHeader, Totals, ValidateRun } from '../../validate/run.js';
import { citationText } from '../citation.js';
import { fingerprint } from './findingJson.js';

/**
 * Where a finding's rule is explained: permit's README, section "Findings". The project has no
 * public address yet, so this is a placeholder in the reserved `.invalid` domain (as the JSON
 * Schema ids are); change it here, once, when it has one.
 */
export const README_URL = 'https://permit.invalid/README.md';
export const FINDINGS_HELP_URL = `${README_URL}#findings`;

/** A finding with the file it was reported for (a file-level finding may lack `file`). */
export interface Located {
  file: string;
  finding: Finding;
}

/** The run header as facts every format can show: name, value. */
export function headerFacts(h: RunHeader): [string, string][] {
  return [
    ['permit.version', h.version],
    ['as-of', h.asOf],
    ['as-of.decided-by', h.asOfFrom === '--as-of' ? '--as-of' : 'today in Asia/Shanghai'],
    ['time-zone', 'Asia/Shanghai'],
    ['rules.folder', h.rules.folder],
    ['rules.digest', h.rules.digest],
    ['rules.procedures', h.rules.procedures.join(', ')],
    ['calendar.files', h.calendar.files.join(', ')],
    ['calendar.published-through', String(h.calendar.publishedThrough)],
    ['calendar.statutory-holidays-through', String(h.calendar.statutoryThrough)],
    ...h.calendar.replaced.map((r): [string, string] => ['calendar.replaced', `${r.file} replaces the published ${r.years.join(', ')}`]),
    ['warn-within', `${h.warnWithin} working days`],
    ['waivers', h.waivers ? 'applied' : 'ignored (--no-waivers)'],
    ...(h.maxWarnings !== undefined ? [['max-warnings', String(h.maxWarnings)] as [string, string]] : []),
  ];
}

/** One line for a log or a summary: version, as-of date and how it was decided, rules, calendar. */
export function headerSentence(h: RunHeader): string {
  const asOf = h.asOfFrom === '--as-of' ? `as of ${h.asOf} (--as-of)` : `as of ${h.asOf} (today in Asia/Shanghai)`;
  return `permit ${h.version} · ${asOf} · rules ${h.rules.folder} (${h.rules.procedures.length} procedures, digest ${h.rules.digest}) · calendar published through ${h.calendar.publishedThrough}, statutory holidays to ${h.calendar.statutoryThrough}${h.calendar.replaced.map((r) => ` · ${r.file} replaces the published ${r.years.join(', ')}`).join('')}`;
}

const plural = (n: number, one: string, other = `${one}s`) => `${n} ${n === 1 ? one : other}`;

/** `17 errors, 8 warnings, 6 notices, 1 waived · 12 files checked (9 cases)`. */
export function totalsSentence(t: Totals): string {
  return `${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${plural(t.notices, 'notice')}, ${t.waived} waived · ${plural(t.files, 'file')} checked (${plural(t.cases, 'case')})`;
}

/** Text on one line: control characters escaped, runs of white space (newlines too) as one space. */
export function oneLine(text: string): string {
  return safeText(text.replace(/\s+/g, ' ').trim());
}

/** `file:line:col`, 1-based, as editors and CI logs link it. */
export function place(l: Located): string {
  return `${oneLine(l.file)}:${l.finding.line ?? 1}:${l.finding.column ?? 1}`;
}

/** The finding's message in English on one line, with what to do when the message does not say it. */
export function messageEn(f: Finding): string {
  const text = oneLine(render(f.message, 'en'));
  const action = actionEn(f);
  return action ? `${text} ${action}` : text;
}

/** The action in English, or undefined when the message already opens with it (deadline titles). */
export function actionEn(f: Finding): string | undefined {
  if (!f.action) return undefined;
  const action = oneLine(render(f.action, 'en'));
  return oneLine(render(f.message, 'en')).startsWith(action) ? undefined : action;
}

/** Due date facts in English, or undefined. */
export function dueEn(f: Finding): string | undefined {
  if (!f.due) return undefined;
  const d = f.due;
  const left = d.workingDaysLeft !== undefined ? plural(Math.abs(d.workingDaysLeft), 'working day') : plural(Math.abs(d.daysLeft), 'day');
  return `due ${d.date}${d.legalEnd !== d.date ? `, legal end ${d.legalEnd}` : ''}; ${left} ${d.daysLeft >= 0 ? 'left' : 'past'}`;
}

export function sourceEn(f: Finding): string | undefined {
  return f.source ? oneLine(citationText(f.source, 'en')) : undefined;
}

/** Every open finding of the run, most urgent first (errors, warnings, notices; then due date, file, line). */
export function openFindings(run: ValidateRun): Located[] {
  return located(run).filter((l) => !l.finding.waived);
}

/** Every waived finding of the run, in file order. */
export function waivedFindings(run: ValidateRun): Located[] {
  return located(run).filter((l) => l.finding.waived);
}

function located(run: ValidateRun): Located[] {
  const all: Located[] = [];
  for (const r of run.files) for (const finding of r.findings) all.push({ file: finding.file ?? r.file, finding });
  return all.sort(byUrgencyThenPlace);
}

const rank = (f: Finding) => (f.waived ? 3 : f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Errors, warnings, notices, waived; then the earliest due date (findings without one after),
 * then file, line, column and rule id, so the order is total and the same on every machine.
 */
export function byUrgencyThenPlace(a: Located, b: Located): number {
  const x = a.finding;
  const y = b.finding;
  return (
    rank(x) - rank(y) ||
    cmp(x.due?.date ?? '9999-12-31', y.due?.date ?? '9999-12-31') ||
    cmp(a.file, b.file) ||
    (x.line ?? 0) - (y.line ?? 0) ||
    (x.column ?? 0) - (y.column ?? 0) ||
    cmp(x.ruleId, y.ruleId)
  );
}

/**
 * Fingerprints unique within the run. `fingerprint()` (rule, case, target) is shared by two
 * findings of one file that have the same target, e.g. two schema errors (target `case`) or two
 * expired waivers (target `waivers`); GitLab keeps one issue per fingerprint and would drop the
 * rest. The first such finding, in file and line order, keeps the plain fingerprint, so the usual
 * single finding is stable across edits; the n-th gets the hash of the fingerprint and n.
 */
export function uniqueFingerprints(run: ValidateRun): Map<Finding, string> {
  const out = new Map<Finding, string>();
  const seen = new Map<string, number>();
  for (const r of run.files) {
    const inOrder = [...r.findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    for (const f of inOrder) {
      const base = fingerprint(f, r.file);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      out.set(f, n === 1 ? base : createHash('sha256').update(`${base}\u0000${n}`).digest('hex'));
    }
  }
  return out;
}

/** Findings about the file itself: it could not be evaluated (JUnit `<error>`, not `<failure>`). */
export const NOT_EVALUATED: ReadonlySet<string> = new Set(['case-parse', 'case-schema']);

/** Rule ids whose error means a date has already passed: GitLab `critical`. */
const PASSED = new Set(['deadline-overdue', 'permit-expired', 'waiver-expired', 'submission-late', 'extension-not-started']);

/** GitLab Code Quality severity (notes §8.3): critical for what is overdue or expired. */
export function gitlabSeverity(f: Finding, asOf: string): 'critical' | 'major' | 'minor' | 'info' {
  if (f.severity === 'warning') return 'minor';
  if (f.severity === 'notice') return 'info';
  const passed = PASSED.has(f.ruleId) || /-(overdue|expired|late)$/.test(f.ruleId) || (f.due !== undefined && f.due.legalEnd < asOf);
  return passed ? 'critical' : 'major';
}

export const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/** What a report needs to explain a finding id. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  short: Bilingual;
  full: Bilingual;
  /** A rule file's warning (`<procedure>/<id>`), not a core rule. */
  ruleFile: boolean;
  source?: ResolvedCitation;
  /** Where a rule file defines it (`cancel.yaml:285`). */
  definedAt?: string;
}

const sentence = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}${/[.。]$/.test(s) ? '' : '.'}`;

/**
 * Metadata for every core rule, and for each rule-file warning that appears in the run (the
 * formatter sees findings, not the rule files, so a warning that did not fire is not listed).
 * A rule file's warning is described from its first finding: its message and source.
 */
export function ruleMetadata(run: ValidateRun): RuleMeta[] {
  const core: RuleMeta[] = CORE_RULES.map((r) => ({
    id: r.id,
    severity: r.severity,
    short: r.short,
    full: { en: `${r.short.en}: reported for ${r.when.en}.`, zh: `${r.short.zh}：${r.when.zh}。` },
    ruleFile: false,
  }));
  const known = new Set(core.map((r) => r.id));
  const extra = new Map<string, RuleMeta>();
  for (const { finding: f } of located(run)) {
    if (known.has(f.ruleId) || extra.has(f.ruleId)) continue;
    const [procedure, warning] = f.ruleId.includes('/') ? (f.ruleId.split('/', 2) as [string, string]) : ['', f.ruleId];
    const words = warning.replace(/-/g, ' ');
    extra.set(f.ruleId, {
      id: f.ruleId,
      severity: f.severity,
      short: {
        en: procedure ? `${sentence(words).slice(0, -1)} (${procedure} rules)` : sentence(words).slice(0, -1),
        zh: procedure ? `${procedure} 规则提示：${warning}` : warning,
      },
      full: {
        en: `A warning of the ${procedure || 'loaded'} rules${f.rule ? ` (${f.rule})` : ''}, as first reported in this run: ${sentence(oneLine(render(f.message, 'en')))}`,
        zh: `${procedure || ''}规则提示${f.rule ? `（${f.rule}）` : ''}，本次首次报告为：${oneLine(render(f.message, 'zh'))}`,
      },
      ruleFile: true,
      ...(f.source ? { source: f.source } : {}),
      ...(f.rule ? { definedAt: f.rule } : {}),
    });
  }
  return [...core, ...[...extra.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))];
}
