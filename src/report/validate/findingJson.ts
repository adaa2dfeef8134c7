/**
 * A finding as JSON (permit/validate@1 and the CI formats built on it): both languages, the
 * place, the deadline facts, the source, and a fingerprint that stays the same while the finding
 * does (it leaves out lines and dates, so an escalating deadline stays one alert).
 */
import { createHash } from 'node:crypto';
import { findingTarget } from '../../core/evaluateCase.js';
import type { Finding } from '../../core/finding.js';
import { render } from '../../core/render.js';

/** sha256 of the rule id, the case and the target: stable across runs, lines and days. */
export function fingerprint(f: Finding, file?: string): string {
  return createHash('sha256')
    .update(`${f.ruleId}\u0000${f.caseId ?? file ?? f.file ?? ''}\u0000${findingTarget(f)}`)
    .digest('hex');
}

export function findingToJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: render(f.message, 'en'),
    messageZh: render(f.message, 'zh'),
    ...(f.file !== undefined ? { file: f.file, line: f.line ?? 1, column: f.column ?? 1 } : {}),
    ...(f.caseId !== undefined ? { caseId: f.caseId } : {}),
    ...(f.procedure !== undefined ? { procedure: f.procedure } : {}),
    ...(f.target !== undefined ? { target: findingTarget(f) } : {}),
    ...(f.action !== undefined ? { action: { en: render(f.action, 'en'), zh: render(f.action, 'zh') } } : {}),
    ...(f.due
      ? {
          due: {
            date: f.due.date,
            legalEnd: f.due.legalEnd,
            daysLeft: f.due.daysLeft,
            ...(f.due.workingDaysLeft !== undefined ? { workingDaysLeft: f.due.workingDaysLeft } : {}),
            basis: render(f.due.basis, 'en'),
            basisZh: render(f.due.basis, 'zh'),
          },
        }
      : {}),
    ...(f.source ? { source: f.source } : {}),
    ...(f.rule ? { rule: f.rule } : {}),
    ...(f.waived ? { waived: { ...f.waived } } : {}),
    fingerprint: fingerprint(f),
  };
}

export type FindingJson = ReturnType<typeof findingToJson>;
