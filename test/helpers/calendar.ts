/** The shipped calendar (published years plus the statutory-holiday table), loaded once per test file. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCalendar } from '../../src/calendar/calendarFile.js';
import { parseStatutoryFile } from '../../src/calendar/statutoryFile.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const shippedCalendarPath = `${repoRoot}data/calendar/cn.yaml`;
export const shippedStatutory = parseStatutoryFile(
  'data/calendar/statutory.yaml',
  readFileSync(`${repoRoot}data/calendar/statutory.yaml`, 'utf8'),
);
export const shippedCalendar = buildCalendar(
  [{ file: 'data/calendar/cn.yaml', text: readFileSync(shippedCalendarPath, 'utf8') }],
  shippedStatutory,
);
