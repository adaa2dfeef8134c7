/** The shipped data/offices.yaml: it loads, cites its sources, and routes each employer correctly. */
import { describe, expect, it } from 'vitest';
import {
  countersFor,
  findCity,
  loadOffices,
  UnknownPlaceError,
  whereToFile,
} from '../../src/offices/load.js';
import { repoRoot } from '../helpers/calendar.js';

const offices = loadOffices(repoRoot);
const ids = (list: { id: string }[]) => list.map((o) => o.id);

describe('the shipped offices file', () => {
  it('loads and knows Beijing and Nanjing', () => {
    expect(offices.file).toBe('data/offices.yaml');
    expect(ids(offices.cities)).toEqual(['beijing', 'nanjing']);
  });

  it('cites a registry source, checked 2026-11-22 unless the citation says otherwise, for every office, counter, note and portal', () => {
    const citations = [
      ...offices.cities.flatMap((c) => [
        ...c.offices.flatMap((o) => [
          o.source,
          ...(o['see-also'] ?? []),
          ...(o.variants ?? []).map((v) => v.source),
        ]),
        ...(c.counters ?? []).map((k) => k.source),
        ...(c.notes ?? []).map((n) => n.source),
      ]),
      ...offices.portals.flatMap((p) => [
        p.source,
        p.from.source,
        ...(p['seen-in'] ?? []).map((s) => s.source),
      ]),
    ];
    expect(citations.length).toBeGreaterThan(30);
    for (const c of citations) {
      expect(c, 'every city note has a source').toBeDefined();
      expect(c?.source).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c?.title.en).toBeTruthy();
      expect(c?.publisher.zh).toBeTruthy();
      expect(c?.checked).toBe('2026-11-22');
    }
  });

  it('lists the five Beijing centers of seeds 001 and 003 with their hours and phones', () => {
    const beijing = findCity(offices, 'beijing');
    expect(ids(beijing.offices)).toEqual([
      'beijing-overseas-talents-center',
      'chaoyang-hr-public-service-center',
      'haidian-hr-public-service-center',
      'shunyi-hrss-bureau',
      'tongzhou-hrss-bureau',
    ]);
    const byId = new Map(beijing.offices.map((o) => [o.id, o]));
    // Read off seeds 001 and 003 by hand.
    expect(byId.get('beijing-overseas-talents-center')?.phone).toEqual(['010-89150841', '010-89150842']);
    expect(byId.get('beijing-overseas-talents-center')?.hours?.periods).toEqual([
      '09:00-12:00',
      '13:30-17:00',
    ]);
    expect(byId.get('chaoyang-hr-public-service-center')?.hours?.periods).toEqual([
      '09:00-11:40',
      '13:00-16:40',
    ]);
    expect(byId.get('chaoyang-hr-public-service-center')?.phone).toEqual(['010-57596100']);
    expect(byId.get('haidian-hr-public-service-center')?.phone).toEqual(['010-68940680']);
    expect(byId.get('shunyi-hrss-bureau')?.hours?.periods).toEqual(['09:00-11:40', '13:30-16:40']);
    expect(byId.get('shunyi-hrss-bureau')?.phone).toEqual(['010-89446673']);
    expect(byId.get('tongzhou-hrss-bureau')?.hours?.periods).toEqual(['08:30-12:00', '13:00-17:00']);
    // Neither seed gives Tongzhou a phone number: the data must not invent one.
    expect(byId.get('tongzhou-hrss-bureau')?.phone).toBeUndefined();
  });

  it('keeps seed 001 wording where it differs from seed 003', () => {
    const botc = findCity(offices, 'beijing').offices[0];
    const fields = (botc?.variants ?? []).map((v) => `${v.field}:${v.source.source}`);
    expect(fields).toContain('address:beijing-cancellation-guide');
    expect(fields).toContain('name:beijing-cancellation-guide');
    expect(fields).toContain('name:beijing-extension-guide');
  });

  it("records Beijing's 15 one-stop counters from seed 004 without inventing addresses", () => {
    const [counter] = countersFor(offices, 'beijing');
    expect(counter?.count).toBe(15);
    expect(counter?.source.source).toBe('beijing-two-permits-guide-2023');
    expect(countersFor(offices, 'beijing', 'fengtai')).toHaveLength(1);
    expect(countersFor(offices, 'nanjing')).toEqual([]);
  });

  it('lists the Nanjing acceptance points of seed 002, question 1', () => {
    const nanjing = findCity(offices, 'nanjing');
    const byId = new Map(nanjing.offices.map((o) => [o.id, o]));
    const city = byId.get('nanjing-science-technology-bureau');
    expect(city?.address).toContain('A314 and A315');
    expect(city?.address).toContain('No. 265 Jiangdong Middle Road, Jianye District');
    expect(city?.phone).toEqual(['68505314', '68505315']);
    expect(byId.get('jiangsu-science-technology-department')?.address).toContain('RC04');
    expect(byId.get('jiangsu-science-technology-department')?.phone).toEqual(['83666281']);
    expect(byId.get('jiangbei-new-area-bureau')?.phone).toEqual(['83146818']);
    expect(byId.get('jiangning-science-technology-bureau')?.phone).toEqual(['87180602']);
    expect(byId.get('jiangning-development-zone-bureau')?.phone).toEqual(['52110731']);
    // The FAQ gives no hours for any of them.
    expect(nanjing.offices.every((o) => o.hours === undefined)).toBe(true);
  });
});

describe('whereToFile', () => {
  it('sends a Chaoyang employer to the municipal center or the Chaoyang center', () => {
    expect(ids(whereToFile(offices, 'beijing', 'chaoyang'))).toEqual([
      'beijing-overseas-talents-center',
      'chaoyang-hr-public-service-center',
    ]);
  });

  it.each([
    ['haidian', 'haidian-hr-public-service-center'],
    ['shunyi', 'shunyi-hrss-bureau'],
    ['tongzhou', 'tongzhou-hrss-bureau'],
  ])('gives a %s employer its district center besides the municipal one', (district, center) => {
    expect(ids(whereToFile(offices, 'beijing', district))).toEqual([
      'beijing-overseas-talents-center',
      center,
    ]);
  });

  it('sends an employer of a district without its own center only to the municipal center', () => {
    expect(ids(whereToFile(offices, 'beijing', 'fengtai'))).toEqual(['beijing-overseas-talents-center']);
    expect(ids(whereToFile(offices, 'beijing', 'xicheng'))).toEqual(['beijing-overseas-talents-center']);
  });

  it('lists every office of the city without a district', () => {
    expect(whereToFile(offices, 'beijing')).toHaveLength(5);
    expect(whereToFile(offices, 'nanjing')).toHaveLength(5);
  });

  it.each([
    ['municipal', 'nanjing-science-technology-bureau'],
    ['provincial', 'jiangsu-science-technology-department'],
    ['jiangbei', 'jiangbei-new-area-bureau'],
    ['jiangning', 'jiangning-science-technology-bureau'],
    ['jiangning-development-zone', 'jiangning-development-zone-bureau'],
  ])('gives a Nanjing employer of area %s exactly one competent point', (area, office) => {
    expect(ids(whereToFile(offices, 'nanjing', area))).toEqual([office]);
  });

  it('names the known cities when the city is unknown', () => {
    expect(() => whereToFile(offices, 'shanghai')).toThrow(UnknownPlaceError);
    expect(() => whereToFile(offices, 'shanghai')).toThrow('known cities: beijing, nanjing');
  });

  it('names the known districts when the district is unknown', () => {
    try {
      whereToFile(offices, 'nanjing', 'xuanwu');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownPlaceError);
      expect((e as UnknownPlaceError).kind).toBe('district');
      expect((e as UnknownPlaceError).known).toEqual([
        'municipal',
        'provincial',
        'jiangbei',
        'jiangning',
        'jiangning-development-zone',
      ]);
    }
  });

  it("does not accept one city's district for another", () => {
    expect(() => whereToFile(offices, 'nanjing', 'chaoyang')).toThrow(
      'unknown district "chaoyang" for nanjing',
    );
  });
});
