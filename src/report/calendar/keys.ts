/** The stable identities of calendar events: never random, never derived from a date. */

/**
 * The procedure part of event keys for a case's plans: the procedure id, numbered (`change-2`)
 * only when the case has that procedure more than once. A watched deadline uses the bare id, so
 * its event is updated, not duplicated, once the procedure is started.
 */
export function procedureKeys(plans: readonly { procedure: string; index: number }[]): Map<number, string> {
  const keys = new Map<number, string>();
  for (const p of plans) {
    const same = plans.filter((q) => q.procedure === p.procedure);
    keys.set(p.index, same.length > 1 ? `${p.procedure}-${same.indexOf(p) + 1}` : p.procedure);
  }
  return keys;
}
