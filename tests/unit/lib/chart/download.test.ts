import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartDownload, chartFile, chartFileHref, chartKey, downloadCsv } from '../../../../src/lib/chart/download.ts';
import { findUsages } from '../../../../src/lib/stories/usages.ts';
import type { DataTable } from '../../../../src/lib/stories/table.ts';

const table: DataTable = {
  columns: ['when', 'group', 'wait', 'unused'],
  rows: [
    ['2018-04-30', 'Wireless', '11', 'x'],
    ['2018-04-30', 'Landline', '1', 'y'],
    ['2018-04-29', 'Wireless', '5, more', 'z'],
  ],
};

describe('chartDownload()', () => {
  it('gives the columns the chart draws and the rows its filter keeps', () => {
    const d = chartDownload(table, { type: 'bar', x: 'when', y: 'wait', filter: 'group=Wireless', title: 'Waits' });
    expect(d.columns).toEqual(['when', 'wait']);
    expect(d.rows).toEqual([
      ['2018-04-30', '11'],
      ['2018-04-29', '5, more'],
    ]);
    expect(Papa.parse(downloadCsv(d), { skipEmptyLines: true }).data).toEqual([['when', 'wait'], ...d.rows]);
  });

  it('names the file the same from the attributes in MDX as from the component’s props', () => {
    const [usage] = findUsages('<Chart dataset="calls" type="bar" x="group" title="Calls by group" />');
    const props = { dataset: 'calls', type: 'bar', x: 'group', title: 'Calls by group' };
    expect(chartDownload(table, usage!.props).file).toBe(chartFile(props));
    expect(chartFile(props)).toBe(`chart-${chartKey(props)}.csv`);
    expect(chartKey(props)).toMatch(/^[0-9a-f]{10}$/);
    expect(chartKey({ ...props, title: 'Other' })).not.toBe(chartKey(props));
  });

  it('says which column is missing', () => {
    expect(() => chartDownload(table, { x: 'nope' })).toThrow('column "nope" is not in the file');
  });
});

describe('chartFileHref()', () => {
  it.each([
    ['/stories/calls/', '/stories/calls/chart-1.csv'],
    ['/stories/calls', '/stories/calls/chart-1.csv'],
    ['/sub/stories/calls/', '/sub/stories/calls/chart-1.csv'],
  ])('puts the file beside the story at %s', (page, href) => {
    expect(chartFileHref(page, 'chart-1.csv')).toBe(href);
  });
});
