/**
 * `permit validate --format html`: the compliance page (src/report/html/page.ts), one
 * self-contained file written whole at the end, since it sorts and lays out every case.
 */
import { compliancePage } from '../html/page.js';
import type { ValidateFormatter } from './formatter.js';

export const htmlFormat: ValidateFormatter = {
  needsPlans: true,
  tail: (run, opts) => compliancePage(run, opts),
};
