import { describe, expect, it } from 'vitest';
import { licenseUrl } from '../../../../src/lib/exports/dcat-us.ts';

describe('licenseUrl()', () => {
  it('gives SPDX ids their licence URL, keeps URLs, and gives none for NOASSERTION', () => {
    expect(licenseUrl('CC-BY-4.0')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(licenseUrl('https://example.org/licence')).toBe('https://example.org/licence');
    expect(licenseUrl('NOASSERTION')).toBeUndefined();
  });
});
