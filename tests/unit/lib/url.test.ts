import { describe, expect, it } from 'vitest';
import { absoluteUrl, alternateUrls, withBase } from '../../../src/lib/url.ts';

describe('withBase() and absoluteUrl()', () => {
  it('puts paths under the base path and makes absolute URLs from the catalog base URL', () => {
    expect(withBase('/', '/datasets/')).toBe('/datasets/');
    expect(withBase('/portal', 'datasets/x/')).toBe('/portal/datasets/x/');
    expect(absoluteUrl('https://data.example.org/', '/portal/', '/data.json')).toBe(
      'https://data.example.org/portal/data.json',
    );
  });
});

describe('alternateUrls()', () => {
  const root = 'https://data.example.org/portal/';

  it('gives a page in every language, the default first, from its URL in any of them', () => {
    const expected = [
      { url: `${root}datasets/trees/`, lang: 'en' },
      { url: `${root}es/datasets/trees/`, lang: 'es' },
      { url: `${root}fr/datasets/trees/`, lang: 'fr' },
    ];
    expect(alternateUrls(`${root}datasets/trees/`, root, ['en', 'es', 'fr'])).toEqual(expected);
    expect(alternateUrls(`${root}es/datasets/trees/`, root, ['en', 'es', 'fr'])).toEqual(expected);
    expect(alternateUrls(`${root}es/`, root, ['en', 'es'])).toEqual([
      { url: root, lang: 'en' },
      { url: `${root}es/`, lang: 'es' },
    ]);
  });

  it('gives none for a site in one language or a URL elsewhere', () => {
    expect(alternateUrls(`${root}datasets/`, root, ['en'])).toBeUndefined();
    expect(alternateUrls('https://other.example.org/datasets/', root, ['en', 'es'])).toBeUndefined();
  });
});
