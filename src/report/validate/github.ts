/** `permit validate --format github`: being built. */
import type { ValidateFormatter } from './formatter.js';

export const githubFormat: ValidateFormatter = {
  tail() {
    throw new Error('the github format is not built yet');
  },
};
