/**
 * The shared vocabulary of permit: the small types every layer (calendar, rules, cases, reports)
 * speaks, kept here so that no layer has to import another one's internals to name them.
 */

/** Text in English and Chinese. Every user-facing text in rules and data has both. */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

/** A language permit can write in. */
export type Lang = 'en' | 'zh';

/** What `--lang` accepts: one language, or both side by side (the default). */
export type LangChoice = Lang | 'both';
