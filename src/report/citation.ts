/** One-line rendering of a source citation. */
import type { Citation } from '../rules/schema.js';

/** `000_3690fb51b057e169.txt, note 3 (checked 2026-11-22)` */
export function citationText(c: Citation): string {
  return `${c.doc ?? c.law}, ${c.ref}${c.url ? ` <${c.url}>` : ''} (checked ${c.checked})`;
}
