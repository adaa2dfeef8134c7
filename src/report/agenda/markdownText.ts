/**
 * Writing text from rule and case files into Markdown that GitHub and GitLab render as written:
 * inline escaping, table cells, links to sources. Only CommonMark and the GFM extensions both
 * sites support (tables, task lists) are used, and no HTML.
 */
import { safeText } from '../../core/safeText.js';
import type { Lang } from '../../core/vocabulary.js';
import type { ResolvedCitation } from '../../sources/registry.js';

/** Escapes a piece of text that holds no code span. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/**
 * Plain text as Markdown inline content: the characters that would start emphasis, code, a link,
 * HTML, a table cell or a strikethrough are backslash-escaped (CommonMark §2.4), and a text may
 * not start a heading or a list (`1. `, `- `, `# `), as it would right after a list marker.
 * A `code span` the rule texts write (a command, a file name) is kept: inside one nothing is
 * markup. Newlines become spaces (a table cell is one line).
 *
 * @example
 * mdText('Form *A* | [draft] <b>') //=> 'Form \\*A\\* \\| \\[draft\\] \\<b\\>'
 * mdText('1. Passport') //=> '1\\. Passport'
 * mdText('see `permit offices`') //=> 'see `permit offices`'
 */
export function mdText(text: string): string {
  const flat = safeText(text).replace(/\s*[\r\n]+\s*/g, ' ');
  const escaped = flat
    .split(/(`[^`]+`)/)
    .map((part, i) => (i % 2 === 1 && !part.includes('|') ? part : escapeInline(part)))
    .join('');
  return escaped.replace(/^(\s*)(#{1,6}|[+=-]|\d{1,9}[.)])(?=\s|$)/, (_m, space: string, mark: string) => `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}`);
}

/** An identifier in code style; ids are `[a-z0-9-]` but a backtick is refused all the same. */
export function mdCode(id: string): string {
  return `\`${safeText(id).replace(/`/g, "'")}\``;
}

/** A URL as a link destination: in angle brackets, with what would end it percent-encoded. */
function destination(url: string): string {
  return `<${url.replace(/[\s<>()\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}>`;
}

/** `[text](<url>)`, or the escaped text alone when no address is known. */
export function mdLink(text: string, url: string | undefined): string {
  return url ? `[${mdText(text)}](${destination(url)})` : mdText(text);
}

/**
 * A citation with its title as a link when an address is known, as citationText writes it
 * otherwise (publisher, title, where in it, the date checked; secondary sources labelled).
 *
 * @example
 * citationMd(faq, 'en') //=> '[Nanjing Municipal Bureau …, FAQ … (2025)](<https://…>), question 3, item 4 (checked 2026-11-22)'
 */
export function citationMd(c: ResolvedCitation, lang: Lang): string {
  if (lang === 'zh') {
    const label = c.kind === 'secondary' ? '非官方资料：' : '';
    return `${label}${mdLink(`${c.publisher.zh}《${c.title.zh}》`, c.url)}，${mdText(c.ref)}（核对于${c.checked}）`;
  }
  const label = c.kind === 'secondary' ? 'secondary source: ' : '';
  return `${label}${mdLink(`${c.publisher.en}, ${c.title.en}`, c.url)}, ${mdText(c.ref)} (checked ${c.checked})`;
}

/** A GFM table: a header row, the delimiter row, then one row per entry (cells already escaped). */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ('left' | 'right')[] = []): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(header), line(header.map((_h, i) => (align[i] === 'right' ? '---:' : '---'))), ...rows.map(line)];
}
