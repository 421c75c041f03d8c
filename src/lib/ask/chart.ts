// The chart an answer calls for, from its types: a line over time bins, bars for one grouping of a few values,
// dots for two groupings (one colour per value of the second); none for a single number, for dates as values,
// or for more groups than a chart can show legibly (the table lists them all).
import type { ChartPoint } from '../chart/rows.ts';
import type { ChartEncoding } from '../chart/spec.ts';
import type { Answer } from './answer.ts';

/** More bars or points along x than this are a table's job. */
export const MAX_DRAWN = 50;
/** More colours than this cannot be told apart. */
export const MAX_COLOURS = 10;

export interface AnswerChart {
  encoding: ChartEncoding;
  drawn: { points: ChartPoint[] };
}

/** `label(i, key)` writes grouping i's key as the reader reads it (a weekday's name in the page's language). */
export function answerChart(
  a: Answer,
  names: { x: string; y: string },
  label: (grouping: number, key: string) => string,
): AnswerChart | undefined {
  const [first, second] = a.groups;
  if (!first || a.valueKind === 'date') return undefined;
  const temporal = first.bin === 'hour' || first.bin === 'day' || first.bin === 'month' || first.bin === 'year';
  const rows = a.rows.filter((r) => !Number.isNaN(r.value) && r.keys[0] !== '');
  const xs = new Set(rows.map((r) => r.keys[0]));
  const colours = new Set(rows.map((r) => r.keys[1]));
  if ((!temporal && xs.size > MAX_DRAWN) || (second && colours.size > MAX_COLOURS)) return undefined;
  const points = rows.map((r) => ({
    // Time bins stay ISO text, which the chart reads as dates; other keys are written for the reader.
    x: temporal ? r.keys[0]! : label(0, r.keys[0]!),
    y: r.value,
    ...(second ? { color: label(1, r.keys[1]!) } : {}),
  }));
  const type = temporal ? 'line' : second ? 'dot' : 'bar';
  return {
    encoding: { type, x: names.x, y: names.y, ...(second ? { color: second.column } : {}), bin: first.bin },
    drawn: { points },
  };
}
