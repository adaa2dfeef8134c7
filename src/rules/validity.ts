/**
 * Document validity (`valid-for` of a document): how long a certificate stays usable and whether
 * it still is on the day it is tested. Months are counted as Civil Code art. 202 counts them.
 */
import { addDays, addMonthsClamped, type IsoDate } from '../calendar/isoDate.js';
import { day, message, quantity } from '../core/message.js';
import type { Validity } from './format/items.js';
import type { PlanValidity } from './plan.js';

/**
 * The validity of a document, given the dates its rule names; undefined while one is unknown.
 *
 * @example
 * documentValidity({ months: 6, ... }, { from: '2025-11-10', testedOn: '2026-05-12' })
 * //=> { lastValidDay: '2026-05-10', testedOn: '2026-05-12', stale: true, … } (S12)
 */
export function documentValidity(
  rule: Validity,
  dates: { from?: IsoDate | undefined; until?: IsoDate | undefined; testedOn: IsoDate | undefined },
): PlanValidity | undefined {
  const { testedOn } = dates;
  if (testedOn === undefined) return undefined;
  if ('months' in rule) {
    if (dates.from === undefined) return undefined;
    // Issued within N months: the period ends on the corresponding day N months after issue.
    const lastValidDay = addMonthsClamped(dates.from, rule.months);
    return {
      lastValidDay,
      testedOn,
      stale: testedOn > lastValidDay,
      basis: message('document.valid-from-issue', { n: quantity(rule.months, 'month'), issued: day(dates.from) }),
    };
  }
  if (dates.until === undefined) return undefined;
  // At least N months left: the N months counted from the test day must end by the expiry.
  const m = rule['months-left'];
  let lastValidDay = addMonthsClamped(dates.until, -m);
  while (addMonthsClamped(addDays(lastValidDay, 1), m) <= dates.until) lastValidDay = addDays(lastValidDay, 1);
  return {
    lastValidDay,
    testedOn,
    stale: testedOn > lastValidDay,
    basis: message('document.valid-before-expiry', { n: quantity(m, 'month'), expiry: day(dates.until) }),
  };
}
