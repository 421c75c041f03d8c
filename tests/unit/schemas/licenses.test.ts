import { describe, expect, it } from 'vitest';
import { describeLicense, findLicense, suggestLicense } from '../../../src/schemas/licenses.ts';

describe('licences', () => {
  it('knows SPDX ids case-insensitively, suggests one for a loose spelling, and describes URLs', () => {
    expect(findLicense('cc-by-4.0')?.id).toBe('CC-BY-4.0');
    expect(suggestLicense('CC-BY')).toBe('CC-BY-4.0');
    expect(suggestLicense('odbl')).toBe('ODbL-1.0');
    expect(describeLicense('https://creativecommons.org/licenses/by/4.0')).toMatchObject({ id: 'CC-BY-4.0' });
    expect(describeLicense('https://example.org/terms')).toEqual({ name: 'https://example.org/terms', url: 'https://example.org/terms' });
    expect(describeLicense('NOASSERTION')).toEqual({ name: 'No licence stated by the source', id: 'NOASSERTION' });
  });
});
