/**
 * What the CLI takes from the outside world, in one place: where the package lives, which rule
 * folder is in use, how paths are shown, and today's date in China.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type IsoDate, parseIsoDate } from '../calendar/isoDate.js';
import type { DataLocations } from '../data/loadData.js';

/**
 * The package root: the nearest folder above this module that holds `package.json`, `rules/` and
 * `data/` (`src/` has folders named rules and data too, so they alone do not say it).
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rules')) && existsSync(join(dir, 'data'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('cannot find the permit package root (a folder with package.json, rules/ and data/)');
}

/** A path as messages should show it: relative to `cwd` when inside it, else absolute. */
export function displayPath(path: string, cwd: string): string {
  const abs = isAbsolute(path) ? path : resolve(cwd, path);
  const rel = relative(cwd, abs);
  return rel.startsWith('..') || rel === '' || isAbsolute(rel) ? abs : rel;
}

/** Where the data lives: the package, and the rule folder (PERMIT_RULES, else the shipped one). */
export function dataLocations(root: string, env: Readonly<Record<string, string | undefined>>, cwd: string): DataLocations {
  const fromEnv = env.PERMIT_RULES;
  const rulesDir = fromEnv === undefined ? join(root, 'rules') : fromEnv === '' ? '' : resolve(cwd, fromEnv);
  return {
    root,
    rulesDir,
    rulesDisplay: fromEnv === undefined ? displayPath(rulesDir, cwd) : `${fromEnv} (PERMIT_RULES)`,
    display: (p) => displayPath(p, cwd),
  };
}

/** Today's date in Asia/Shanghai, whatever the machine's time zone. */
export function todayInChina(now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return parseIsoDate(`${get('year')}-${get('month')}-${get('day')}`) as IsoDate;
}

/** Whether an environment variable is set to a true value: CI=false, CI=0 and CI= are not. */
export function isTrue(v: string | undefined): boolean {
  return v !== undefined && !['', '0', 'false', 'no', 'off'].includes(v.trim().toLowerCase());
}
