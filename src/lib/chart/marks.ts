// The Plot options of a chart: scales, marks and size from its encoding and what it draws. Plot is passed in,
// so the build (Plot with jsdom) and the preview (Plot imported when a reader opens it) draw the same chart.
import type * as PlotModule from '@observablehq/plot';
import { binValues } from './bins.ts';
import { roundForReaders, type FormatNumber } from './numbers.ts';
import type { ChartPoint, ChartValues } from './rows.ts';
import { isTemporal, type AxisNames, type ChartEncoding } from './spec.ts';

type Plot = typeof PlotModule;

/** The site's one chart colour, for marks of a single series. */
export const CHART_FILL = '#0b5cad';

export interface PlotSize {
  /** Default 640, the width of a story's text column. */
  width?: number;
}

/** An x value as Plot should place it: a Date for time bins (`2018-04`, `2018-04-30T23` are not dates to Plot), else text. */
function xValue(enc: ChartEncoding): (d: ChartPoint) => string | Date {
  if (!isTemporal(enc)) return (d) => d.x;
  return (d) =>
    new Date(
      enc.bin === 'year'
        ? `${d.x}-01-01`
        : enc.bin === 'month'
          ? `${d.x}-01`
          : d.x.length === 13
            ? `${d.x}:00:00Z`
            : d.x,
    );
}

export function plotOptions(
  Plot: Plot,
  enc: ChartEncoding,
  drawn: ChartValues,
  names: AxisNames,
  number: FormatNumber,
  size: PlotSize = {},
): PlotModule.PlotOptions {
  const width = size.width ?? 640;
  if ('values' in drawn) {
    const bins = binValues(drawn.values);
    const title = (d: { x1: number; x2: number; y: number }) => `${number(d.x1)}–${number(d.x2)}: ${number(d.y)}`;
    const marks = [Plot.rectY(bins, { x1: 'x1', x2: 'x2', y: 'y', fill: CHART_FILL, title }), Plot.ruleY([0])];
    return { width, height: 320, x: { label: names.x }, y: { label: names.y, grid: true }, marks };
  }
  const points = drawn.points;
  const xOf = xValue(enc);
  const title = (d: ChartPoint) => `${d.color ? `${d.color}, ` : ''}${d.x}: ${number(roundForReaders(d.y))}`;
  const fill = enc.color ? 'color' : CHART_FILL;
  const common = { x: xOf, y: 'y', title, ...(enc.color ? { stroke: 'color' } : {}) };
  let marks: PlotModule.Markish[];
  if (enc.type === 'line')
    marks = [Plot.lineY(points, { ...common, ...(enc.color ? { z: 'color' } : {}) }), Plot.ruleY([0])];
  else if (enc.type === 'area') marks = [Plot.areaY(points, { x: xOf, y: 'y', fill, title }), Plot.ruleY([0])];
  else if (enc.type === 'dot') marks = [Plot.dot(points, { ...common, fill })];
  // Categories read best largest first; time bins (hours of the day, weekdays) keep their order.
  else
    marks = [
      Plot.barX(points, { y: 'x', x: 'y', fill, title, ...(enc.bin ? {} : { sort: { y: '-x' } }) }),
      Plot.ruleX([0]),
    ];
  const bar = enc.type === 'bar';
  // Categories in the order given (hours of the day, weekdays, an answer's order), not sorted as text.
  const order = [...new Set(points.map((d) => d.x))];
  // Bars are 22 pixels each (the label's line height), whatever their number.
  const height = bar ? Math.max(160, new Set(points.map((d) => d.x)).size * 22 + 50) : 320;
  return {
    width,
    height,
    marginLeft: bar ? 180 : 60,
    x: bar
      ? { label: names.y, grid: true }
      : isTemporal(enc)
        ? { label: names.x, type: 'utc' }
        : { label: names.x, type: 'point', domain: order },
    y: bar ? { label: names.x, type: 'band', ...(enc.bin ? { domain: order } : {}) } : { label: names.y, grid: true },
    ...(enc.color ? { color: { legend: true, label: enc.color } } : {}),
    marks,
  };
}
