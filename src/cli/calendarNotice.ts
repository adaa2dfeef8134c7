/**
 * An overlay that replaces a published year is allowed but never silent: every command that
 * computes dates says so on stderr (whatever the format), and the reports say it too.
 */
import type { LoadedCalendar } from '../data/loadData.js';
import type { Io } from './io.js';

export function noteReplacedYears(io: Io, cal: Pick<LoadedCalendar, 'replaced'>): void {
  for (const r of cal.replaced) io.stderr(`permit: ${r.file} replaces the published holiday arrangement of ${r.years.join(', ')}\n`);
}
