// What a chart draws: a story's <Chart> attributes, typed, and the axis names derived from them. Every other
// file of the chart module (rows, bins, marks, description, table, download) starts from this.
import type { Aggregate, Bin } from '../stories/query.ts';

export const CHART_TYPES = ['line', 'bar', 'dot', 'area', 'histogram'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** What drawing needs: the type and the columns. The preview's charts have only this (no title, no dataset). */
export type ChartEncoding = {
  /** `line`, `bar`, `dot`, `area` (x grouped, y aggregated) or `histogram` (the numbers of x, binned). */
  type: ChartType;
  /** The column along x, e.g. `call_start_dt`. */
  x: string;
  /** The column aggregated; absent means a count of rows. */
  y?: string | undefined;
  /** The column that splits the points into series, one colour each. */
  color?: string | undefined;
  /** How y is aggregated per x; default `sum` with a y, `count` without. */
  aggregate?: Aggregate | undefined;
  /** The time bin of a date column along x, e.g. `day` or `hour-of-day`; default none (x as written). */
  bin?: Bin | undefined;
};

/** A story chart as written: `<Chart dataset="…" type="bar" x="…" title="…" />`. (A type, not an interface, so it
 *  passes as a record of attribute strings, which is what names its download.) */
export type ChartSpec = ChartEncoding & {
  /** The dataset's folder name, e.g. `boec-911-calls-april-2018`. */
  dataset: string;
  /** The file of the dataset; needed when it has more than one. */
  resource?: string | undefined;
  /** `col=value; col!=value`: the rows the chart uses. Default: every row. */
  filter?: string | undefined;
  title: string;
  /** Replaces the description written from the data. */
  description?: string | undefined;
  /** The x axis's name; default the column's name. */
  xLabel?: string | undefined;
  /** The y axis's name; default `<aggregate> of <y>`, or the word for rows. */
  yLabel?: string | undefined;
};

export interface AxisNames {
  x: string;
  y: string;
}

export function aggregateOf(enc: ChartEncoding): Aggregate {
  return enc.aggregate ?? (enc.y ? 'sum' : 'count');
}

/** Time bins draw on a time axis; `hour-of-day` and `weekday` are categories. */
export function isTemporal(enc: ChartEncoding): boolean {
  return enc.bin === 'hour' || enc.bin === 'day' || enc.bin === 'month' || enc.bin === 'year';
}

/** The axes' names: the labels written, else the column names; `rows` is the interface's word for a count of rows. */
export function axisNames(
  spec: ChartEncoding & { xLabel?: string | undefined; yLabel?: string | undefined },
  rows: string,
): AxisNames {
  return {
    x: spec.xLabel ?? spec.x,
    y: spec.yLabel ?? (spec.y && spec.type !== 'histogram' ? `${aggregateOf(spec)} of ${spec.y}` : rows),
  };
}
