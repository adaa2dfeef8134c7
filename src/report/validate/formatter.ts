/**
 * The shape of a validate format: text written before the first file, for each file as soon as
 * it is checked (so a long run streams), and after the last. `tail` gets every file's findings
 * (never the documents), which is what the formats that sort or count need.
 */
import type { WorkCalendar } from '../../calendar/workCalendar.js';
import type { LangChoice } from '../../core/vocabulary.js';
import type { FileResult, RunHeader, ValidateRun } from '../../validate/run.js';

export interface FormatOptions {
  lang: LangChoice;
  color: boolean;
  width: number;
  /** The working-day calendar of the run (the calendar formats place reminders on it). */
  calendar?: WorkCalendar;
  /** Reminders of the calendar formats, in working days before each due date. */
  remind?: readonly number[];
}

export interface ValidateFormatter {
  head?(h: RunHeader, opts: FormatOptions): string;
  file?(f: FileResult, index: number, opts: FormatOptions): string;
  tail(run: ValidateRun, opts: FormatOptions): string;
  /** The same text as `tail`, in pieces written one at a time (no one string of a whole run). */
  tailChunks?(run: ValidateRun, opts: FormatOptions): Iterable<string>;
  /** Formats that need every case's plans (deadlines, not only findings). */
  needsPlans?: boolean;
  /**
   * The format writes each file in `file()` and its `tail` reads only the header and the totals:
   * the files are not kept, so memory stays flat however many there are.
   */
  streamed?: boolean;
  /**
   * What of a file the format's `tail` needs, when less than all of it (the text format keeps
   * each finding's rendered lines and what it sorts by, not the finding): memory per file kept.
   */
  keep?(f: FileResult, opts: FormatOptions): FileResult;
  /** Markdown for the CI job summary ($GITHUB_STEP_SUMMARY), when the format has one. */
  summary?(run: ValidateRun, opts: FormatOptions): string;
}
