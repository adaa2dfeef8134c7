/** One-line rendering of a source citation, in English or Chinese. */
import type { Lang } from '../core/vocabulary.js';
import type { ResolvedCitation } from '../sources/registry.js';

/**
 * The citation as a reader looks it up: publisher, title, where in it, the address when one is
 * known and the date it was checked. A secondary source is labelled as such.
 *
 * @example
 * citationText(faqQuestion3Item4)
 * //=> 'Nanjing Municipal Bureau of Science and Technology, FAQ: … (2025 version),
 * //    question 3, item 4 <https://www.chinajob.com/…> (checked 2026-11-22)'
 * citationText(faqQuestion3Item4, 'zh')
 * //=> '南京市科学技术局《外国人来华工作许可常见问题（2025年版）》，question 3, item 4
 * //    <https://www.chinajob.com/…>（核对于2026-11-22）'
 * citationText(agencyGuideNote3)
 * //=> 'secondary source: Ikky in China (ikkyinchina.com), How to cancel a China Work Permit?,
 * //    note 3 <https://ikkyinchina.com/…> (checked 2026-11-22)'
 */
export function citationText(c: ResolvedCitation, lang: Lang = 'en', withUrl = true): string {
  const url = withUrl && c.url ? ` <${c.url}>` : '';
  if (lang === 'zh') {
    const label = c.kind === 'secondary' ? '非官方资料：' : '';
    return `${label}${c.publisher.zh}《${c.title.zh}》，${c.ref}${url}（核对于${c.checked}）`;
  }
  const label = c.kind === 'secondary' ? 'secondary source: ' : '';
  return `${label}${c.publisher.en}, ${c.title.en}, ${c.ref}${url} (checked ${c.checked})`;
}
