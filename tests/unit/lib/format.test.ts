import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDate,
  formatFrequency,
  formatNumber,
  formatPeriod,
  formatCompact,
} from '../../../src/lib/format.ts';

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

// Spanish for a US city's readers: words from the Spanish dictionary, numbers written as in the US and in Latin
// American Spanish (1.5 and 74,464; Spain would write 1,5 and 74.464).
describe('formatting in Spanish', () => {
  it.each([
    ['2024-03-03', '3 de marzo de 2024'],
    ['2020-11-05', '5 de noviembre de 2020'],
  ])('formats %s as %s, with no time-zone shift', (iso, text) => {
    expect(formatDate(iso, 'es')).toBe(text);
  });

  it('formats a period with Spanish month names', () => {
    expect(formatPeriod('2018-04-01/2018-04-30', 'es')).toBe('1 de abril de 2018 – 30 de abril de 2018');
  });

  it.each([
    [512, '512 bytes'],
    [1_500_000, '1.5 MB'],
    [3_006_454, '3.0 MB'],
    [187_602, '188 kB'],
    [2_400_000_000, '2.4 GB'],
  ])('formats %i bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes, 'es')).toBe(text);
  });

  it('groups thousands with commas, also in four-digit numbers', () => {
    expect(formatNumber(74_464, 'es')).toBe('74,464');
    expect(formatNumber(7_464, 'es')).toBe('7,464');
    expect(formatNumber(0.25, 'es')).toBe('0.25');
  });

  it('names frequencies in Spanish', () => {
    expect(formatFrequency('R/P1M', 'es')).toBe('Mensualmente');
    expect(formatFrequency('R/P4M', 'es')).toBe('Cada P4M');
    expect(formatFrequency(undefined, 'es')).toBe('No indicada');
  });
});

describe('formatCompact()', () => {
  it('writes a number in three significant digits, the way each language abbreviates thousands', () => {
    expect(formatCompact(2058.7)).toBe('2.06K');
    expect(formatCompact(715)).toBe('715');
    expect(formatCompact(1_250_000)).toBe('1.25M');
    expect(formatCompact(2058.7, 'es')).toMatch(/^2\.06\s?K$/);
  });
});
