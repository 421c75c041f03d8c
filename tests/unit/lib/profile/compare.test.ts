import { describe, expect, it } from 'vitest';
import { profileDelimited } from '../../../../src/lib/profile/profile.ts';
import { compareWithDictionary } from '../../../../src/lib/profile/compare.ts';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';

const content = readCatalog('content');
const localFiles = content.datasets.flatMap((d) =>
  d.data.resources.map((r, i) => ({ d, r, i, file: d.files[i] })).filter((x) => x.file),
);
const csvs = localFiles.filter((x) => /\.csv$/i.test(x.r.path ?? ''));

describe('compareWithDictionary()', () => {
  it('flags a column missing on either side and a declared type the values do not fit', async () => {
    const x = csvs.find((c) => c.r.path === 'boston-police-offense-codes.csv')!;
    const p = await profileDelimited(x.file!.absolutePath, { declared: x.r.dialect ?? {} });
    expect(compareWithDictionary(p, x.d.schemas[x.i]!)).toEqual([]);
    const wrong = {
      fields: [
        { name: 'OFFENSE_CODE', type: 'date' as const },
        { name: 'DESCRIPTION', type: 'string' as const },
      ],
    };
    expect(compareWithDictionary(p, wrong)).toEqual([
      { kind: 'type-mismatch', column: 'OFFENSE_CODE', declared: 'date', inferred: 'integer' },
      { kind: 'not-in-dictionary', column: 'NAME' },
      { kind: 'not-in-file', column: 'DESCRIPTION' },
    ]);
  });
});
