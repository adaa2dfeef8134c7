/** `permit validate --format gitlab`: being built. */
import type { ValidateFormatter } from './formatter.js';

export const gitlabFormat: ValidateFormatter = {
  tail() {
    throw new Error('the gitlab format is not built yet');
  },
};
