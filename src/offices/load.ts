/**
 * Loads data/offices.yaml and checks what the schema alone cannot: ids are unique, every office
 * serves declared areas, every area has somewhere to file, portals are in date order. Also the
 * pure look-ups the commands share: which offices an employer may use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  loadSourcesFile,
  type Registry,
  resolveCitations,
  unknownSourceProblem,
} from '../sources/registry.js';
import { type Diagnostic, DiagnosticError } from '../yaml/diagnostics.js';
import { loadYaml } from '../yaml/loadYaml.js';
import { portalPeriods } from './portal.js';
import {
  type Area,
  type City,
  type Counter,
  type Office,
  type OfficesFile,
  officesFileSchema,
} from './schema.js';
import { OFFICES_FILE } from '../data/loadData.js';

/** A validated offices file. */
export interface OfficesData extends OfficesFile {
  file: string;
}

/**
 * Parses and checks the text of an offices file, resolving its citations against `registry`.
 * Throws DiagnosticError listing every problem.
 */
export function parseOffices(file: string, text: string, registry: Registry): OfficesData {
  const { value: written, located } = loadYaml(file, text, officesFileSchema);
  const problems: Diagnostic[] = [];
  const problem = (path: PropertyKey[], message: string, code: string) =>
    problems.push({ file, ...located.locate(path), message, code });
  const value = resolveCitations(written, registry, written.checked, (path, c) => {
    const where = located.locate([...path, 'source']);
    problems.push(unknownSourceProblem(file, where, c.source, registry.file));
  });

  const cityIds = new Set<string>();
  const placeIds = new Set<string>();
  value.cities.forEach((city, c) => {
    if (cityIds.has(city.id))
      problem(['cities', c, 'id'], `city "${city.id}" is listed twice`, 'duplicate-id');
    cityIds.add(city.id);
    const areaIds = new Set<string>();
    city.areas.forEach((a, i) => {
      if (areaIds.has(a.id)) {
        problem(
          ['cities', c, 'areas', i, 'id'],
          `area "${a.id}" is listed twice in ${city.id}`,
          'duplicate-id',
        );
      }
      areaIds.add(a.id);
    });
    const served = new Set<string>();
    const checkPlace = (list: 'offices' | 'counters', item: Office | Counter, i: number) => {
      if (placeIds.has(item.id)) {
        problem(['cities', c, list, i, 'id'], `id "${item.id}" is used twice in this file`, 'duplicate-id');
      }
      placeIds.add(item.id);
      const areas = item.serves.areas;
      if (areas === 'all') {
        if (list === 'offices') for (const a of areaIds) served.add(a);
        return;
      }
      areas.forEach((a, j) => {
        if (!areaIds.has(a)) {
          problem(
            ['cities', c, list, i, 'serves', 'areas', j],
            `"${a}" is not an area of ${city.id} (one of ${[...areaIds].join(', ')})`,
            'unknown-area',
          );
        }
        if (list === 'offices') served.add(a);
      });
    };
    city.offices.forEach((o, i) => {
      checkPlace('offices', o, i);
    });
    city.counters?.forEach((k, i) => {
      checkPlace('counters', k, i);
    });
    city.areas.forEach((a, i) => {
      if (!served.has(a.id)) {
        problem(
          ['cities', c, 'areas', i, 'id'],
          `no office serves area "${a.id}" of ${city.id}`,
          'unserved-area',
        );
      }
    });
  });

  const portalIds = new Set<string>();
  value.portals.forEach((p, i) => {
    if (portalIds.has(p.id))
      problem(['portals', i, 'id'], `portal "${p.id}" is listed twice`, 'duplicate-id');
    portalIds.add(p.id);
  });
  // Windows must follow one another: a portal cannot start before the previous one started.
  const windows = portalPeriods(value.portals);
  windows.forEach((w, i) => {
    const prev = windows[i - 1];
    if (prev && w.from.earliest <= prev.from.latest) {
      problem(
        ['portals', i, 'from'],
        `portals must be listed oldest first: "${w.portal.id}" may start before "${prev.portal.id}"`,
        'portal-order',
      );
    }
    if (w.portal.to && w.to && w.to.latest < w.from.earliest) {
      problem(['portals', i, 'to'], `"${w.portal.id}" ends before it starts`, 'portal-order');
    }
  });

  if (problems.length > 0) throw new DiagnosticError(problems);
  return { ...value, file };
}

/** Reads the shipped `data/offices.yaml` under the package root, with the registry beside it. */
export function loadOffices(root: string, registry: Registry = loadSourcesFile(root)): OfficesData {
  return parseOffices(OFFICES_FILE, readFileSync(join(root, OFFICES_FILE), 'utf8'), registry);
}

/** A city or area id the data does not know; `known` lists the valid ids, for the message. */
export class UnknownPlaceError extends Error {
  override name = 'UnknownPlaceError';
  constructor(
    readonly kind: 'city' | 'district',
    readonly given: string,
    readonly known: readonly string[],
    readonly city?: string,
  ) {
    super(
      kind === 'city'
        ? `unknown city "${given}"; known cities: ${known.join(', ')}`
        : `unknown district "${given}" for ${city}; known: ${known.join(', ')}`,
    );
  }
}

/** The city with id `id`, or UnknownPlaceError. */
export function findCity(data: OfficesFile, id: string): City {
  const city = data.cities.find((c) => c.id === id);
  if (!city)
    throw new UnknownPlaceError(
      'city',
      id,
      data.cities.map((c) => c.id),
    );
  return city;
}

/** The area `id` of `city`, or UnknownPlaceError. */
export function findArea(city: City, id: string): Area {
  const area = city.areas.find((a) => a.id === id);
  if (!area)
    throw new UnknownPlaceError(
      'district',
      id,
      city.areas.map((a) => a.id),
      city.id,
    );
  return area;
}

const serves = (item: Office | Counter, district: string) =>
  item.serves.areas === 'all' || item.serves.areas.includes(district);

/**
 * The offices an employer of `city` may file at, in file order. With `district` (the district or
 * registration area the employer is registered in, e.g. `chaoyang`, `jiangbei`): only those that
 * serve it — in Beijing the district center plus the municipal center, in Nanjing the one
 * competent acceptance point. Without: every office of the city. Throws UnknownPlaceError for an
 * unknown city or district.
 *
 * @example
 * whereToFile(offices, 'beijing', 'chaoyang').map((o) => o.id)
 * //=> ['beijing-overseas-talents-center', 'chaoyang-hr-public-service-center']
 */
export function whereToFile(offices: OfficesFile, city: string, district?: string): Office[] {
  const c = findCity(offices, city);
  if (district === undefined) return [...c.offices];
  findArea(c, district);
  return c.offices.filter((o) => serves(o, district));
}

/** Counted-but-unlisted service points (e.g. Beijing's one-stop counters) open to `district`. */
export function countersFor(offices: OfficesFile, city: string, district?: string): Counter[] {
  const c = findCity(offices, city);
  if (district !== undefined) findArea(c, district);
  return (c.counters ?? []).filter((k) => district === undefined || serves(k, district));
}
