/**
 * `permit validate --format sarif`: SARIF 2.1.0 for GitHub code scanning (notes §4.1).
 *
 * Every rule is listed, fired or not (core rules, and the rule-file warnings of this run), with
 * short and full descriptions, help and a help URI; every file checked is an artifact; `results`
 * is always present (`[]` when clean). Waived findings are left out of `results`: GitHub ignores
 * SARIF `suppressions` and would open an alert for each (github/codeql-action #1230). They are
 * listed, with their waivers, in the run's properties, beside the run header and the totals.
 * `partialFingerprints.primaryLocationLineHash` is permit's own fingerprint (rule, case,
 * target), so an alert survives edits of the file and a deadline's escalation.
 */
import type { Finding } from '../../core/finding.js';
import { render } from '../../core/render.js';
import { runExitCode, type ValidateRun } from '../../validate/run.js';
import { citationText } from '../citation.js';
import {
  FINDINGS_HELP_URL,
  headerFacts,
  type Located,
  messageEn,
  oneLine,
  openFindings,
  README_URL,
  type RuleMeta,
  ruleMetadata,
  SARIF_LEVEL,
  uniqueFingerprints,
  waivedFindings,
} from './ciCommon.js';
import type { ValidateFormatter } from './formatter.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** A path as a SARIF URI reference: relative paths stay relative (to the repository root), segments percent-encoded. */
export function artifactUri(file: string): string {
  const encoded = file.split('/').map((s) => encodeURIComponent(s)).join('/');
  return file.startsWith('/') ? `file://${encoded}` : encoded;
}

function ruleDescriptor(r: RuleMeta) {
  const source = r.source ? citationText(r.source, 'en') : undefined;
  const helpText = [
    r.full.en,
    ...(source ? [`Source: ${source}.`] : []),
    `中文：${r.short.zh}。${r.full.zh}`,
    `See ${FINDINGS_HELP_URL}`,
  ].join('\n\n');
  const helpMarkdown = [
    `**${r.short.en}** (\`${r.id}\`)`,
    r.full.en,
    ...(source ? [`**Source:** ${source}`] : []),
    `**中文：** ${r.short.zh}。${r.full.zh}`,
    `See [permit's README, Findings](${FINDINGS_HELP_URL}).`,
  ].join('\n\n');
  return {
    id: r.id,
    shortDescription: { text: r.short.en },
    fullDescription: { text: r.full.en },
    help: { text: helpText, markdown: helpMarkdown },
    helpUri: FINDINGS_HELP_URL,
    defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
    properties: {
      tags: ['permit', 'compliance', r.ruleFile ? 'rule-file' : 'core', ...(r.id.includes('/') ? [r.id.split('/')[0] as string] : [])],
      precision: 'very-high',
      'problem.severity': r.severity === 'notice' ? 'recommendation' : r.severity,
      shortDescriptionZh: r.short.zh,
      fullDescriptionZh: r.full.zh,
      ...(r.definedAt ? { definedAt: r.definedAt } : {}),
    },
  };
}

function dueJson(f: Finding) {
  if (!f.due) return {};
  return {
    due: {
      date: f.due.date,
      legalEnd: f.due.legalEnd,
      daysLeft: f.due.daysLeft,
      ...(f.due.workingDaysLeft !== undefined ? { workingDaysLeft: f.due.workingDaysLeft } : {}),
    },
  };
}

export const sarifFormat: ValidateFormatter = {
  tail(run: ValidateRun) {
    const rules = ruleMetadata(run);
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    const fingerprints = uniqueFingerprints(run);
    const artifactIndex = new Map(run.files.map((f, i) => [f.file, i]));
    const location = (l: Located) => ({
      physicalLocation: {
        artifactLocation: { uri: artifactUri(l.file), ...(artifactIndex.has(l.file) ? { index: artifactIndex.get(l.file) } : {}) },
        // 1-based; yaml's columns are JavaScript string offsets, hence utf16CodeUnits below.
        region: { startLine: Math.max(1, l.finding.line ?? 1), startColumn: Math.max(1, l.finding.column ?? 1) },
      },
    });
    const results = openFindings(run).map((l) => {
      const f = l.finding;
      const fp = fingerprints.get(f) as string;
      return {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId) as number,
        level: SARIF_LEVEL[f.severity],
        message: { text: messageEn(f) },
        locations: [location(l)],
        partialFingerprints: { primaryLocationLineHash: fp },
        fingerprints: { 'permit/v1': fp },
        properties: {
          severity: f.severity,
          messageZh: oneLine(render(f.message, 'zh')),
          ...(f.caseId !== undefined ? { caseId: f.caseId } : {}),
          ...(f.target !== undefined ? { target: f.procedure ? `${f.procedure}/${f.target}` : f.target } : {}),
          ...dueJson(f),
        },
      };
    });
    const waived = waivedFindings(run).map((l) => ({
      ruleId: l.finding.ruleId,
      file: l.file,
      line: l.finding.line ?? 1,
      column: l.finding.column ?? 1,
      message: messageEn(l.finding),
      fingerprint: fingerprints.get(l.finding),
      waiver: { ...(l.finding.waived as NonNullable<Finding['waived']>) },
    }));
    const header = Object.fromEntries(headerFacts(run.header));
    const exitCode = runExitCode(run);
    const log = {
      $schema: SARIF_SCHEMA_URI,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'permit',
              semanticVersion: run.header.version,
              version: run.header.version,
              informationUri: README_URL,
              rules: rules.map(ruleDescriptor),
            },
          },
          automationDetails: { id: 'permit/validate/' },
          invocations: [
            {
              executionSuccessful: true,
              exitCode,
              exitCodeDescription: exitCode === 0 ? 'no open error finding' : 'open error findings (or more warnings than --max-warnings)',
              properties: header,
            },
          ],
          artifacts: run.files.map((f) => ({ location: { uri: artifactUri(f.file) }, roles: ['analysisTarget'] })),
          columnKind: 'utf16CodeUnits',
          results,
          properties: { ...header, totals: { ...run.totals }, waived },
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  },
};
