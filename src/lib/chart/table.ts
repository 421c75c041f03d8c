// A chart's data as a table for readers ("Show the data"): a row per point, or per bin of a histogram.
import { binValues } from './bins.ts';
import { roundForReaders, type FormatNumber } from './numbers.ts';
import type { ChartValues } from './rows.ts';
import type { AxisNames, ChartEncoding } from './spec.ts';

export interface ChartTable {
  head: string[];
  rows: string[][];
}

export function chartTable(enc: ChartEncoding, drawn: ChartValues, names: AxisNames, number: FormatNumber): ChartTable {
  if ('values' in drawn) {
    const range = (a: number, b: number) => `${number(roundForReaders(a))} – ${number(roundForReaders(b))}`;
    return { head: [names.x, names.y], rows: binValues(drawn.values).map((b) => [range(b.x1, b.x2), number(b.y)]) };
  }
  const color = enc.color;
  return {
    head: [names.x, ...(color ? [color] : []), names.y],
    rows: drawn.points.map((d) => [d.x, ...(color ? [d.color ?? ''] : []), number(roundForReaders(d.y))]),
  };
}
