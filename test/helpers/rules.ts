/** The shipped rules, parsed in full (never from the start-up snapshot), for tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { parseRuleFile, parseSharedFacts, type RuleInputs } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/ruleSet.js';
import { parseSourcesFile } from '../../src/sources/registry.js';
import { repoRoot } from './calendar.js';

export const registry = parseSourcesFile('data/sources.yaml', readFileSync(`${repoRoot}data/sources.yaml`, 'utf8'));
export const sharedFacts = parseSharedFacts(
  'rules/shared/facts.yaml',
  readFileSync(`${repoRoot}rules/shared/facts.yaml`, 'utf8'),
);
export const ruleInputs: RuleInputs = { registry, shared: sharedFacts };

/** The procedures of rules/, one per YAML file. */
export const procedures = readdirSync(`${repoRoot}rules`)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

const cache = new Map<string, RuleSet>();

/** rules/<procedure>.yaml, parsed and validated. */
export function shippedRules(procedure: string): RuleSet {
  let rules = cache.get(procedure);
  if (!rules) {
    rules = parseRuleFile(`rules/${procedure}.yaml`, readFileSync(`${repoRoot}rules/${procedure}.yaml`, 'utf8'), ruleInputs);
    cache.set(procedure, rules);
  }
  return rules;
}
