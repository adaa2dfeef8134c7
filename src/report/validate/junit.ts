/** `permit validate --format junit`: being built. */
import type { ValidateFormatter } from './formatter.js';

export const junitFormat: ValidateFormatter = {
  tail() {
    throw new Error('the junit format is not built yet');
  },
};
