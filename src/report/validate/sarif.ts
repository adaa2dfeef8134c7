/** `permit validate --format sarif`: being built. */
import type { ValidateFormatter } from './formatter.js';

export const sarifFormat: ValidateFormatter = {
  tail() {
    throw new Error('the sarif format is not built yet');
  },
};
