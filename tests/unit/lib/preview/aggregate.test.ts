import { describe, expect, it } from 'vitest';
import { chartData, chartOf, suggestChart } from '../../../../src/lib/preview/aggregate.ts';

describe('chartData()', () => {
  const rows = [
    ['4/30/2018 23:59', '11', 'BOEC Wireless'],
    ['4/30/2018 22:10', '1', 'BOEC Landline'],
    ['4/29/2018 10:00', '5', 'BOEC Wireless'],
    ['not a date', 'NULL', ''],
  ];

  it('counts rows per day for a line over time, in date order, and says how many rows it skipped', () => {
    expect(chartData(rows, { kind: 'line', x: 0 })).toEqual({
      spec: { kind: 'line', x: 0 },
      points: [
        { x: '2018-04-29', y: 1 },
        { x: '2018-04-30', y: 2 },
      ],
      skipped: 1,
    });
  });

  it('sums a column per day when one is chosen', () => {
    expect(chartData(rows, { kind: 'line', x: 0, y: 1 }).points).toEqual([
      { x: '2018-04-29', y: 5 },
      { x: '2018-04-30', y: 12 },
    ]);
  });

  it('counts rows per category, largest first', () => {
    expect(chartData(rows, { kind: 'bar', x: 2 }).points).toEqual([
      { x: 'BOEC Wireless', y: 2 },
      { x: 'BOEC Landline', y: 1 },
    ]);
  });

  it('collects the numbers of a column for a histogram', () => {
    expect(chartData(rows, { kind: 'histogram', x: 1 }).points.map((p) => p.x)).toEqual([11, 1, 5]);
  });
});

describe('suggestChart()', () => {
  it.each([
    [['datetime', 'integer', 'string'], [30000, 1000, 14], { kind: 'line', x: 0 }],
    [['string', 'integer'], [14, 500], { kind: 'bar', x: 0 }],
    [['string', 'number'], [5000, 500], { kind: 'histogram', x: 1 }],
    [['string'], [5000], undefined],
  ])('suggests for column types %j', (types, distinct, expected) => {
    expect(suggestChart(types, distinct)).toEqual(expected);
  });
});

describe('chartOf()', () => {
  const columns = ['call_start_dt', 'answer_wait', 'group_name'];

  it('draws a line of rows (or of a column’s sum) per day', () => {
    expect(chartOf({ spec: { kind: 'line', x: 0 }, points: [{ x: '2018-04-29', y: 1 }], skipped: 0 }, columns)).toEqual(
      {
        encoding: { type: 'line', x: 'call_start_dt', bin: 'day' },
        drawn: { points: [{ x: '2018-04-29', y: 1 }] },
      },
    );
    const summed = chartOf({ spec: { kind: 'line', x: 0, y: 1 }, points: [], skipped: 0 }, columns);
    expect(summed.encoding).toEqual({ type: 'line', x: 'call_start_dt', y: 'answer_wait', bin: 'day' });
  });

  it('draws bars by category without a time bin, so the largest comes first', () => {
    const bars = chartOf({ spec: { kind: 'bar', x: 2 }, points: [{ x: 'BOEC Wireless', y: 2 }], skipped: 0 }, columns);
    expect(bars.encoding).toEqual({ type: 'bar', x: 'group_name' });
  });

  it('hands a histogram’s numbers to the shared binning', () => {
    expect(
      chartOf(
        {
          spec: { kind: 'histogram', x: 1 },
          points: [
            { x: 11, y: 1 },
            { x: 5, y: 1 },
          ],
          skipped: 0,
        },
        columns,
      ),
    ).toEqual({
      encoding: { type: 'histogram', x: 'answer_wait' },
      drawn: { values: [11, 5] },
    });
  });
});
