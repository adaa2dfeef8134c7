/**
 * Writing files the user asked for: atomically (a temporary file beside the target, then moved
 * into place), and never over an existing file unless told to.
 */
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.js';

/**
 * Writes `text` to `path` in one step: readers see the old file or the new one, never half.
 * Without `overwrite`, an existing file is left untouched and this throws a UsageError.
 */
export function writeFileAtomic(path: string, text: string, opts: { overwrite?: boolean; display?: string } = {}): void {
  const display = opts.display ?? path;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (opts.overwrite) renameSync(temp, path);
    else {
      // link() fails when the target exists, so a file that appeared meanwhile is never clobbered.
      linkSync(temp, path);
      rmSync(temp, { force: true });
    }
  } catch (e) {
    rmSync(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${display} already exists; it was left untouched (choose another name, or --force)`);
    if (code === 'ENOENT') throw new UsageError(`cannot write ${display}: its folder does not exist`);
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError(`cannot write ${display}: permission denied`);
    if (code === 'ENOSPC') throw new UsageError(`cannot write ${display}: no space left on the device`);
    if (code === 'EISDIR') throw new UsageError(`cannot write ${display}: it is a directory`);
    throw new UsageError(`cannot write ${display}${code ? ` (${code})` : ''}`);
  }
}
