/** `permit check --format ics`: being built. */
import type { PlanFormatter } from './formats.js';

export const planToIcs: PlanFormatter = () => {
  throw new Error('the ics format is not built yet');
};
