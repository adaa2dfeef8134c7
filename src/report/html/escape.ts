/** Escaping for the compliance page: every text that reaches the HTML goes through `esc`. */
import { safeText } from '../../core/safeText.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML content and for a quoted attribute value: `& < > " '` become entities
 * and control characters are shown escaped (as in the terminal formats).
 *
 * @example
 * esc('<img src=x onerror="alert(1)">') //=> '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
 */
export function esc(text: string): string {
  return safeText(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch] as string);
}

/**
 * An address a link may point to: `http:` and `https:` only, escaped for an attribute; anything
 * else (a `javascript:` or `file:` address from a local sources file, say) gives undefined and is
 * shown as text instead.
 *
 * @example
 * safeHref('javascript:alert(1)') //=> undefined
 */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? esc(parsed.href) : undefined;
}
