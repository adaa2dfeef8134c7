/** portalOn: the portal of each period, and a caveat wherever the switch date is unknown. */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { loadOffices } from '../../src/offices/load.js';
import { portalOn, portalPeriods } from '../../src/offices/portal.js';
import type { Portal } from '../../src/offices/schema.js';
import type { ResolvedCitation } from '../../src/sources/registry.js';
import { repoRoot } from '../helpers/calendar.js';

const { portals } = loadOffices(repoRoot);
const SAFEA = 'http://fwp.safea.gov.cn/';
const MOST = 'https://fuwu.most.gov.cn/lhgzweb/';
const MOHRSS = 'https://www.12333.gov.cn/';

describe('portalOn with the shipped portal history', () => {
  it.each([
    // Inside a known period: one portal, no caveat.
    ['2017-04-01', SAFEA, 'the roll-out day of the unified system (外专发〔2017〕40号)'],
    ['2017-12-31', SAFEA, 'the last day before 2018, the year of the switch to MOST'],
    ['2018-12-31', MOST, 'the last day of 2018: the switch must have happened by then'],
    ['2020-06-15', MOST, 'the middle of the MOST era'],
    ['2023-03-15', MOST, 'the day before the 2023 reform plan'],
    ['2024-12-24', MOHRSS, 'the Shanghai page naming the MOHRSS platform'],
    ['2025-03-06', MOHRSS, 'the Nanjing FAQ (seed 002)'],
    ['2026-11-22', MOHRSS, 'the day the data was checked'],
  ])('on %s gives %s with no caveat (%s)', (date, url) => {
    const p = portalOn(portals, date as IsoDate);
    expect(p?.portal.url).toBe(url);
    expect(p?.certain).toBe(true);
    expect(p?.caveat).toBeUndefined();
    expect(p?.alsoPossible).toEqual([]);
  });

  it.each([
    ['2018-01-01', SAFEA, MOST, 'between 2018-01-01 and 2018-12-31'],
    ['2018-06-01', SAFEA, MOST, 'between 2018-01-01 and 2018-12-31'],
    ['2018-12-30', SAFEA, MOST, 'between 2018-01-01 and 2018-12-31'],
    ['2023-03-16', MOST, MOHRSS, 'between 2023-03-16 and 2024-12-24'],
    ['2024-06-01', MOST, MOHRSS, 'between 2023-03-16 and 2024-12-24'],
    ['2024-12-23', MOST, MOHRSS, 'between 2023-03-16 and 2024-12-24'],
  ])(
    'on %s, inside a switch window, gives the older %s and names %s in a caveat',
    (date, older, newer, window) => {
      const p = portalOn(portals, date as IsoDate);
      expect(p?.portal.url).toBe(older);
      expect(p?.certain).toBe(false);
      expect(p?.alsoPossible.map((x) => x.url)).toEqual([newer]);
      expect(p?.caveat?.en).toContain(`from ${older} to ${newer}`);
      expect(p?.caveat?.en).toContain(window);
      expect(p?.caveat?.zh).toContain(newer);
    },
  );

  it('gives no portal before the unified system opened on 2017-04-01', () => {
    expect(portalOn(portals, '2017-03-31' as IsoDate)).toBeUndefined();
  });

  it('derives each end from the next start: SAFEA ends a day before MOST may start', () => {
    const [safea, most, mohrss] = portalPeriods(portals);
    expect(safea?.to).toEqual({ earliest: '2017-12-31', latest: '2018-12-30' });
    expect(most?.to).toEqual({ earliest: '2023-03-15', latest: '2024-12-23' });
    expect(mohrss?.to).toBeUndefined();
  });
});

describe('portalOn edge cases (synthetic history)', () => {
  const citation: ResolvedCitation = {
    source: 'test-source',
    kind: 'official-guide',
    title: { en: 'Test page', zh: '测试页面' },
    publisher: { en: 'Test office', zh: '测试机构' },
    ref: 'section 1',
    checked: '2026-11-22' as IsoDate,
  };
  const boundary = (b: { on?: string; between?: [string, string] }) => ({
    ...(b.on ? { on: b.on as IsoDate } : {}),
    ...(b.between ? { between: b.between as [IsoDate, IsoDate] } : {}),
    basis: { en: 'Test basis.', zh: '测试依据。' },
    source: citation,
  });
  const portal = (
    id: string,
    from: Parameters<typeof boundary>[0],
    to?: Parameters<typeof boundary>[0],
  ): Portal => ({
    id,
    url: `https://${id}.example/`,
    name: { en: id, zh: id },
    operator: { en: id, zh: id },
    from: boundary(from),
    ...(to ? { to: boundary(to) } : {}),
    source: citation,
  });

  it('warns that a portal with an uncertain start may not have been open yet', () => {
    const p = portalOn([portal('only', { between: ['2020-01-01', '2020-06-30'] })], '2020-03-01' as IsoDate);
    expect(p?.portal.id).toBe('only');
    expect(p?.certain).toBe(false);
    expect(p?.caveat?.en).toContain('may not yet have been in use');
  });

  it('warns that a portal with an uncertain explicit end may already be closed, and none after it', () => {
    const history = [portal('old', { on: '2020-01-01' }, { between: ['2021-01-01', '2021-12-31'] })];
    expect(portalOn(history, '2021-06-01' as IsoDate)?.caveat?.en).toContain(
      'may no longer have been in use',
    );
    expect(portalOn(history, '2022-01-01' as IsoDate)).toBeUndefined();
    expect(portalOn(history, '2020-12-31' as IsoDate)?.certain).toBe(true);
  });

  it('switches on the exact day when both ends are known', () => {
    const history = [portal('a', { on: '2020-01-01' }), portal('b', { on: '2021-01-01' })];
    expect(portalOn(history, '2020-12-31' as IsoDate)?.portal.id).toBe('a');
    expect(portalOn(history, '2021-01-01' as IsoDate)?.portal.id).toBe('b');
    expect(portalOn(history, '2021-01-01' as IsoDate)?.certain).toBe(true);
  });
});
