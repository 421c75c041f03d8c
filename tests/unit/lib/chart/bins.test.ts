import { describe, expect, it } from 'vitest';
import { BIN_COUNT, binValues } from '../../../../src/lib/chart/bins.ts';

describe('binValues()', () => {
  it('makes BIN_COUNT (20) bins of equal width from the smallest value to the largest', () => {
    const bins = binValues([0, 5, 10, 20]);
    expect(BIN_COUNT).toBe(20);
    expect(bins).toHaveLength(20);
    expect(bins[0]).toEqual({ x1: 0, x2: 1, y: 1 });
    expect(bins.every((b) => b.x2 - b.x1 === 1)).toBe(true);
    expect(bins.reduce((a, b) => a + b.y, 0)).toBe(4);
  });

  it('puts a value on a boundary in the bin above it, and the maximum in the last bin', () => {
    const bins = binValues([0, 1, 2, 4], 4);
    expect(bins.map((b) => b.y)).toEqual([1, 1, 1, 1]);
    expect(bins[3]).toEqual({ x1: 3, x2: 4, y: 1 });
  });

  it('gives bins one unit wide when every value is the same', () => {
    expect(binValues([7, 7, 7], 2)).toEqual([
      { x1: 7, x2: 8, y: 3 },
      { x1: 8, x2: 9, y: 0 },
    ]);
  });

  it('gives no bins for no values', () => {
    expect(binValues([])).toEqual([]);
  });

  it('bins more values than a function call can take as arguments', () => {
    const values = Array.from({ length: 300_000 }, (_, i) => i % 1000);
    const bins = binValues(values, 10);
    expect(bins[0]!.y).toBe(30_000);
    expect(bins[9]).toEqual({ x1: 899.1, x2: 999, y: 30_000 });
  });
});
