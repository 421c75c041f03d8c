import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatFrequency, formatPeriod } from '../../../src/lib/format.ts';

describe('formatting', () => {
  it.each([
    ['2020-11-05', 'November 5, 2020'],
    ['2024-02-29', 'February 29, 2024'],
  ])('formats %s as %s, with no time-zone shift', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });

  it('formats a period, sizes and frequencies', () => {
    expect(formatPeriod('2018-04-01/2018-04-30')).toBe('April 1, 2018 – April 30, 2018');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(3_006_454)).toBe('3.0 MB');
    expect(formatBytes(187_602)).toBe('188 kB');
    expect(formatFrequency('R/P1M')).toBe('Monthly');
    expect(formatFrequency('R/P4M')).toBe('Every P4M');
    expect(formatFrequency(undefined)).toBe('Not stated');
  });
});
