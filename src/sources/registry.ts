/**
 * The source registry (data/sources.yaml) and citation resolution: a citation written
 * `{ source: civil-code, ref: "art. 201" }` becomes a ResolvedCitation carrying the source's kind,
 * title and publisher, the date it was checked and its address, which is what every output shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IsoDate } from '../calendar/isoDate.js';
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

export {
  findSource,
  resolveCitation,
  resolveCitations,
  UnknownSourceError,
  unknownSourceProblem,
  type WithResolvedCitations,
  withLocalSources,
} from './resolve.js';
