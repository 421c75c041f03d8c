import { describe, expect, it } from 'vitest';
import { has, t } from '../../../src/lib/i18n.ts';

describe('t()', () => {
  it('fills placeholders and picks the plural form the count needs', () => {
    expect(t('datasets.count', { count: 1 })).toBe('1 dataset');
    expect(t('datasets.count', { count: 23 })).toBe('23 datasets');
    expect(t('home.title', { city: 'Portland, Oregon' })).toBe('Open data from Portland, Oregon');
  });

  it('refuses a key the dictionary lacks, so missing text is caught, and tells which keys exist', () => {
    expect(() => t('no.such.key')).toThrow('No text for "no.such.key" in the en dictionary');
    expect(has('frequency.R/P1Y')).toBe(true);
    expect(has('frequency.R/P7Y')).toBe(false);
  });
});
