// A story's <Chart> at build time: everything Chart.astro shows (the SVG, its description, its data as a table,
// the download's file and row count), from the chart's attributes and its table. Node only (Plot draws with jsdom).
import { formatNumber } from '../format.ts';
import { translator, type Lang } from '../i18n.ts';
import type { DataTable } from '../stories/table.ts';
import { Plot, renderPlot } from '../stories/render-plot.ts';
import type { DescriptionKind } from './describe.ts';
import { describeChart } from './describe.ts';
import { chartFile, chartKey } from './download.ts';
import { plotOptions } from './marks.ts';
import { chartRows } from './rows.ts';
import { axisNames, type ChartSpec } from './spec.ts';
import { chartTable, type ChartTable } from './table.ts';

export interface ChartFigure {
  svg: string;
  description: string;
  table: ChartTable;
  /** The chart's short id, from its attributes. */
  key: string;
  /** `chart-<key>.csv`: the rows the chart uses, published beside the story. */
  file: string;
  /** How many rows the download has (the rows the filter keeps). */
  rowCount: number;
}

export function chartFigure(table: DataTable, spec: ChartSpec, lang: Lang = 'en'): ChartFigure {
  const t = translator(lang);
  const storySentence = (kind: DescriptionKind, vars: Record<string, string>) =>
    t(
      kind === 'histogram'
        ? 'story.chart.describeHistogram'
        : kind === 'empty'
          ? 'story.chart.describeEmpty'
          : `story.chart.describe.${kind}`,
      vars,
    );
  const format = (n: number) => formatNumber(n, lang);
  const { rows, drawn } = chartRows(table, spec);
  const names = axisNames(spec, t('story.chart.rows'));
  const description = spec.description ?? describeChart(spec, drawn, names, storySentence, format);
  return {
    svg: renderPlot(plotOptions(Plot, spec, drawn, names, format), description),
    description,
    table: chartTable(spec, drawn, names, format),
    key: chartKey(spec),
    file: chartFile(spec),
    rowCount: rows.length,
  };
}
