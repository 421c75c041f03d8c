// missingFields(): what an imported record lacks, as the dataset schema itself says it.
import { describe, expect, it } from 'vitest';
import { missingFields } from '../../../../src/lib/import/missing.ts';

const complete = {
  title: 'Street trees',
  summary: 'Every street tree the city maintains.',
  organization: 'sf-public-works',
  contactPoint: { name: 'Open Data Team', email: 'opendata@example.org' },
  license: 'CC0-1.0',
  modified: '2024-01-15',
  accessLevel: 'public',
  keywords: ['trees'],
  resources: [{ title: 'Trees', url: 'https://data.example.org/trees.csv', format: 'CSV' }],
};

describe('missingFields()', () => {
  it('finds nothing missing in a complete record', () => {
    expect(missingFields(complete)).toEqual([]);
  });

  it('lists the required fields left out or empty, in the order of the schema', () => {
    const { contactPoint: _c, license: _l, modified: _m, ...rest } = complete;
    expect(missingFields({ ...rest, keywords: [] })).toEqual(['contactPoint', 'license', 'modified', 'keywords']);
  });

  it('finds nothing missing in a public record with no resource: it is described, not published (metadata only)', () => {
    expect(missingFields({ ...complete, resources: [] })).toEqual([]);
  });

  it('asks a restricted record why and how to get access', () => {
    expect(missingFields({ ...complete, accessLevel: 'restricted public', resources: [] })).toEqual([
      'rights',
      'accessInstructions',
    ]);
  });

  it('does not count a wrong value as a missing one', () => {
    expect(missingFields({ ...complete, license: 'CC-BY' })).toEqual([]);
    expect(missingFields({ ...complete, modified: '2024-02-30' })).toEqual([]);
  });
});
