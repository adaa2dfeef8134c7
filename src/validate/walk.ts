/**
 * Which files `permit validate` checks: each argument is a file, a directory (searched for
 * `*.yaml` and `*.yml`, recursively) or a glob. An argument that matches nothing is reported, so
 * a typo never passes a run that checked nothing.
 */
import { type Dirent, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export interface WalkResult {
  /** Absolute paths, sorted, each once. */
  files: string[];
  /** Arguments that matched no case file. */
  unmatched: string[];
  /** Entries that look like case files but are not files (a directory named x.yaml). */
  notFiles: { path: string; what: string }[];
}

const CASE_FILE = /\.ya?ml$/i;
/** Folders never searched: dependencies, VCS data, build output. */
const SKIP = new Set(['node_modules', '.git', 'dist', 'coverage', '.stryker-tmp']);

function describe(path: string): string {
  try {
    const s = statSync(path);
    if (s.isDirectory()) return 'a directory';
    if (s.isFIFO()) return 'a named pipe (FIFO)';
    if (s.isSocket()) return 'a socket';
    if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
    return 'a file';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'a symbolic link loop' : 'unreadable';
  }
}

/** Every case file under `dir`, following symbolic links to folders once (a loop is not followed twice). */
function walkDir(dir: string, out: Set<string>, notFiles: WalkResult['notFiles'], seen: Set<string>): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    notFiles.push({ path: dir, what: 'a symbolic link loop or unreadable folder' });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    notFiles.push({ path: dir, what: 'an unreadable folder' });
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIP.has(e.name)) continue;
      if (CASE_FILE.test(e.name)) notFiles.push({ path, what: 'a directory' });
      walkDir(path, out, notFiles, seen);
    } else if (CASE_FILE.test(e.name)) {
      // Files, and anything else named like one (a FIFO, a socket, a link): the reader says what is wrong.
      if (e.isSymbolicLink()) {
        const what = describe(path);
        if (what === 'a directory') {
          walkDir(path, out, notFiles, seen);
          continue;
        }
      }
      out.add(path);
    } else if (e.isSymbolicLink()) {
      if (describe(path) === 'a directory' && !SKIP.has(e.name)) walkDir(path, out, notFiles, seen);
    }
  }
}

/**
 * The case files the arguments name, relative to `cwd`.
 *
 * @example
 * walk(['cases/', 'extra/*.yaml', 'one.yaml'], '/repo') //=> { files: [...], unmatched: [], notFiles: [] }
 */
export function walk(args: readonly string[], cwd: string): WalkResult {
  const files = new Set<string>();
  const unmatched: string[] = [];
  const notFiles: WalkResult['notFiles'] = [];
  for (const arg of args) {
    const before = files.size + notFiles.length;
    const abs = isAbsolute(arg) ? arg : resolve(cwd, arg);
    let kind: 'dir' | 'file' | 'missing' | 'other';
    try {
      const s = statSync(abs);
      kind = s.isDirectory() ? 'dir' : 'file';
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') kind = 'other';
      else {
        try {
          lstatSync(abs);
          kind = 'other'; // a dangling link: the reader reports it
        } catch {
          kind = 'missing';
        }
      }
    }
    if (kind === 'dir') walkDir(abs, files, notFiles, new Set());
    else if (kind === 'file' || kind === 'other') files.add(abs);
    else if (isDynamicPattern(arg)) {
      for (const m of globSync(arg, { cwd, absolute: true, onlyFiles: false, dot: false, ignore: [...SKIP].map((d) => `**/${d}/**`) })) {
        const path = m.endsWith(sep) || m.endsWith('/') ? m.slice(0, -1) : m;
        let isDir: boolean;
        try {
          isDir = statSync(path).isDirectory();
        } catch {
          isDir = false;
        }
        if (isDir) {
          if (CASE_FILE.test(path)) notFiles.push({ path, what: 'a directory' });
          walkDir(path, files, notFiles, new Set());
        } else if (CASE_FILE.test(path)) files.add(path);
      }
    }
    // A folder that exists but holds no case file is not a typo: the command says it is empty.
    if (kind !== 'dir' && files.size + notFiles.length === before) unmatched.push(arg);
  }
  return { files: [...files].sort(), unmatched, notFiles };
}

/** A path as findings show it: relative to `cwd` with `/` separators, never `./`. */
export function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return path.split(sep).join('/');
  return rel.split(sep).join('/');
}
