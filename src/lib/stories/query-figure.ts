// A story's <Query> at build time: everything Query.astro shows (the question in words, the chart as SVG with its
// description, the answer as a table), written with the same labels, chart and rounding as the "Summarise" tab,
// so the printed answer reads as the live one. Node only (Plot draws with jsdom).
import { answerChart } from '../ask/chart.ts';
import { ANSWER_LABEL_KEYS, answerLabels } from '../ask/labels.ts';
import { describeChart } from '../chart/describe.ts';
import { plotOptions } from '../chart/marks.ts';
import { translator, type Lang } from '../i18n.ts';
import { intlLocale } from '../../i18n/languages.ts';
import type { StoryAnswer } from './ask.ts';
import { Plot, renderPlot } from './render-plot.ts';

export interface QueryFigure {
  /** The question in words (`Median (answer_wait) by group_name`): the table's caption. */
  heading: string;
  /** The table's columns: the groupings, then the measure. */
  head: string[];
  /** One per group: its keys as readers read them, and its value (`raw` NaN when the group has none). */
  rows: { keys: string[]; value: string; raw: number }[];
  /** The chart, when the answer calls for one (answerChart), and its text description. */
  chart?: { svg: string; description: string } | undefined;
}

export function queryFigure(asked: StoryAnswer, description: string | undefined, lang: Lang = 'en'): QueryFigure {
  const t = translator(lang);
  const { question: q, answer: a } = asked;
  const words = answerLabels(Object.fromEntries(ANSWER_LABEL_KEYS.map((k) => [k, t(`ask.${k}`)])), intlLocale(lang));
  const heading = words.heading(q, (o) => t(`ask.op.${o}`));
  const head = [...a.groups.map((g) => words.groupName(g)), words.measureName(q)];
  const names = { x: head[0]!, y: head[head.length - 1]! };
  const drawn = answerChart(a, names, (i, key) => words.key(a.groups[i]!, key));
  let chart: QueryFigure['chart'];
  if (drawn) {
    const text = description ?? describeChart(drawn.encoding, drawn.drawn, names, words.describe, words.number);
    chart = {
      svg: renderPlot(plotOptions(Plot, drawn.encoding, drawn.drawn, names, words.number), text),
      description: text,
    };
  }
  return {
    heading,
    head,
    rows: a.rows.map((r) => ({
      keys: r.keys.map((k, i) => words.key(a.groups[i]!, k)),
      value: words.value(a, r.value),
      raw: r.value,
    })),
    chart,
  };
}
