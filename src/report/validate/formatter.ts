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
  /** Formats that need every case's plans (deadlines, not only findings). */
  needsPlans?: boolean;
  /**
   * The format writes each file in `file()` and its `tail` reads only the header and the totals:
   * the files are not kept, so memory stays flat however many there are.
   */
  streamed?: boolean;
  /** Markdown for the CI job summary ($GITHUB_STEP_SUMMARY), when the format has one. */
  summary?(run: ValidateRun, opts: FormatOptions): string;
}
