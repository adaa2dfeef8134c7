/**
 * A procedure's rules as the evaluator uses them: the validated rule file with its shared facts
 * merged in, its named conditions, the line of every item, and every citation resolved against
 * the source registry.
 */
import type { WithResolvedCitations } from '../sources/registry.js';
import type { Condition } from './format/condition.js';
import type { Count } from './format/count.js';
import type { DateRef } from './format/dateRef.js';
import type { Fact } from './format/fact.js';
import type { RuleFile } from './format/ruleFile.js';

/** `T` with its citations resolved (conditions and counts hold none and stay as written). */
export type Resolved<T> = WithResolvedCitations<T, Condition | Count | DateRef>;

/** A fact as the procedure uses it: a shared fact with the procedure's overrides applied. */
export type ResolvedFact = Resolved<Fact>;

type Items = Resolved<Pick<RuleFile, 'documents' | 'deadlines' | 'steps' | 'warnings'>>;

export interface RuleSet extends Omit<RuleFile, 'facts' | 'conditions' | keyof Items | 'sources'>, Items {
  /** The rule file's name relative to its rule folder, e.g. `cancel.yaml`. */
  file: string;
  facts: readonly ResolvedFact[];
  factsById: ReadonlyMap<string, ResolvedFact>;
  /** The named conditions of the file, by name. */
  named: ReadonlyMap<string, Condition>;
  /** Item id → line of its definition, for `rule: cancel.yaml:285` provenance. */
  lines: ReadonlyMap<string, number>;
  /** Sources the file declares itself (a company's rule folder), besides the registry. */
  localSources?: RuleFile['sources'];
}

export type DocumentItem = RuleSet['documents'][number];
export type DeadlineItem = RuleSet['deadlines'][number];
export type StepItem = RuleSet['steps'][number];
export type WarningItem = RuleSet['warnings'][number];

/** `cancel.yaml:285`, where an item is defined. */
export function ruleLocation(rules: Pick<RuleSet, 'file' | 'lines'>, id: string): string {
  const line = rules.lines.get(id);
  return line === undefined ? rules.file : `${rules.file}:${line}`;
}
