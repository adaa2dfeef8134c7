/** `permit validate --format html`: being built. */
import type { ValidateFormatter } from './formatter.js';

export const htmlFormat: ValidateFormatter = {
  tail() {
    throw new Error('the html format is not built yet');
  },
};
