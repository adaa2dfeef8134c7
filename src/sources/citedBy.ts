/**
 * Which rule items and offices entries cite which source: the answer of `permit sources <id>`,
 * and what test/rules/coverage.test.ts uses to find registry entries nobody cites. Pure.
 */
import type { RuleSet as LoadedRules } from '../rules/ruleSet.js';
import type { ResolvedCitation } from './registry.js';

/** The two sources the working-day calendar rests on (data/calendar/cn.yaml), cited or not. */
export const CALENDAR_SOURCES: readonly string[] = ['holiday-measures', 'state-council-holiday-notices'];

/** One place that cites a source. */
export interface CitedAt {
  /** The file, e.g. `rules/cancel.yaml` or `data/offices.yaml`. */
  file: string;
  /** For a rule file. */
  procedure?: string;
  /** `document`, `deadline`, `step`, `warning`; `office`, `counter`, `city`, `portal`. */
  itemKind: string;
  /** The item's id. */
  item: string;
  /** Where in the item: `source`, `see also`, `alternative <id>`, `case 2`, `note 1`, … */
  as: string;
  ref: string;
}

const isResolved = (v: unknown): v is ResolvedCitation =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { source?: unknown }).source === 'string' &&
  typeof (v as { kind?: unknown }).kind === 'string';

/** Every resolved citation inside `value`, with its path. */
function citationsIn(
  value: unknown,
  path: PropertyKey[] = [],
): { path: PropertyKey[]; c: ResolvedCitation }[] {
  if (isResolved(value)) return [{ path, c: value }];
  if (Array.isArray(value)) return value.flatMap((x, i) => citationsIn(x, [...path, i]));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, x]) => citationsIn(x, [...path, k]));
}

const at = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], root);

const idOf = (v: unknown): string | undefined =>
  typeof (v as { id?: unknown } | undefined)?.id === 'string' ? (v as { id: string }).id : undefined;

/** `['alternatives', 0, 'source']` of a deadline → `alternative makeup-days-not-counted`. */
function describe(item: unknown, rest: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node = item;
  for (let i = 0; i < rest.length; i++) {
    const key = rest[i] as PropertyKey;
    const next = rest[i + 1];
    const indexed = typeof next === 'number';
    const child = indexed ? at(node, [key, next]) : at(node, [key]);
    const n = indexed ? next + 1 : 0;
    if (key === 'see-also') parts.push('see also');
    else if (key === 'alternatives') parts.push(`alternative ${idOf(child) ?? n}`);
    else if (key === 'cases') parts.push(`case ${n}`);
    else if (key === 'notes') parts.push(`note ${n}`);
    else if (key === 'variants') parts.push(`variant ${n}`);
    else if (key === 'seen-in') parts.push(`seen in ${n}`);
    else if (key === 'from') parts.push('start date');
    else if (key === 'to') parts.push('end date');
    else if (key !== 'source') parts.push(String(key));
    node = child;
    if (indexed) i++;
  }
  return parts.length > 0 ? parts.join(', ') : 'source';
}

const RULE_LISTS: Record<string, string> = {
  documents: 'document',
  deadlines: 'deadline',
  steps: 'step',
  warnings: 'warning',
};

/** Every citation of a rule file, by the item (document, deadline, step, warning) that makes it. */
export function ruleCitations(rules: LoadedRules): (CitedAt & { source: string })[] {
  const out: (CitedAt & { source: string })[] = [];
  for (const [list, itemKind] of Object.entries(RULE_LISTS)) {
    const items = (rules as unknown as Record<string, unknown[] | undefined>)[list] ?? [];
    items.forEach((item, i) => {
      for (const { path, c } of citationsIn(item)) {
        out.push({
          source: c.source,
          file: rules.file,
          procedure: rules.procedure,
          itemKind,
          item: idOf(item) ?? `${list}[${i}]`,
          as: describe(item, path),
          ref: c.ref,
        });
      }
    });
  }
  return out;
}

const OFFICE_LISTS: Record<string, string> = {
  cities: 'city',
  offices: 'office',
  counters: 'counter',
  portals: 'portal',
};

/** Every citation of an offices file, by the innermost office, counter, city or portal around it. */
export function officesCitations(offices: { file: string }): (CitedAt & { source: string })[] {
  return citationsIn(offices).map(({ path, c }) => {
    // The innermost object of a known list on the path names the item.
    let cut = 0;
    let itemKind = 'entry';
    for (let i = 0; i + 1 < path.length; i++) {
      const kind = OFFICE_LISTS[String(path[i])];
      if (kind && typeof path[i + 1] === 'number') {
        cut = i + 2;
        itemKind = kind;
      }
    }
    const item = at(offices, path.slice(0, cut));
    return {
      source: c.source,
      file: offices.file,
      itemKind,
      item: idOf(item) ?? path.slice(0, cut).join('.'),
      as: describe(item, path.slice(cut)),
      ref: c.ref,
    };
  });
}
