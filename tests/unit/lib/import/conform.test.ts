import { describe, expect, it } from 'vitest';
import { conformRecord } from '../../../../src/lib/import/conform.ts';
import { DatasetSchema } from '../../../../src/schemas/index.ts';

// OPM's "Annual Verification and Validation" (tests/fixtures/import/dcat-us/opm) as the DCAT-US reader maps it,
// with the other mistakes seen on real catalogs written into it.
const opm = () => ({
  title: 'Annual Verification and Validation',
  summary: 'Agency Chief Acquisition Officers certify annually that FPDS records are complete.',
  organization: 'u-s-office-of-personnel-management',
  contactPoint: { name: 'datadrivenworkforce@opm.gov', email: 'datadrivenworkforce at opm.gov' },
  license: 'http://www.usa.gov/publicdomain/label/1.0/',
  modified: '2031-01-01',
  issued: '2021-02-30',
  accessLevel: 'public',
  keywords: ['Procurement', ' Survey'],
  themes: [],
  references: ['https://www.opm.gov/ok', 'mailto:someone@opm.gov'],
  resources: [
    { title: 'Guide', url: 'https://www.opm.gov/guide ch3.pdf', format: 'PDF' },
    { title: 'Tape', url: 'ftp://ftp.opm.gov/tape', format: 'Tape' },
  ],
});

describe('conformRecord()', () => {
  it('repairs what it can, takes out what it cannot into extra verbatim, and reports both by field', () => {
    const record: Record<string, unknown> = opm();
    const extra: Record<string, unknown> = {};
    const { repaired, unrepaired } = conformRecord(record, extra, { today: '2026-01-01' });
    expect(repaired.map((r) => r.field)).toEqual(['keywords', 'resources[0].url']);
    expect(unrepaired).toEqual([
      {
        field: 'references[1]',
        message: '"mailto:someone@opm.gov" must be a full web address starting with https:// or http://',
      },
      {
        field: 'resources[1].url',
        message: '"ftp://ftp.opm.gov/tape" must be a full web address starting with https:// or http://',
      },
      {
        field: 'contactPoint.email',
        message: '"datadrivenworkforce at opm.gov" is not an email address; write it like name@example.org',
      },
      {
        field: 'issued',
        message:
          '"2021-02-30" is not a real date (that day does not exist); write it as YYYY-MM-DD, for example 2024-02-29',
      },
      { field: 'modified', message: '"2031-01-01" is in the future (the import ran on 2026-01-01)' },
    ]);
    expect(extra).toEqual({
      resources: [{ title: 'Tape', url: 'ftp://ftp.opm.gov/tape', format: 'Tape' }],
      references: ['mailto:someone@opm.gov'],
      contactPoint: { name: 'datadrivenworkforce@opm.gov', email: 'datadrivenworkforce at opm.gov' },
      issued: '2021-02-30',
      modified: '2031-01-01',
    });
    expect(record['contactPoint']).toBeUndefined();
    expect(record['modified']).toBeUndefined();
    expect(record['resources']).toEqual([
      { title: 'Guide', url: 'https://www.opm.gov/guide%20ch3.pdf', format: 'PDF' },
    ]);
    // What is left is valid but for the required fields taken out (filled, or the dataset left out, by the writer).
    const issues = DatasetSchema.safeParse(record).error?.issues.map((i) => i.path.join('.'));
    expect(issues).toEqual(['contactPoint', 'modified']);
  });

  it('keeps a future date when the catalog policy lowers future-date', () => {
    const record: Record<string, unknown> = { ...opm(), issued: undefined };
    conformRecord(record, {}, { today: '2026-01-01', policy: { 'future-date': 'warning' } });
    expect(record['modified']).toBe('2031-01-01');
  });
});
