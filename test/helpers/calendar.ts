/** The shipped calendar, loaded once per test file. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCalendar } from '../../src/calendar/calendarFile.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const shippedCalendarPath = `${repoRoot}data/calendar/cn.yaml`;
export const shippedCalendar = buildCalendar([
  { file: 'data/calendar/cn.yaml', text: readFileSync(shippedCalendarPath, 'utf8') },
]);
