/** `permit validate --format markdown`: being built. */
import type { ValidateFormatter } from './formatter.js';

export const markdownFormat: ValidateFormatter = {
  tail() {
    throw new Error('the markdown format is not built yet');
  },
};
