/**
 * The one reader every input file passes through (rules, calendars, offices, sources, case
 * files): it refuses anything but a regular file before opening it (a FIFO would hang, a device
 * never ends), enforces a size limit, and refuses text that is not valid UTF-8 or holds NUL
 * bytes, naming the line. Problems are DataFileErrors: one line for the user, exit code 2.
 */
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';

/** Rule, calendar, offices and source files: generous for data written by hand. */
export const DATA_FILE_LIMIT = 5 * 1024 * 1024;
/** A case file describes one employee; anything larger is a mistake or an attack. */
export const CASE_FILE_LIMIT = 1024 * 1024;

/** A file that cannot be read as permit input; the message names the file and says why. */
export class DataFileError extends Error {
  override name = 'DataFileError';
  constructor(
    readonly file: string,
    readonly reason: string,
    /** 1-based line of a bad byte, when the problem is in the text. */
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
  }
}

export interface ReadOptions {
  /** What the file is, for messages: "calendar file", "case file". */
  what: string;
  /** Bytes; see DATA_FILE_LIMIT and CASE_FILE_LIMIT. */
  limit?: number;
  /** How messages name the file (default: the path as given). */
  display?: string;
}

const describeSize = (n: number) =>
  n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB` : `${Math.ceil(n / 1024)} KB`;

function kind(path: string): string {
  const s = statSync(path);
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function errnoReason(e: unknown, what: string, path: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return isLink(path) ? `no such ${what}: a symbolic link to a file that does not exist` : `no such ${what}`;
    case 'EACCES':
    case 'EPERM':
      return `cannot read the ${what}: permission denied`;
    case 'ELOOP':
      return `cannot read the ${what}: a symbolic link loop`;
    case 'ENAMETOOLONG':
      return `cannot read the ${what}: the path is too long`;
    case 'ENOTDIR':
      return `no such ${what} (a part of the path is not a folder)`;
    default:
      return `cannot read the ${what}${code ? ` (${code})` : ''}`;
  }
}

/** The first line holding a NUL byte, or 0. */
function nulLine(buf: Buffer): number {
  const at = buf.indexOf(0);
  if (at < 0) return 0;
  let line = 1;
  for (let i = 0; i < at; i++) if (buf[i] === 0x0a) line++;
  return line;
}

/** The line of the first byte that is not valid UTF-8, or 0. */
function badUtf8Line(buf: Buffer): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return 0;
  } catch {
    // Find it: decode line by line.
    let line = 1;
    let start = 0;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i <= buf.length; i++) {
      if (i === buf.length || buf[i] === 0x0a) {
        try {
          decoder.decode(buf.subarray(start, i));
        } catch {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return line;
  }
}

/**
 * Reads a text file, following symbolic links, or throws a DataFileError saying why not.
 *
 * @example
 * readTextFile('/dev/zero', { what: 'calendar file' })
 * //=> throws DataFileError: "/dev/zero: not a calendar file: a character device"
 */
export function readTextFile(path: string, opts: ReadOptions): string {
  const display = opts.display ?? path;
  const limit = opts.limit ?? DATA_FILE_LIMIT;
  if (path === '') throw new DataFileError('(empty path)', `no ${opts.what} named`);
  let size: number;
  try {
    realpathSync(path); // reports a symlink loop as ELOOP before stat does anything odd
    const k = kind(path);
    if (k !== 'file') throw new DataFileError(display, `not a ${opts.what}: ${k}`);
    size = statSync(path).size;
  } catch (e) {
    if (e instanceof DataFileError) throw e;
    throw new DataFileError(display, errnoReason(e, opts.what, path));
  }
  if (size > limit)
    throw new DataFileError(display, `the ${opts.what} is ${describeSize(size)}, over the limit of ${describeSize(limit)}`);
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new DataFileError(display, errnoReason(e, opts.what, path));
  }
  if (buf.length > limit)
    throw new DataFileError(display, `the ${opts.what} is over the limit of ${describeSize(limit)}`);
  const nul = nulLine(buf);
  if (nul) throw new DataFileError(display, 'holds a NUL byte; a text file was expected', nul);
  const bad = badUtf8Line(buf);
  if (bad) throw new DataFileError(display, 'is not valid UTF-8 text', bad);
  const text = buf.toString('utf8');
  // A byte-order mark is not part of the YAML.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
