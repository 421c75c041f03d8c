import { describe, expect, it } from 'vitest';
import { dataJsonModified, licenseUrl, toDataJson } from '../../../../src/lib/exports/dcat-us.ts';
import { dcatUsFederal, dcatUsNonFederal } from '../../../helpers/standards.ts';
import { IMPORT_DATE, PLACEHOLDER_EMAIL, unstatedCatalog } from '../../../helpers/unstated-catalog.ts';

describe('licenseUrl()', () => {
  it('gives SPDX ids their licence URL, keeps URLs, and gives none for NOASSERTION', () => {
    expect(licenseUrl('CC-BY-4.0')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(licenseUrl('https://example.org/licence')).toBe('https://example.org/licence');
    expect(licenseUrl('NOASSERTION')).toBeUndefined();
  });
});

describe('toDataJson() for a dataset whose source left fields unstated', () => {
  const { input, imported } = unstatedCatalog();
  const dataJson = toDataJson(input) as { dataset: Record<string, unknown>[] };
  const entry = dataJson.dataset.find((e) => e['title'] === imported.data.title)!;

  it('never gives the placeholder address, licence or keyword; the required modified and keyword come from the record', () => {
    // DCAT-US requires both: the date the record entered the catalog (no schedule stated), and its themes,
    // publisher or the catalog's city as keywords.
    expect(entry['modified']).toBe(IMPORT_DATE);
    expect(entry['keyword']).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(entry['keyword']).not.toContain('needs-keywords');
    expect(entry).not.toHaveProperty('license');
    expect(JSON.stringify(entry)).not.toContain(PLACEHOLDER_EMAIL);
  });

  it('stays valid against the official (federal) DCAT-US 1.1 schema', () => {
    const validate = dcatUsFederal();
    validate(dataJson);
    expect(validate.errors ?? []).toEqual([]);
  });

  it("names this catalog's own contact, and says the publisher is not stated", () => {
    expect(entry['contactPoint']).toEqual({
      '@type': 'vcard:Contact',
      fn: input.catalog.contactPoint.name,
      hasEmail: `mailto:${input.catalog.contactPoint.email}`,
    });
    expect(entry['publisher']).toEqual({ '@type': 'org:Organization', name: 'Not stated by the source' });
  });

  it("stays valid against GSA's non-federal DCAT-US 1.1 schema, which data.gov applies to cities", () => {
    const validate = dcatUsNonFederal();
    validate(dataJson);
    expect(validate.errors ?? []).toEqual([]);
  });
});

describe('dataJsonModified()', () => {
  const source = { kind: 'dcat-us' as const, url: 'x', identifier: 'x', harvested: '2026-01-01' };
  it.each([
    ['a stated date', { modified: '2024-05-01' }, '2024-05-01'],
    [
      'an unknown date with a schedule: the repeating interval',
      {
        modified: '2026-01-01',
        accrualPeriodicity: 'R/P3M',
        source: { ...source, placeholders: ['modified' as const] },
      },
      'R/P3M',
    ],
    [
      'an unknown date, irregular: the date the record entered the catalog',
      {
        modified: '2026-01-01',
        accrualPeriodicity: 'irregular',
        source: { ...source, placeholders: ['modified' as const] },
      },
      '2026-01-01',
    ],
  ])('gives %s', (_, m, expected) => {
    expect(dataJsonModified(m)).toBe(expected);
  });

  it('gives a repeating interval the official schema accepts as modified', () => {
    const validate = dcatUsFederal();
    const { input, imported } = unstatedCatalog();
    const withSchedule = { ...imported, data: { ...imported.data, accrualPeriodicity: 'R/P1M', keywords: ['k'] } };
    const doc = toDataJson({ ...input, datasets: [withSchedule] }) as { dataset: Record<string, unknown>[] };
    expect(doc.dataset[0]!['modified']).toBe('R/P1M');
    validate(doc);
    // The federal schema still wants keywords and a publisher that the source did not state; modified is not among its complaints.
    expect(JSON.stringify(validate.errors ?? [])).not.toContain('modified');
  });
});
