/** Reminders of the calendar formats when `--remind` is not given: 10, 5 and 1 working days before. */
export const DEFAULT_REMIND: readonly number[] = [10, 5, 1];
