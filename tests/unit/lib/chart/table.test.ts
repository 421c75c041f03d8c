import { describe, expect, it } from 'vitest';
import { chartTable } from '../../../../src/lib/chart/table.ts';

const number = (n: number) => n.toLocaleString('en');

describe('chartTable()', () => {
  it('gives a row per point, with its colour column when the chart has one, y to two decimals', () => {
    const drawn = {
      points: [
        { x: '2016-17', y: 1000.456, color: 'Capital' },
        { x: '2016-17', y: 2, color: 'Operating' },
      ],
    };
    expect(
      chartTable(
        { type: 'dot', x: 'Fiscal Year', y: 'Amount', color: 'Budget Category' },
        drawn,
        { x: 'fiscal year', y: 'dollars' },
        number,
      ),
    ).toEqual({
      head: ['fiscal year', 'Budget Category', 'dollars'],
      rows: [
        ['2016-17', 'Capital', '1,000.46'],
        ['2016-17', 'Operating', '2'],
      ],
    });
  });

  it('gives a row per bin of a histogram (the bins the chart draws)', () => {
    const t = chartTable(
      { type: 'histogram', x: 'wait' },
      { values: [0, 1, 19, 20] },
      { x: 'wait', y: 'rows' },
      number,
    );
    expect(t.head).toEqual(['wait', 'rows']);
    expect(t.rows).toHaveLength(20);
    expect(t.rows[0]).toEqual(['0 – 1', '1']);
    expect(t.rows[19]).toEqual(['19 – 20', '2']);
  });
});
