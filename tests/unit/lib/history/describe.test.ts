import { describe, expect, it } from 'vitest';
import { describeChange, describeFile, MAX_FIELDS } from '../../../../src/lib/history/describe.ts';
import type { DatasetChange } from '../../../../src/lib/history/model.ts';

const change = (over: Partial<DatasetChange>): DatasetChange => ({
  commit: 'c',
  date: '2024-01-01T00:00:00Z',
  author: 'A',
  message: 'm',
  dataset: 'd',
  kind: 'updated',
  fields: [],
  files: [],
  ...over,
});

describe('describeChange()', () => {
  it('writes one line per field and file', () => {
    expect(
      describeChange(
        change({
          fields: [
            { field: 'title', change: 'changed', before: 'Trees', after: 'Street trees' },
            { field: 'summary', change: 'changed' },
            { field: 'issued', change: 'added', after: '2020-01-01' },
            { field: 'spatial', change: 'removed', before: 'Portland' },
          ],
          files: [{ path: 'old.csv', change: 'removed', bytesBefore: 10 }],
        }),
      ),
    ).toEqual([
      'title: Trees → Street trees',
      'summary changed',
      'issued added: 2020-01-01',
      'spatial removed',
      'old.csv removed',
    ]);
  });

  it('says a dataset was published or removed', () => {
    expect(
      describeChange(change({ kind: 'added', files: [{ path: 'a.pdf', change: 'added', bytesAfter: 2500 }] })),
    ).toEqual(['Dataset published', 'a.pdf added (2.5 kB)']);
    expect(describeChange(change({ kind: 'removed' }))).toEqual(['Dataset removed']);
  });

  it('says so when index.md changed but no field did', () => {
    expect(describeChange(change({}))).toEqual(['Metadata reformatted (no field changed)']);
  });

  it(`lists ${MAX_FIELDS} fields and says how many more changed`, () => {
    const fields = Array.from({ length: MAX_FIELDS + 3 }, (_, i) => ({ field: `f${i}`, change: 'changed' as const }));
    const lines = describeChange(change({ fields }));
    expect(lines).toHaveLength(MAX_FIELDS + 1);
    expect(lines.at(-1)).toBe('and 3 more fields');
  });
});

describe('describeFile()', () => {
  it.each([
    [{ path: 'calls.csv', change: 'added', bytesAfter: 12_300, rowsAfter: 1 }, 'calls.csv added (12.3 kB, 1 row)'],
    [
      {
        path: 'calls.csv',
        change: 'replaced',
        bytesBefore: 12_300,
        bytesAfter: 15_100,
        rowsBefore: 100,
        rowsAfter: 1120,
      },
      'calls.csv replaced (12.3 kB → 15.1 kB, 100 → 1,120 rows (+1,020))',
    ],
    [
      { path: 'calls.csv', change: 'replaced', bytesBefore: 900, bytesAfter: 800, rowsBefore: 10, rowsAfter: 9 },
      'calls.csv replaced (900 bytes → 800 bytes, 10 → 9 rows (−1))',
    ],
    [
      { path: 'map.pdf', change: 'replaced', bytesBefore: 900, bytesAfter: 900 },
      'map.pdf replaced (900 bytes → 900 bytes)',
    ],
    [{ path: 'map.pdf', change: 'replaced' }, 'map.pdf replaced'],
  ] as const)('describes %o', (file, expected) => {
    expect(describeFile(file)).toBe(expected);
  });
});
