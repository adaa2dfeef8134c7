/**
 * Text from arguments and files, made safe for a terminal: control characters (an escape
 * sequence that would recolour or clear the screen) are shown escaped, `\x1b` as `\x1b`.
 */

// C0 controls except tab and newline, DEL, and C1 controls.
// eslint-disable-next-line no-control-regex -- control characters are what this escapes
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * @example
 * safeText('bad\u001b[2Jname') //=> 'bad\\x1b[2Jname'
 */
export function safeText(text: string): string {
  return text.replace(CONTROL, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
