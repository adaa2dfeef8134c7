/** `permit check --format markdown`: being built. */
import type { PlanFormatter } from './formats.js';

export const planToMarkdown: PlanFormatter = () => {
  throw new Error('the markdown format is not built yet');
};
