/**
 * Laying text out for a terminal: wrapping to a width without breaking a word or a date, with
 * CJK characters counted as two columns (wrap-ansi and string-width), and the pair of languages
 * `--lang both` shows.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { eastAsianWidth } from 'get-east-asian-width';
import { render } from '../core/render.js';
import type { Text } from '../core/message.js';
import { safeText } from '../core/safeText.js';
import type { Bilingual, Lang, LangChoice } from '../core/vocabulary.js';

export interface LayoutOptions {
  lang: LangChoice;
  color: boolean;
  /** Columns to fit, 80 when not a terminal. */
  width: number;
}

export function chalkFor(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

// Most units are plain ASCII words, one column a character, or Chinese, two. The rest is counted
// a code point at a time with the East Asian Width table, as string-width does for ordinary text:
// string-width itself segments graphemes with Intl.Segmenter and compiles emoji regexes when it
// loads, about 40 ms of every text output's start-up (test/report/layout.test.ts compares them).
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const CJK_ONLY = /^[\u4e00-\u9fff\u3000-\u3029\u3030-\u303e\uff01-\uff5e]+$/;
// eslint-disable-next-line no-control-regex -- the escape sequences colour adds
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
// Marks, format and control characters, variation selectors and skin-tone modifiers.
const ZERO_WIDTH = /[\p{Default_Ignorable_Code_Point}\p{Mn}\p{Me}\p{Cf}\p{Cc}\u{fe00}-\u{fe0f}]|[\u{1f3fb}-\u{1f3ff}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

function slowWidth(s: string): number {
  let width = 0;
  let joined = false;
  let narrowPicture = false;
  for (const ch of s.replace(ANSI, '')) {
    const cp = ch.codePointAt(0) as number;
    // A zero-width joiner makes one picture of two (👩‍💼): the second adds nothing.
    if (cp === 0x200d) {
      joined = width > 0;
      continue;
    }
    // The emoji selector draws a narrow symbol as a wide picture (⚠ → ⚠️).
    if (cp === 0xfe0f && narrowPicture) width++;
    narrowPicture = false;
    if (ZERO_WIDTH.test(ch)) continue;
    if (joined) {
      joined = false;
      continue;
    }
    const picture = PICTOGRAPH.test(ch);
    const w = cp >= 0x1f000 && picture ? 2 : eastAsianWidth(cp);
    narrowPicture = picture && w === 1;
    width += w;
  }
  return width;
}

export const widthOf = (s: string): number => (PRINTABLE_ASCII.test(s) ? s.length : CJK_ONLY.test(s) ? 2 * s.length : slowWidth(s));

// Chinese, Japanese and Korean characters: a line may break between any two of them.
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
// Punctuation that must not start a line, and punctuation that must not end one.
const NO_START = /^[，。、；：！？）」』】》〉…—,.;:!?)\]]/;
const NO_END = /[（「『【《〈([]$/;

/**
 * The units a line may break between: runs of letters, digits and symbols (a word, a date, an
 * address), each CJK character on its own, and the spaces between them. Punctuation sticks to
 * the unit it belongs to, so no line starts with "，" or ends with "（".
 */
function units(text: string): { text: string; space: boolean }[] {
  const out: { text: string; space: boolean }[] = [];
  let word = '';
  const flush = () => {
    if (word) out.push({ text: word, space: false });
    word = '';
  };
  // ANSI escapes are kept inside the unit they colour and count no width.
  // A run of visible ASCII is one piece (it behaves as its first character would, then sticks).
  // eslint-disable-next-line no-control-regex -- the escape character starts an ANSI sequence
  for (const piece of text.match(/\u001b\[[0-9;]*m|\s+|[\x21-\x7e]+|[^\s\u001b]/g) ?? []) {
    if (/^\s+$/.test(piece)) {
      flush();
      out.push({ text: ' ', space: true });
    } else if (piece.startsWith('\u001b')) word += piece;
    else if (CJK.test(piece)) {
      const prev = out.at(-1);
      if (NO_START.test(piece) && !word && prev && !prev.space) prev.text += piece;
      else if (NO_START.test(piece)) word += piece;
      else {
        if (word && !NO_END.test(word)) flush();
        word += piece;
        if (!NO_END.test(piece)) flush();
      }
    } else {
      if (word && CJK.test(word.slice(-1)) && !NO_END.test(word) && !NO_START.test(piece)) flush();
      word += piece;
    }
  }
  flush();
  return out;
}

/**
 * Wraps `text` to `width` columns: the first line after `first`, the others after `rest`
 * (hanging indent). Words, dates and addresses are never split (one longer than the width
 * overflows); CJK text breaks between characters, counted as two columns each.
 *
 * @example
 * wrap('申请注销工作许可 Apply to cancel', 12) //=> '申请注销工作\n许可 Apply\nto cancel'
 */
export function wrap(text: string, width: number, first = '', rest = first): string {
  const lines: string[] = [];
  let line = first;
  let lineWidth = widthOf(first);
  let empty = true;
  for (const u of units(text)) {
    if (u.space) {
      if (!empty) {
        line += ' ';
        lineWidth += 1;
      }
      continue;
    }
    const w = widthOf(u.text);
    if (!empty && lineWidth + w > width) {
      lines.push(line.trimEnd());
      line = rest;
      lineWidth = widthOf(rest);
    }
    line += u.text;
    lineWidth += w;
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

/** The languages to write, in order. */
export function langs(choice: LangChoice): Lang[] {
  return choice === 'both' ? ['en', 'zh'] : [choice];
}

/** Text in the chosen languages: one line per language (for `both`), else the one; a text the same in both is given once. */
export function inLangs(t: Text | Bilingual, choice: LangChoice): string[] {
  return [...new Set(langs(choice).map((l) => render(t, l)))];
}

/** A title: `English · 中文` for both, else one language. */
export function titleIn(t: Bilingual, choice: LangChoice): string {
  return safeText(choice === 'both' ? `${t.en} · ${t.zh}` : t[choice]);
}
