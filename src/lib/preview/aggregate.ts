// The data behind a preview chart, computed from parsed rows (in the preview's worker, off the main thread).
import { readCell } from '../profile/infer-cell.ts';
import type { ChartValues } from '../chart/rows.ts';
import type { ChartEncoding } from '../chart/spec.ts';

export type ChartKind = 'line' | 'bar' | 'histogram';

export interface ChartSpec {
  kind: ChartKind;
  /** Column index of x (a date for line charts, a category for bars, a number for histograms). */
  x: number;
  /** Column index of y for line charts (summed per day); absent means a count of rows. */
  y?: number | undefined;
}

export interface ChartData {
  spec: ChartSpec;
  /** Points or bars: x as text (ISO date or category) or number, y a number. */
  points: { x: string | number; y: number }[];
  /** Rows that had no usable value. */
  skipped: number;
}

/** Line: rows per day (or the sum of y per day). Bar: rows per category, the 20 largest. Histogram: the numbers. */
export function chartData(rows: string[][], spec: ChartSpec): ChartData {
  let skipped = 0;
  if (spec.kind === 'histogram') {
    const points: { x: number; y: number }[] = [];
    for (const r of rows) {
      const c = readCell(r[spec.x] ?? '');
      if (typeof c.value === 'number') points.push({ x: c.value, y: 1 });
      else skipped++;
    }
    return { spec, points, skipped };
  }
  const groups = new Map<string, number>();
  for (const r of rows) {
    const raw = r[spec.x] ?? '';
    let key: string | undefined;
    if (spec.kind === 'line') {
      const c = readCell(raw);
      key = typeof c.value === 'string' ? c.value.slice(0, 10) : undefined;
    } else key = raw.trim() || undefined;
    let add = 1;
    if (spec.y !== undefined) {
      const v = readCell(r[spec.y] ?? '').value;
      add = typeof v === 'number' ? v : NaN;
    }
    if (key === undefined || Number.isNaN(add)) {
      skipped++;
      continue;
    }
    groups.set(key, (groups.get(key) ?? 0) + add);
  }
  let points = [...groups].map(([x, y]) => ({ x, y }));
  if (spec.kind === 'line') points.sort((a, b) => (a.x < b.x ? -1 : 1));
  else points = points.sort((a, b) => b.y - a.y).slice(0, 20);
  return { spec, points, skipped };
}

/** The chart a column's type suggests: a line over time, bars of a category, or a histogram of numbers. */
export function suggestChart(types: string[], distinct: number[]): ChartSpec | undefined {
  const date = types.findIndex((t) => t === 'date' || t === 'datetime');
  const number = types.findIndex((t) => t === 'integer' || t === 'number');
  const category = types.findIndex((t, i) => t === 'string' && (distinct[i] ?? 0) > 1 && (distinct[i] ?? 0) <= 50);
  // Over time, the number of rows per day is what a first look wants; the reader can pick a column to sum.
  if (date >= 0) return { kind: 'line', x: date };
  if (category >= 0) return { kind: 'bar', x: category };
  if (number >= 0) return { kind: 'histogram', x: number };
  return undefined;
}

/** The preview's chart as the chart module draws it: a line of rows (or of a column's sum) per day, bars of rows
 *  per category (largest first), or a histogram of the numbers. `columns` names the spec's column indexes. */
export function chartOf(data: ChartData, columns: readonly string[]): { encoding: ChartEncoding; drawn: ChartValues } {
  const x = columns[data.spec.x] ?? '';
  if (data.spec.kind === 'histogram')
    return { encoding: { type: 'histogram', x }, drawn: { values: data.points.map((p) => Number(p.x)) } };
  const y = data.spec.y === undefined ? undefined : columns[data.spec.y];
  const encoding: ChartEncoding = {
    type: data.spec.kind,
    x,
    ...(y === undefined ? {} : { y }),
    ...(data.spec.kind === 'line' ? { bin: 'day' as const } : {}),
  };
  return { encoding, drawn: { points: data.points.map((p) => ({ x: String(p.x), y: p.y })) } };
}
