/** Small rule files written inline by the rule-engine tests, parsed as the shipped ones are. */
import { parseRuleFile } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/ruleSet.js';
import { DiagnosticError } from '../../src/yaml/diagnostics.js';
import { ruleInputs } from '../helpers/rules.js';

export const header = `procedure: demo
title: { en: Demo, zh: 示例 }
summary: { en: Demo, zh: 示例 }
checked: 2026-11-22
`;

/** A citation of the registry, for items that need one. */
export const src = '{ source: agency-cancellation-guide, ref: "note 3" }';

/** `body` after the header, with an empty list for each item list it does not give. */
export function demoText(body: string): string {
  const missing = ['facts', 'documents', 'deadlines', 'steps', 'warnings'].filter((k) => !new RegExp(`^${k}:`, 'm').test(body));
  return `${header}${body}${missing.map((k) => `${k}: []\n`).join('')}`;
}

export function demoRules(body: string): RuleSet {
  return parseRuleFile('rules/demo.yaml', demoText(body), ruleInputs);
}

/** Every problem of a demo file as `line:col code message` (lines count from the header's first). */
export function demoProblems(body: string): string[] {
  try {
    demoRules(body);
  } catch (e) {
    if (e instanceof DiagnosticError) return e.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`);
    throw e;
  }
  return [];
}
