import { describe, expect, it } from 'vitest';
import { byModifiedDesc } from '../../../src/lib/catalog.ts';

const entry = (id: string, modified: string, placeholders?: 'modified'[]) => ({
  id,
  data: {
    title: id,
    modified,
    source: placeholders && {
      kind: 'dcat-us' as const,
      url: 'input.json',
      identifier: id,
      harvested: modified,
      placeholders,
    },
  },
});

describe('byModifiedDesc()', () => {
  it('puts the newest first, datasets whose source states no date last, and ties by title', () => {
    const sorted = [
      entry('imported', '2026-01-01', ['modified']),
      entry('old', '2019-03-01'),
      entry('b-new', '2024-05-01'),
      entry('a-new', '2024-05-01'),
    ].sort(byModifiedDesc);
    expect(sorted.map((d) => d.id)).toEqual(['a-new', 'b-new', 'old', 'imported']);
  });
});
