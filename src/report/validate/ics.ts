/** `permit validate --format ics`: being built. */
import type { ValidateFormatter } from './formatter.js';

export const icsFormat: ValidateFormatter = {
  tail() {
    throw new Error('the ics format is not built yet');
  },
};
