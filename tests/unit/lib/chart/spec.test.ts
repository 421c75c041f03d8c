import { describe, expect, it } from 'vitest';
import { aggregateOf, axisNames, isTemporal } from '../../../../src/lib/chart/spec.ts';

describe('aggregateOf()', () => {
  it.each([
    [{ type: 'bar', x: 'a' }, 'count'],
    [{ type: 'bar', x: 'a', y: 'b' }, 'sum'],
    [{ type: 'bar', x: 'a', y: 'b', aggregate: 'median' }, 'median'],
  ] as const)('is %j → %s', (enc, expected) => {
    expect(aggregateOf(enc)).toBe(expected);
  });
});

describe('isTemporal()', () => {
  it.each([
    ['hour', true],
    ['day', true],
    ['month', true],
    ['year', true],
    ['hour-of-day', false],
    ['weekday', false],
    [undefined, false],
  ] as const)('bin %s draws on a time axis: %s', (bin, expected) => {
    expect(isTemporal({ type: 'line', x: 'a', bin })).toBe(expected);
  });
});

describe('axisNames()', () => {
  it('names the axes after the labels written', () => {
    expect(axisNames({ type: 'bar', x: 'a', y: 'b', xLabel: 'area', yLabel: 'dollars' }, 'rows')).toEqual({
      x: 'area',
      y: 'dollars',
    });
  });

  it('names y after its aggregate and column, or the word for rows when it counts them', () => {
    expect(axisNames({ type: 'line', x: 'day', y: 'Amount' }, 'rows')).toEqual({ x: 'day', y: 'sum of Amount' });
    expect(axisNames({ type: 'line', x: 'day', y: 'Amount', aggregate: 'mean' }, 'rows')).toEqual({
      x: 'day',
      y: 'mean of Amount',
    });
    expect(axisNames({ type: 'bar', x: 'group' }, 'lignes')).toEqual({ x: 'group', y: 'lignes' });
  });

  it('counts rows on a histogram’s y axis', () => {
    expect(axisNames({ type: 'histogram', x: 'wait', y: 'ignored' }, 'rows').y).toBe('rows');
  });
});
