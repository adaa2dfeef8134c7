/** What every command gets: the process as Io, and the data store of the run. */
import type { DataStore } from '../data/loadData.js';
import type { Io } from './io.js';

export interface CliContext {
  io: Io;
  data: DataStore;
  /** The package root (rules/, data/, README.md). */
  root: string;
}
