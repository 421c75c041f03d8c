import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../../src/lib/import/fingerprint.ts';
import { replacedPlaceholders } from '../../../../src/lib/import/replaced-placeholders.ts';

const imported = {
  modified: '2026-01-01',
  license: 'NOASSERTION',
  source: {
    kind: 'jkan' as const,
    url: 'input',
    identifier: 'opendataphilly',
    harvested: '2026-01-01',
    fields: { modified: fingerprint('2026-01-01'), license: fingerprint('NOASSERTION') },
    placeholders: ['license' as const, 'modified' as const],
  },
};
const at = (data: object) => ({
  file: 'content/datasets/open-data-philly/index.md',
  data,
  lineOf: (p: readonly PropertyKey[]) => (p.join('.') === 'source.placeholders.1' ? 31 : undefined),
});

describe('replacedPlaceholders()', () => {
  it('finds nothing while every listed field still holds its placeholder', () => {
    expect(replacedPlaceholders(at(imported))).toEqual([]);
  });

  it('warns about a listed field a person has given a new value, with the line and the fix', () => {
    expect(replacedPlaceholders(at({ ...imported, modified: '2025-10-02' }))).toEqual([
      {
        file: 'content/datasets/open-data-philly/index.md',
        line: 31,
        field: 'source.placeholders[1]',
        message:
          'modified has a new value since the import, but is still listed as a placeholder, so the site shows it as not stated by the source; remove "modified" from source.placeholders',
        severity: 'warning',
        rule: 'placeholder-replaced',
      },
    ]);
  });
});
