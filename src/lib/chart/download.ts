// The rows a story chart uses, offered for download: the columns it draws, the rows its filter keeps, and the
// file's name (`chart-<key>.csv`, the key from the chart's attributes). Build-time only: the key hashes with node:crypto.
import Papa from 'papaparse';
import type { DataTable } from '../stories/table.ts';
import { columnIndex, selectRows } from '../stories/query.ts';
import { usageKey } from '../stories/usages.ts';

export interface ChartDownload {
  /** `chart-<key>.csv`, beside the story's page. */
  file: string;
  columns: string[];
  rows: string[][];
}

/** A chart's short id from its attributes as written (`<Chart … />` in MDX, or the component's props: the same strings). */
export function chartKey(attributes: Readonly<Record<string, unknown>>): string {
  return usageKey(attributes);
}

/** The download's file name: `chart-<key>.csv`. */
export function chartFile(attributes: Readonly<Record<string, unknown>>): string {
  return `chart-${chartKey(attributes)}.csv`;
}

/** Where the file is, from the story page's path (`/stories/calls/` → `/stories/calls/chart-<key>.csv`, base included). */
export function chartFileHref(storyPath: string, file: string): string {
  return `${storyPath.replace(/\/?$/, '/')}${file}`;
}

/** From the chart's attributes (a `ChartSpec`, or the strings found in a story's MDX): x, y and color, the rows `filter` keeps. */
export function chartDownload(
  table: DataTable,
  attributes: Readonly<Record<string, string | undefined>>,
): ChartDownload {
  const columns = [attributes['x'], attributes['y'], attributes['color']].filter((c): c is string => !!c);
  const idx = columns.map((c) => columnIndex(table, c));
  return {
    file: chartFile(attributes),
    columns,
    rows: selectRows(table, attributes['filter']).map((r) => idx.map((i) => r[i] ?? '')),
  };
}

export function downloadCsv(d: ChartDownload): string {
  return Papa.unparse({ fields: d.columns, data: d.rows }, { newline: '\n' });
}
