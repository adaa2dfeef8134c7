/**
 * Citation resolution, pure and cheap to import (no YAML parser): a citation written
 * `{ source: civil-code, ref: "art. 201" }` becomes a ResolvedCitation with the source's kind,
 * title and publisher, the date it was checked and its address.
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { Diagnostic } from '../yaml/diagnostics.js';
import type { Registry, ResolvedCitation, Source } from './registry.js';
import type { Citation, SourceEntry } from './schema.js';

/** The source with this id, or undefined. */
export function findSource(registry: Pick<Registry, 'sources'>, id: string): Source | undefined {
  return registry.sources.find((s) => s.id === id);
}

/** A citation that names no source of the registry. */
export class UnknownSourceError extends Error {
  override name = 'UnknownSourceError';
  constructor(readonly id: string) {
    super(`unknown source "${id}"`);
  }
}

/**
 * The citation as outputs show it. `fileChecked` is the `checked:` date of the file the citation
 * is written in: the default for every citation that gives none.
 *
 * @example
 * resolveCitation(registry, { source: 'civil-code', ref: 'art. 201' }, '2026-11-22')
 * //=> { source: 'civil-code', kind: 'law',
 * //     title: { en: "Civil Code of the People's Republic of China", zh: '中华人民共和国民法典' },
 * //     publisher: { en: "National People's Congress", zh: '全国人民代表大会' },
 * //     ref: 'art. 201', checked: '2026-11-22' }
 */
export function resolveCitation(
  registry: Pick<Registry, 'sources'>,
  citation: Citation,
  fileChecked: IsoDate,
): ResolvedCitation {
  const s = findSource(registry, citation.source);
  if (!s) throw new UnknownSourceError(citation.source);
  const url = citation.url ?? s.url;
  return {
    source: s.id,
    kind: s.kind,
    title: s.title,
    publisher: s.publisher,
    ref: citation.ref,
    checked: citation.checked ?? fileChecked,
    ...(url ? { url } : {}),
  };
}

/**
 * `T` with every written Citation replaced by a ResolvedCitation. `Keep` names types that hold
 * no citation and are kept as they are (rule conditions and counts are recursive).
 */
export type WithResolvedCitations<T, Keep = never> = T extends Citation
  ? ResolvedCitation
  : T extends string | number | boolean | null | undefined
    ? T
    : T extends Keep
      ? T
      : { [K in keyof T]: WithResolvedCitations<T[K], Keep> };

const isCitation = (v: unknown): v is Citation =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { source?: unknown }).source === 'string' &&
  typeof (v as { ref?: unknown }).ref === 'string';

/**
 * Resolves every citation inside a validated file. A citation is an object whose `source` is a
 * string (an id) and which has a `ref`; every other value is copied. Calls `unknown` with the
 * path of each citation that names no source, so the caller can report them all at once.
 * Top-level keys in `skip` (e.g. a file's own `sources:` map) are copied untouched.
 */
export function resolveCitations<T, Keep = never>(
  value: T,
  registry: Pick<Registry, 'sources'>,
  fileChecked: IsoDate,
  unknown: (path: PropertyKey[], citation: Citation) => void,
  skip: readonly string[] = [],
): WithResolvedCitations<T, Keep> {
  const walk = (v: unknown, path: PropertyKey[]): unknown => {
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i]));
    if (isCitation(v)) {
      if (!findSource(registry, v.source)) {
        unknown(path, v);
        return v;
      }
      return resolveCitation(registry, v, fileChecked);
    }
    if (typeof v !== 'object' || v === null) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      out[k] = path.length === 0 && skip.includes(k) ? x : walk(x, [...path, k]);
    }
    return out;
  };
  return walk(value, []) as WithResolvedCitations<T, Keep>;
}

/**
 * The registry with a file's own extra sources (a company's rule folder may declare some). Their
 * ids must not shadow registry ids: `shadowed(id)` is called for each one that does.
 */
export function withLocalSources(
  registry: Registry,
  local: Record<string, SourceEntry> | undefined,
  shadowed: (id: string) => void,
): Pick<Registry, 'sources'> {
  if (!local) return registry;
  const extra: Source[] = [];
  for (const [id, entry] of Object.entries(local)) {
    if (findSource(registry, id)) shadowed(id);
    else extra.push({ id, ...entry });
  }
  return { sources: [...registry.sources, ...extra] };
}

/**
 * The problem for a citation naming no known source. `ownSources`: the file may declare sources
 * of its own (a rule file can; data/offices.yaml cannot).
 */
export function unknownSourceProblem(
  file: string,
  where: { line: number; col: number },
  id: string,
  registryFile: string,
  ownSources = false,
): Diagnostic {
  const own = ownSources ? ` or one declared under this file's "sources:"` : '';
  return {
    file,
    ...where,
    message: `unknown source "${id}"; cite an id of ${registryFile} (permit sources lists them)${own}`,
    code: 'unknown-source',
  };
}
