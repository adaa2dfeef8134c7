/** citationText: what a reader needs to look a source up, in English or Chinese. */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { citationText } from '../../src/report/citation.js';
import type { ResolvedCitation } from '../../src/sources/registry.js';

const faq: ResolvedCitation = {
  source: 'nanjing-work-permit-faq-2025',
  kind: 'official-guide',
  title: { en: 'FAQ on foreigners’ work permits (2025)', zh: '外国人来华工作许可常见问题（2025年版）' },
  publisher: { en: 'Nanjing Municipal Bureau of Science and Technology', zh: '南京市科学技术局' },
  ref: 'question 3, item 4',
  checked: '2026-11-22' as IsoDate,
};

describe('citationText', () => {
  it('gives publisher, title, ref and checked date in English', () => {
    expect(citationText(faq)).toBe(
      'Nanjing Municipal Bureau of Science and Technology, FAQ on foreigners’ work permits (2025), question 3, item 4 (checked 2026-11-22)',
    );
  });

  it('gives the same in Chinese, the title in book-title marks', () => {
    expect(citationText(faq, 'zh')).toBe(
      '南京市科学技术局《外国人来华工作许可常见问题（2025年版）》，question 3, item 4（核对于2026-11-22）',
    );
  });

  it('shows the address when one is known', () => {
    expect(citationText({ ...faq, url: 'https://example.org/faq' })).toBe(
      'Nanjing Municipal Bureau of Science and Technology, FAQ on foreigners’ work permits (2025), question 3, item 4 <https://example.org/faq> (checked 2026-11-22)',
    );
  });

  it('labels a secondary source in both languages', () => {
    const agency: ResolvedCitation = {
      ...faq,
      source: 'agency-cancellation-guide',
      kind: 'secondary',
      title: { en: 'How to cancel a China Work Permit?', zh: '如何注销中国工作许可' },
      publisher: { en: 'An agency', zh: '中介机构' },
      ref: 'note 3',
    };
    expect(citationText(agency)).toBe('secondary source: An agency, How to cancel a China Work Permit?, note 3 (checked 2026-11-22)');
    expect(citationText(agency, 'zh')).toMatch(/^非官方资料：中介机构《如何注销中国工作许可》，note 3/);
  });
});
