/**
 * Reads a YAML file and validates it with a zod schema, mapping every problem back to the line
 * and column of the offending node: the one schema layer every file permit reads passes through.
 * It refuses what the YAML library would take but a careful reader would not: alias bombs,
 * nesting deep enough to exhaust the stack, and two keys that mean the same (`2027` and "2027").
 */
import { type Document, isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type * as z from 'zod/mini';
import { type Diagnostic, DiagnosticError } from './diagnostics.js';

/** A parsed document that can still answer "where is this path?" after validation. */
export interface LocatedYaml {
  file: string;
  /** 1-based line and column of the node at `path`, or of its nearest existing ancestor. */
  locate(path: readonly PropertyKey[], key?: string): { line: number; col: number };
}

/** Deeper than this is refused before the data reaches the schema (and the stack). */
export const MAX_DEPTH = 64;
/** Aliases beyond this are refused: a few are normal, thousands are an expansion attack. */
export const MAX_ALIASES = 100;

function issueCode(code: string): string {
  switch (code) {
    case 'unrecognized_keys':
      return 'unknown-key';
    case 'invalid_type':
      return 'invalid-type';
    case 'invalid_value':
    case 'invalid_format':
    case 'invalid_union':
    case 'custom':
    case 'too_small':
    case 'too_big':
      return 'invalid-value';
    default:
      return code.replaceAll('_', '-');
  }
}

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value)',
  never: 'nothing here (remove this key)',
};

function received(v: unknown): string {
  if (v === undefined) return 'nothing (the key is missing)';
  if (v === null) return 'an empty value';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `text "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  return `${typeof v} ${String(v)}`;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const p of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = Object.hasOwn(v, p) ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  }
  return v;
}

const list = (xs: readonly unknown[]) => xs.map((x) => String(x)).join(', ');

type Issue = z.core.$ZodIssue;

/**
 * What was expected, in words ("expected one of A, B, C", "expected a date YYYY-MM-DD"), for an
 * issue whose own message is zod's generic one. A union reports the branch that came closest.
 */
function describe(issue: Issue, raw: unknown): { issue: Issue; message: string } {
  const generic = issue.message === 'Invalid input' || issue.message.startsWith('Invalid input:');
  if (issue.code === 'invalid_union') {
    const note = (issue as { note?: string }).note;
    const options = (issue as { options?: unknown[] }).options;
    if (options && note) return { issue, message: `expected one of ${list(options)}` };
    const branches = (issue as { errors: Issue[][] }).errors;
    // The closest branch: fewest issues, preferring ones that are not about unknown keys.
    const best = [...branches].sort(
      (a, b) =>
        a.filter((i) => i.code !== 'unrecognized_keys').length - b.filter((i) => i.code !== 'unrecognized_keys').length ||
        a.length - b.length,
    )[0];
    const first = best?.[0];
    if (first && best.length <= 2) {
      const nested = { ...first, path: [...issue.path, ...first.path] } as Issue;
      return describe(nested, raw);
    }
    return { issue, message: 'does not match any of the forms this key allows' };
  }
  if (issue.code === 'invalid_key') {
    const nested = (issue as { issues?: Issue[] }).issues?.[0];
    return { issue, message: nested ? describe({ ...nested, path: issue.path } as Issue, raw).message : 'not an allowed key' };
  }
  if (!generic) return { issue, message: issue.message };
  switch (issue.code) {
    case 'invalid_value': {
      const values = (issue as { values: unknown[] }).values;
      return { issue, message: values.length === 1 ? `expected ${String(values[0])}` : `expected one of ${list(values)}` };
    }
    case 'invalid_type': {
      const expected = (issue as { expected: string }).expected;
      return { issue, message: `expected ${EXPECTED[expected] ?? expected}, got ${received(valueAt(raw, issue.path))}` };
    }
    case 'too_small': {
      const min = (issue as { minimum: number | bigint }).minimum;
      const origin = (issue as { origin?: string }).origin;
      if (origin === 'array') return { issue, message: `needs at least ${min} item${Number(min) === 1 ? '' : 's'}` };
      if (origin === 'string') return { issue, message: 'must not be empty' };
      return { issue, message: `must be at least ${min}` };
    }
    case 'too_big': {
      const max = (issue as { maximum: number | bigint }).maximum;
      return { issue, message: `must be at most ${max}` };
    }
    default:
      return { issue, message: issue.message };
  }
}

function locator(doc: Document, lc: LineCounter): LocatedYaml['locate'] {
  const pos = (offset: number) => {
    const { line, col } = lc.linePos(offset);
    return { line, col };
  };
  return (path, key) => {
    if (key !== undefined) {
      const map = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
      if (isMap(map)) {
        const pair = map.items.find((p) => isNode(p.key) && String((p.key as { value?: unknown }).value) === key);
        if (pair && isNode(pair.key) && pair.key.range) return pos(pair.key.range[0]);
      }
    }
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return pos(node.range[0]);
    }
    return pos(doc.contents?.range?.[0] ?? 0);
  };
}

/**
 * Structural checks the YAML library does not make, walking the document without recursion:
 * nesting depth, alias count, and map keys equal once written as text.
 */
function structureProblems(file: string, doc: Document, lc: LineCounter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (offset: number | undefined) => lc.linePos(offset ?? 0);
  let aliases = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (depth > MAX_DEPTH) {
      const { line, col } = at((node as { range?: [number] }).range?.[0]);
      out.push({ file, line, col, message: `nested too deeply (more than ${MAX_DEPTH} levels)`, code: 'yaml-depth' });
      break;
    }
    if (isAlias(node)) {
      aliases++;
      if (aliases > MAX_ALIASES) {
        const { line, col } = at(node.range?.[0]);
        out.push({ file, line, col, message: `more than ${MAX_ALIASES} aliases; permit refuses alias expansion attacks`, code: 'yaml-aliases' });
        break;
      }
    } else if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (k !== undefined) {
          if (seen.has(k)) {
            const { line, col } = at((pair.key as { range?: [number] }).range?.[0]);
            out.push({ file, line, col, message: `the key "${k}" is given twice (written differently)`, code: 'duplicate-key' });
          }
          seen.add(k);
        }
      }
      // Children in reverse, so that they are visited in reading order.
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: (node.items[i] as { value: unknown }).value, depth: depth + 1 });
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], depth: depth + 1 });
    }
  }
  return out;
}

/** A YAML document parsed and checked for structure, before any schema. */
export interface ParsedYaml {
  /** The document as plain data (maps as objects with own properties only). */
  raw: unknown;
  located: LocatedYaml;
}

/**
 * Parses `text` (named `file` in messages). Throws a DiagnosticError listing every syntax and
 * structure problem with its position, code `yaml-syntax`, `yaml-depth`, `yaml-aliases` or
 * `duplicate-key`.
 */
export function parseYaml(file: string, text: string): ParsedYaml {
  const lc = new LineCounter();
  // YAML 1.2 core schema: dates stay strings, `no` stays a string; duplicate keys are errors.
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new DiagnosticError(
      doc.errors.map((e) => {
        const { line, col } = lc.linePos(e.pos[0]);
        const exhausted = e.code === ('RESOURCE_EXHAUSTION' as string) || /call stack/i.test(e.message);
        return exhausted
          ? { file, line, col, message: `nested too deeply (more than ${MAX_DEPTH} levels)`, code: 'yaml-depth' }
          : { file, line, col, message: e.message.split(' at line')[0] ?? e.message, code: e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax' };
      }),
    );
  }
  const structure = structureProblems(file, doc, lc);
  if (structure.length > 0) throw new DiagnosticError(structure);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    throw new DiagnosticError([
      {
        file,
        line: 1,
        col: 1,
        message: `cannot expand the document (${e instanceof Error ? e.message : String(e)})`,
        code: 'yaml-aliases',
      },
    ]);
  }
  return { raw, located: { file, locate: locator(doc, lc) } };
}

/** Validates parsed data with `schema`; throws a DiagnosticError listing every problem. */
export function validateYaml<S extends z.ZodMiniType>(parsed: ParsedYaml, schema: S): z.infer<S> {
  const { raw, located } = parsed;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const diagnostics: Diagnostic[] = result.error.issues.map((original) => {
    const { issue, message } = describe(original, raw);
    const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : undefined;
    // A bad key (a record's key) is shown where the key is written.
    const badKey = issue.code === 'invalid_key' ? String(issue.path.at(-1)) : undefined;
    const where = badKey !== undefined ? located.locate(issue.path.slice(0, -1), badKey) : located.locate(issue.path, keys?.[0]);
    const at = pathText(issue.path);
    // `{ name: Example Co., Ltd. }` reads "Ltd." as a key with no value: say why.
    const comma = keys?.some((k) => valueAt(raw, [...issue.path, k]) === null)
      ? '; if it is part of a text, quote the text (inside { … } a comma ends the value)'
      : '';
    const text = keys
      ? `unknown key ${keys.map((k) => `"${k}"`).join(', ')}${at ? ` in ${at}` : ''}${comma}`
      : `${at || '(top level)'}: ${message}`;
    return { file: located.file, ...where, message: text, code: issueCode(issue.code) };
  });
  throw new DiagnosticError(diagnostics);
}

/**
 * Parses `text` (named `file` in messages) and validates it with `schema`. Throws a
 * {@link DiagnosticError} listing every syntax and schema problem with its position.
 */
export function loadYaml<S extends z.ZodMiniType>(
  file: string,
  text: string,
  schema: S,
): { value: z.infer<S>; located: LocatedYaml } {
  const parsed = parseYaml(file, text);
  return { value: validateYaml(parsed, schema), located: parsed.located };
}
