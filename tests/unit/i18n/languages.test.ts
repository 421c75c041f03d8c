import { describe, expect, it } from 'vitest';
import { intlLocale, isLang, LANGUAGE_CODES } from '../../../src/i18n/languages.ts';

describe('the interface languages', () => {
  it('lists English first, then Spanish', () => {
    expect(LANGUAGE_CODES).toEqual(['en', 'es']);
  });

  it.each([
    ['en', true],
    ['es', true],
    ['fr', false],
    ['toString', false],
    ['EN', false],
  ])('knows whether %s is an interface language: %s', (code, known) => {
    expect(isLang(code)).toBe(known);
  });

  it('formats Spanish as written in the US, not in Spain', () => {
    expect(intlLocale('es')).toBe('es-US');
    expect(intlLocale('en')).toBe('en-US');
  });
});
