/**
 * The source registry (data/sources.yaml) and citation resolution: a citation written
 * `{ source: civil-code, ref: "art. 201" }` becomes a ResolvedCitation carrying the source's kind,
 * title and publisher, the date it was checked and its address, which is what every output shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IsoDate } from '../calendar/isoDate.js';
import type { Diagnostic } from '../yaml/diagnostics.js';
import { loadYaml } from '../yaml/loadYaml.js';
import type { Bilingual } from '../yaml/schemaParts.js';
import { SOURCES_FILE } from './files.js';
import { type Citation, type SourceEntry, type SourceKind, sourcesFileSchema } from './schema.js';

export type { Citation, SourceKind };

export { SOURCES_FILE };

/** A registry entry with its id. `seed` is provenance only and is never shown. */
export type Source = SourceEntry & { id: string };

/** A citation ready to show: what the source is, where in it, and when it was checked. */
export interface ResolvedCitation {
  /** The registry id. */
  source: string;
  kind: SourceKind;
  title: Bilingual;
  publisher: Bilingual;
  ref: string;
  checked: IsoDate;
  /** The citation's own deep link, else the source's address; absent when none is known. */
  url?: string;
}

/**
 * The pre-registry citation shape (`{ doc | law, ref, checked }`).
 * @deprecated Only src/rules/evaluate.ts still builds these (the calendar-coverage warning);
 * convert it to a registry id and a ResolvedCitation.
 */
export interface LegacyCitation {
  doc?: string;
  law?: string;
  ref: string;
  url?: string;
  checked: IsoDate;
}

/** A validated registry. A list, not a map, so that it survives the JSON of the snapshot. */
export interface Registry {
  file: string;
  /** When the entries were last checked. */
  checked: IsoDate;
  /** In file order. */
  sources: Source[];
}

/** Parses and checks the text of a registry file. Throws DiagnosticError listing every problem. */
export function parseSourcesFile(file: string, text: string): Registry {
  const { value } = loadYaml(file, text, sourcesFileSchema);
  return {
    file,
    checked: value.checked,
    sources: Object.entries(value.sources).map(([id, entry]) => ({ id, ...entry })),
  };
}

/** Reads the shipped data/sources.yaml under the package root. */
export function loadSourcesFile(root: string): Registry {
  return parseSourcesFile(SOURCES_FILE, readFileSync(join(root, SOURCES_FILE), 'utf8'));
}

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
