/**
 * Reads a YAML file and validates it with a zod schema, mapping every problem back to the line
 * and column of the offending node.
 */
import { type Document, isMap, isNode, LineCounter, parseDocument } from 'yaml';
import type * as z from 'zod/mini';
import { type Diagnostic, DiagnosticError } from './diagnostics.js';

/** A parsed document that can still answer "where is this path?" after validation. */
export interface LocatedYaml {
  file: string;
  /** 1-based line and column of the node at `path`, or of its nearest existing ancestor. */
  locate(path: readonly PropertyKey[], key?: string): { line: number; col: number };
}

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

function locator(doc: Document, lc: LineCounter): LocatedYaml['locate'] {
  const pos = (offset: number) => {
    const { line, col } = lc.linePos(offset);
    return { line, col };
  };
  return (path, key) => {
    if (key !== undefined) {
      const map = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
      if (isMap(map)) {
        const pair = map.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === key);
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
 * Parses `text` (named `file` in messages) and validates it with `schema`. Throws a
 * {@link DiagnosticError} listing every syntax and schema problem with its position.
 */
export function loadYaml<S extends z.ZodMiniType>(
  file: string,
  text: string,
  schema: S,
): { value: z.infer<S>; located: LocatedYaml } {
  const lc = new LineCounter();
  // YAML 1.2 core schema: dates stay strings, `no` stays a string; duplicate keys are errors.
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new DiagnosticError(
      doc.errors.map((e) => {
        const { line, col } = lc.linePos(e.pos[0]);
        return { file, line, col, message: e.message.split(' at line')[0] ?? e.message, code: 'yaml-syntax' };
      }),
    );
  }
  const locate = locator(doc, lc);
  const raw = doc.toJS({ maxAliasCount: 100 });
  const result = schema.safeParse(raw);
  if (!result.success) {
    const diagnostics: Diagnostic[] = result.error.issues.map((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : undefined;
      const where = locate(issue.path, keys?.[0]);
      const at = pathText(issue.path);
      const message = keys
        ? `unknown key ${keys.map((k) => `"${k}"`).join(', ')}${at ? ` in ${at}` : ''}`
        : `${at || '(top level)'}: ${issue.message}`;
      return { file, ...where, message, code: issueCode(issue.code) };
    });
    throw new DiagnosticError(diagnostics);
  }
  return { value: result.data, located: { file, locate } };
}
