/**
 * The answers of an interview as a case file (`schema: permit/case@1`): each fact where its rule
 * file's `case:` puts it (employer.city, permit.expiry, submitted, documents.<id>.issued), the
 * rest under the procedure's `facts:`, and the documents said to be in hand. Started from a case
 * file (`--from`), everything else in it is kept.
 */
import { basename, dirname, join } from 'node:path';
import { Document, isMap, isPair, isScalar, visit } from 'yaml';
import { caseIdFrom } from '../../cases/template.js';
import { documentOfPlace, placePath } from '../../cases/locations.js';
import { CASE_SCHEMA_ID } from '../../cases/schema.js';
import type { FactValue } from '../../rules/conditions.js';
import type { RuleSet } from '../../rules/ruleSet.js';

type Json = Record<string, unknown>;

export interface CaseInput {
  rules: RuleSet;
  /** Every fact to record (given and answered). */
  facts: ReadonlyMap<string, FactValue>;
  /** The case id, from the file name (`ana-lima.yaml` → `ana-lima`). */
  id: string;
  /** The case file the interview started from, kept as it is apart from the answers. */
  base?: Json;
  /** Index of the procedure entry the interview continued, in `base.procedures`. */
  entryIndex?: number;
  /** The documents the plan lists, and which of them are in hand (absent: not asked). */
  documents?: { ids: readonly string[]; inHand?: ReadonlyMap<string, boolean> };
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function child(parent: Json, key: string): Json {
  const v = parent[key];
  if (isObject(v)) return v;
  const made: Json = {};
  parent[key] = made;
  return made;
}

/**
 * The case data for the answers.
 *
 * @example
 * caseData({ rules: cancel, facts: new Map([['reason', 'resignation'], ['city', 'beijing']]), id: 'ana' })
 * //=> { schema: 'permit/case@1', id: 'ana', employer: { city: 'beijing' }, procedures: [{ procedure: 'cancel', facts: { reason: 'resignation' } }] }
 */
export function caseData(input: CaseInput): Json {
  const { rules } = input;
  const data: Json = input.base ? (structuredClone(input.base) as Json) : {};
  const out: Json = { schema: CASE_SCHEMA_ID, id: input.id };
  for (const [k, v] of Object.entries(data)) if (k !== 'schema' && k !== 'id') out[k] = v;
  const procedures = Array.isArray(out.procedures) ? (out.procedures as unknown[]) : [];
  out.procedures = procedures;
  let entry = input.entryIndex !== undefined && isObject(procedures[input.entryIndex]) ? (procedures[input.entryIndex] as Json) : undefined;
  if (!entry) {
    entry = { procedure: rules.procedure };
    procedures.push(entry);
  }
  const entryFacts = child(entry, 'facts');
  const documents = isObject(entry.documents) ? entry.documents : {};
  for (const fact of rules.facts) {
    const value = input.facts.get(fact.id);
    if (value === undefined) continue;
    const place = fact.case;
    if (place === undefined) {
      entryFacts[fact.id] = value;
      continue;
    }
    // Given in one place only, so a case file never holds the same fact twice (a conflict).
    delete entryFacts[fact.id];
    const doc = documentOfPlace(place);
    if (doc !== undefined) {
      const state = isObject(documents[doc]) ? (documents[doc] as Json) : { status: 'pending' };
      documents[doc] = { ...state, issued: value };
    } else if (place === 'submitted') entry.submitted = value;
    else {
      const path = placePath(place);
      let at = out;
      for (const k of path.slice(0, -1)) at = child(at, k);
      at[path.at(-1) as string] = value;
    }
  }
  for (const id of input.documents?.ids ?? []) {
    const state = isObject(documents[id]) ? (documents[id] as Json) : {};
    const inHand = input.documents?.inHand?.get(id);
    const status = inHand === undefined ? (state.status ?? 'pending') : inHand ? 'ready' : 'pending';
    documents[id] = { status, ...(state.issued !== undefined ? { issued: state.issued } : {}) };
  }
  if (Object.keys(documents).length > 0) entry.documents = documents;
  if (Object.keys(entryFacts).length === 0) delete entry.facts;
  return order(out);
}

/** The blocks in the order of the format (and of `permit init`), unknown ones after. */
function order(data: Json): Json {
  const keys = ['schema', 'id', 'employee', 'employer', 'permit', 'residence-permit', 'procedures', 'waivers'];
  const out: Json = {};
  for (const k of keys) if (k in data) out[k] = data[k];
  for (const [k, v] of Object.entries(data)) if (!(k in out)) out[k] = v;
  return out;
}

/** The case as YAML with a header comment; small maps (a document's state) on one line. */
export function caseYaml(data: Json, header: readonly string[]): string {
  const doc = new Document(data);
  const keyOf = (node: unknown) => (isScalar(node) ? node.value : undefined);
  visit(doc, {
    Pair(_key, pair, path) {
      if (!isMap(pair.value)) return;
      const owner = path.at(-2);
      if (keyOf(pair.key) === 'passport' || (isPair(owner) && keyOf(owner.key) === 'documents')) pair.value.flow = true;
    },
  });
  doc.commentBefore = header.map((l) => ` ${l}`).join('\n');
  return doc.toString({ lineWidth: 0 });
}

/** The id a case saved as `file` gets. */
export function caseIdForFile(file: string): string {
  return caseIdFrom(basename(file));
}

/** `ana.yaml` → `ana.draft.yaml`, then `ana.draft-2.yaml`, … (the n-th candidate). */
export function draftName(file: string, n: number): string {
  const name = basename(file).replace(/\.ya?ml$/i, '');
  return join(dirname(file), `${name}.draft${n > 1 ? `-${n}` : ''}.yaml`);
}
