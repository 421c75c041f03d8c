import { describe, expect, it } from 'vitest';
import {
  isUnstated,
  modifiedSortKey,
  publisherStated,
  statedContact,
  statedKeywords,
  statedLicense,
  statedModified,
  UNKNOWN_DATE_SORT_KEY,
} from '../../../src/lib/unstated.ts';
import type { Dataset } from '../../../src/schemas/index.ts';

type Sample = Pick<Dataset, 'modified' | 'contactPoint' | 'license' | 'keywords' | 'source'>;
const stated: Sample = {
  modified: '2024-05-01',
  contactPoint: { name: 'Open Data Team', email: 'opendata@example.org' },
  license: 'CC-BY-4.0',
  keywords: ['trees'],
};
const placeholder: Sample = {
  modified: '2026-01-01',
  contactPoint: { name: 'Contact needed (the source names none)', email: 'contact-needed@example.org' },
  license: 'NOASSERTION',
  keywords: ['needs-keywords'],
  source: {
    kind: 'dcat-us',
    url: 'input.json',
    identifier: 'x',
    harvested: '2026-01-01',
    placeholders: ['modified', 'contactPoint', 'license', 'keywords', 'organization'],
  },
};

describe('stated values', () => {
  it('give what a person or the source wrote', () => {
    expect(statedModified(stated)).toBe('2024-05-01');
    expect(statedContact(stated)).toEqual(stated.contactPoint);
    expect(statedLicense(stated)).toBe('CC-BY-4.0');
    expect(statedKeywords(stated)).toEqual(['trees']);
    expect(publisherStated(stated)).toBe(true);
    expect(modifiedSortKey(stated)).toBe('2024-05-01');
  });

  it('give nothing for a field listed in source.placeholders', () => {
    expect(statedModified(placeholder)).toBeUndefined();
    expect(statedContact(placeholder)).toBeUndefined();
    expect(statedLicense(placeholder)).toBeUndefined();
    expect(statedKeywords(placeholder)).toEqual([]);
    expect(publisherStated(placeholder)).toBe(false);
    expect(isUnstated(placeholder, 'accessLevel')).toBe(false);
  });

  it('treat a field taken off the list as stated again', () => {
    const edited = { ...placeholder, source: { ...placeholder.source!, placeholders: ['license' as const] } };
    expect(statedModified(edited)).toBe('2026-01-01');
    expect(statedLicense(edited)).toBeUndefined();
  });

  it('give no licence for NOASSERTION written by a person, which says the same', () => {
    expect(statedLicense({ ...stated, license: 'NOASSERTION' })).toBeUndefined();
  });

  it('sort an unknown date after every known date, newest first', () => {
    expect(modifiedSortKey(placeholder)).toBe(UNKNOWN_DATE_SORT_KEY);
    const keys = ['1900-01-01', modifiedSortKey(placeholder), '2024-05-01'].sort().reverse();
    expect(keys.at(-1)).toBe(UNKNOWN_DATE_SORT_KEY);
  });
});
