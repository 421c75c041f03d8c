// The rows a chart uses and what it draws from them: the rows its filter keeps, then either points (x grouped,
// binned in time when asked, y aggregated) or, for a histogram, the numbers of x.
import type { DataTable } from '../stories/table.ts';
import { columnIndex, groupRows, numberOf, selectRows } from '../stories/query.ts';
import { aggregateOf, type ChartEncoding } from './spec.ts';

export interface ChartPoint {
  x: string;
  y: number;
  color?: string;
}

/** What is drawn: points, or the numbers a histogram bins. */
export type ChartValues = { points: readonly ChartPoint[] } | { values: readonly number[] };

export interface ChartRows {
  /** The rows the filter keeps (all of them count as "used", including ones without a drawable value). */
  rows: string[][];
  drawn: ChartValues;
}

export function chartRows(table: DataTable, spec: ChartEncoding & { filter?: string | undefined }): ChartRows {
  const rows = selectRows(table, spec.filter);
  if (spec.type === 'histogram') {
    const xi = columnIndex(table, spec.x);
    return { rows, drawn: { values: rows.map((r) => numberOf(r[xi])).filter((v): v is number => v !== undefined) } };
  }
  return {
    rows,
    drawn: {
      points: groupRows(table, rows, {
        x: spec.x,
        y: spec.y,
        color: spec.color,
        aggregate: aggregateOf(spec),
        bin: spec.bin,
      }),
    },
  };
}
