// The text description of a chart (its alternative text and caption), written from what it draws.
import { roundForReaders, type FormatNumber } from './numbers.ts';
import type { ChartValues } from './rows.ts';
import type { AxisNames, ChartEncoding, ChartType } from './spec.ts';

/** Which sentence describes the chart: one per type, and one for a chart with nothing to draw. */
export type DescriptionKind = ChartType | 'empty';

/** The caller's sentences (story and preview word them differently), filled with `{x}`, `{y}`, `{count}`, `{first}`,
 *  `{last}`, `{top}`, `{topValue}` (points) or `{x}`, `{count}`, `{min}`, `{max}` (histograms). */
export type Sentence = (kind: DescriptionKind, vars: Record<string, string>) => string;

export function describeChart(
  enc: ChartEncoding,
  drawn: ChartValues,
  names: AxisNames,
  sentence: Sentence,
  number: FormatNumber,
): string {
  if ('values' in drawn) {
    if (drawn.values.length === 0) return sentence('empty', { x: names.x });
    let min = Infinity;
    let max = -Infinity;
    for (const v of drawn.values) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return sentence('histogram', {
      x: names.x,
      count: number(drawn.values.length),
      min: number(min),
      max: number(max),
    });
  }
  const points = drawn.points;
  if (points.length === 0) return sentence('empty', { x: names.x });
  const top = points.reduce((a, b) => (b.y > a.y ? b : a));
  return sentence(enc.type, {
    x: names.x,
    y: names.y,
    count: number(points.length),
    first: points[0]!.x,
    last: points[points.length - 1]!.x,
    top: top.x,
    topValue: number(roundForReaders(top.y)),
  });
}
