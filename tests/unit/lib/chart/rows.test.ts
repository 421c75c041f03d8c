import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartRows } from '../../../../src/lib/chart/rows.ts';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { loadTable, type DataTable } from '../../../../src/lib/stories/table.ts';

const table: DataTable = {
  columns: ['when', 'group', 'wait'],
  rows: [
    ['2018-04-30 23:59:00', 'Wireless', '11'],
    ['2018-04-30 22:10:00', 'Landline', '1'],
    ['2018-04-29 10:00:00', 'Wireless', '5'],
    ['2018-04-29 11:00:00', 'Wireless', 'NULL'],
  ],
};

describe('chartRows()', () => {
  it('keeps the rows the filter keeps, and groups them by x', () => {
    const { rows, drawn } = chartRows(table, { type: 'bar', x: 'group', filter: 'group=Wireless' });
    expect(rows).toHaveLength(3);
    expect(drawn).toEqual({ points: [{ x: 'Wireless', y: 3 }] });
  });

  it('bins x in time and aggregates y', () => {
    const { drawn } = chartRows(table, { type: 'line', x: 'when', y: 'wait', bin: 'day' });
    expect(drawn).toEqual({
      points: [
        { x: '2018-04-29', y: 5 },
        { x: '2018-04-30', y: 12 },
      ],
    });
  });

  it('collects the numbers of x for a histogram, counting every filtered row as used', () => {
    const { rows, drawn } = chartRows(table, { type: 'histogram', x: 'wait', filter: 'group=Wireless' });
    expect(rows).toHaveLength(3);
    expect(drawn).toEqual({ values: [11, 5] });
  });

  it('counts every call of the 911 log in 24 hours of the day', () => {
    const d = readCatalog(path.resolve('content')).datasets.find((x) => x.id === 'boec-911-calls-april-2018')!;
    const calls = loadTable(d.files[0]!.absolutePath, d.data.resources[0]!.dialect ?? {});
    const { drawn } = chartRows(calls, { type: 'bar', x: 'call_start_dt', bin: 'hour-of-day' });
    if (!('points' in drawn)) throw new Error('expected points');
    expect(drawn.points).toHaveLength(24);
    expect(drawn.points.reduce((a, p) => a + p.y, 0)).toBe(calls.rows.length);
  });
});
