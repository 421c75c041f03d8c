import { describe, expect, it } from 'vitest';
import { MAX_TITLE, cutAtWord, repairRecord } from '../../../../src/lib/import/repair.ts';

describe('cutAtWord()', () => {
  it('cuts at the last word boundary that fits, with an ellipsis', () => {
    expect(cutAtWord('Annual Verification and Validation', 20)).toBe('Annual Verification…');
    expect(cutAtWord('Short', 20)).toBe('Short');
  });
});

describe('repairRecord()', () => {
  it('repairs what has one meaning, reports each repair, and keeps originals that lose precision in extra', () => {
    const longTitle = `${'Federal Employee Viewpoint Survey results by agency '.repeat(5)}and year`;
    const record: Record<string, unknown> = {
      title: ` ${longTitle}`,
      summary: 'FEVS  results,\nby agency. ',
      modified: '2023',
      issued: '05/12/2021',
      keywords: ['Procurement', ' Survey', 'Survey', '  '],
      landingPage: 'https://www.opm.gov/fevs/Survey Results/',
      references: ['https://www.opm.gov/ok', 'https://www.opm.gov/a|b'],
      contactPoint: { name: ' Data  Team ', email: ' mailto:datadrivenworkforce@opm.gov' },
      resources: [{ title: 'CSV ', url: 'https://www.opm.gov/file name.csv', format: 'CSV' }],
    };
    const extra: Record<string, unknown> = { bureauCode: ['027:00'] };
    const repairs = repairRecord(record, extra);
    expect(record).toEqual({
      title: cutAtWord(longTitle, MAX_TITLE),
      summary: 'FEVS results, by agency.',
      modified: '2023-01-01',
      issued: '2021-05-12',
      keywords: ['Procurement', 'Survey'],
      landingPage: 'https://www.opm.gov/fevs/Survey%20Results/',
      references: ['https://www.opm.gov/ok', 'https://www.opm.gov/a%7Cb'],
      contactPoint: { name: 'Data Team', email: 'datadrivenworkforce@opm.gov' },
      resources: [{ title: 'CSV', url: 'https://www.opm.gov/file%20name.csv', format: 'CSV' }],
    });
    expect((record['title'] as string).length).toBeLessThanOrEqual(MAX_TITLE);
    expect(extra).toEqual({ bureauCode: ['027:00'], title: longTitle, modified: '2023', issued: '05/12/2021' });
    expect(repairs.map((r) => r.field)).toEqual([
      'title',
      'summary',
      'title',
      'keywords',
      'modified',
      'issued',
      'landingPage',
      'references[1]',
      'contactPoint.name',
      'contactPoint.email',
      'resources[0].title',
      'resources[0].url',
    ]);
    expect(repairs.find((r) => r.field === 'modified')?.how).toBe(
      '"2023" (a year; its first day) → 2023-01-01; the original is kept in source.extra',
    );
  });

  it('leaves unset a text that is only spaces, so that no export writes an empty value', () => {
    const record: Record<string, unknown> = { title: 'Trees', spatial: '  ', methodology: '\n' };
    expect(repairRecord(record, {}).map((r) => `${r.field}: ${r.how}`)).toEqual([
      'spatial: only spaces: left unset',
      'methodology: only spaces: left unset',
    ]);
    expect(record).toEqual({ title: 'Trees' });
  });

  it('changes nothing in a record that is already right', () => {
    const record = { title: 'Trees', modified: '2024-02-29', keywords: ['trees'], landingPage: 'https://example.org' };
    const copy = structuredClone(record);
    expect(repairRecord(record, {})).toEqual([]);
    expect(record).toEqual(copy);
  });
});
