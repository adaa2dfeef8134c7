/** Terminal layout: the fast width paths agree with string-width, and wrapping keeps words whole. */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { widthOf, wrap } from '../../src/report/layout.js';

describe('widthOf', () => {
  it('counts every ASCII, CJK and full-width character as string-width does', () => {
    const ranges: [number, number][] = [[0x20, 0x7e], [0x3000, 0x303f], [0x4e00, 0x9fff], [0xff01, 0xff5e], [0xa0, 0x52f], [0x1100, 0x11ff], [0xac00, 0xd7a3], [0x2000, 0x2bff]];
    const differ: string[] = [];
    for (const [a, b] of ranges)
      for (let c = a; c <= b; c++) {
        const ch = String.fromCharCode(c);
        if (widthOf(ch) !== stringWidth(ch)) differ.push(c.toString(16));
      }
    expect(differ).toEqual([]);
    for (const s of [
      '2026-11-18 (Wed)',
      '申请注销工作许可',
      'María García',
      'Zoë Ørsted-Łukasz Çelik',
      'Ελένη Παπαδοπούλου, Иван Петров',
      '김민준 · 金敏俊',
      'ｆｕｌｌｗｉｄｔｈ　ｔｅｘｔ',
      'e\u0301 combining, soft\u00adhyphen, zero\u200bwidth',
      '\u001b[31mred\u001b[39m \u001b[1m\u001b[33mbold\u001b[22m\u001b[39m',
      '👩‍💼 HR',
      '👍🏽 ok ✅ 🇨🇳 ⚠️',
      '《外国人来华工作许可》（2025年版）：第3条',
    ])
      expect(widthOf(s), s).toBe(stringWidth(s));
  });
});

describe('wrap', () => {
  it('breaks between words and CJK characters, never inside a date', () => {
    expect(wrap('申请注销工作许可 Apply to cancel', 12)).toBe('申请注销工作\n许可 Apply\nto cancel');
    expect(wrap('due by 2026-11-30 (Mon)', 12).split('\n')).toEqual(['due by', '2026-11-30', '(Mon)']);
  });
});
