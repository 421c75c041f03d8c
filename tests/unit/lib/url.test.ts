import { describe, expect, it } from 'vitest';
import { absoluteUrl, withBase } from '../../../src/lib/url.ts';

describe('withBase() and absoluteUrl()', () => {
  it('puts paths under the base path and makes absolute URLs from the catalog base URL', () => {
    expect(withBase('/', '/datasets/')).toBe('/datasets/');
    expect(withBase('/portal', 'datasets/x/')).toBe('/portal/datasets/x/');
    expect(absoluteUrl('https://data.example.org/', '/portal/', '/data.json')).toBe(
      'https://data.example.org/portal/data.json',
    );
  });
});
