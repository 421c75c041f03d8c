import { describe, expect, it } from 'vitest';
import { indexersAtOnce } from '../../../src/integrations/pagefind.ts';

const GB = 1e9;

describe('indexersAtOnce()', () => {
  it('indexes the languages at once when there are cores and memory for each indexer', () => {
    expect(indexersAtOnce(2, 10_000, 2, 20 * GB)).toBe(2);
    expect(indexersAtOnce(3, 1_000, 2, 20 * GB)).toBe(2);
    expect(indexersAtOnce(3, 1_000, 8, 20 * GB)).toBe(3);
  });

  it('one after the other when two indexers would not fit in memory (50,000 pages took over 11 GB each)', () => {
    expect(indexersAtOnce(2, 50_000, 2, 20 * GB)).toBe(1);
    // 10,000 pages took 3.3 GB: a runner with 7 GB, of which the build itself holds 2, indexes one at a time.
    expect(indexersAtOnce(2, 10_000, 2, 5 * GB)).toBe(1);
  });

  it('always one at least, however little memory is free', () => {
    expect(indexersAtOnce(2, 300_000, 4, 1 * GB)).toBe(1);
    expect(indexersAtOnce(1, 10, 1, 0)).toBe(1);
  });
});
