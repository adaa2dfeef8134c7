import { describe, expect, it } from 'vitest';
import { todayInChina } from '../../src/cli/environment.js';

describe('todayInChina', () => {
  it('is the calendar date in Asia/Shanghai, whatever the machine zone', () => {
    // 16:30 UTC is 00:30 the next day in Shanghai (UTC+8, no daylight saving).
    expect(todayInChina(new Date('2026-11-21T16:30:00Z'))).toBe('2026-11-22');
    expect(todayInChina(new Date('2026-11-21T15:59:59Z'))).toBe('2026-11-21');
    expect(todayInChina(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});
