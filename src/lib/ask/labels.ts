// How an answer reads in the page's language: its heading, its columns' names, its groups' labels (weekdays and
// months by Intl, time bins as dates and hours) and its values (dates as dates, numbers rounded for readers).
import type { Answer } from './answer.ts';
import { BINS, MEASURES, type Operator, type Question } from './question.ts';
import type { DescriptionKind } from '../chart/describe.ts';
import { roundForReaders } from '../chart/numbers.ts';
import { fill } from '../fill.ts';
import { WEEKDAYS } from './group-keys.ts';

/** The texts answerLabels() reads, by their key under `ask.` in the dictionaries. */
export const ANSWER_LABEL_KEYS = [
  'noValue',
  'heading',
  'headingBy',
  'headingWhere',
  'describeLine',
  'describeBar',
  'describeDot',
  'chartEmpty',
  ...MEASURES.map((m) => `measure.${m}`),
  ...BINS.map((b) => `bin.${b}`),
];

export function answerLabels(labels: Record<string, string>, locale: string) {
  const utc = { timeZone: 'UTC' } as const;
  const weekday = new Intl.DateTimeFormat(locale, { ...utc, weekday: 'long' });
  const month = new Intl.DateTimeFormat(locale, { ...utc, month: 'long', year: 'numeric' });
  const day = new Intl.DateTimeFormat(locale, { ...utc, dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { ...utc, dateStyle: 'medium', timeStyle: 'short' });
  const noValue = labels['noValue'] ?? '—';

  const groupName = (g: Answer['groups'][number]) =>
    g.bin ? `${g.column} (${labels[`bin.${g.bin}`] ?? g.bin})` : g.column;
  const measureName = (q: Question) =>
    `${labels[`measure.${q.measure}`] ?? q.measure}${q.of && q.measure !== 'count' ? ` (${q.of})` : ''}`;

  const number = (n: number) => roundForReaders(n).toLocaleString(locale);

  return {
    groupName,
    measureName,
    /** A number in a chart's description and tooltips. */
    number,
    /** The sentence that describes a chart of an answer (describeChart's `Sentence`). */
    describe(kind: DescriptionKind, vars: Record<string, string>): string {
      const key =
        kind === 'empty'
          ? 'chartEmpty'
          : kind === 'line'
            ? 'describeLine'
            : kind === 'dot'
              ? 'describeDot'
              : 'describeBar';
      return fill(labels[key] ?? '', vars);
    },
    heading(q: Question, op: (o: Operator) => string): string {
      const measure = measureName(q);
      const heading = q.group.length
        ? fill(labels['headingBy'] ?? '', {
            measure,
            groups: q.group.map((g) => groupName({ ...g, kind: 'text' })).join(', '),
          })
        : fill(labels['heading'] ?? '', { measure });
      if (!q.where.length) return heading;
      const conditions = q.where
        .map((c) => `${c.column} ${op(c.op)}${c.op === 'empty' || c.op === 'not-empty' ? '' : ` ${c.value}`}`)
        .join('; ');
      return fill(labels['headingWhere'] ?? '', { heading, conditions });
    },
    /** A group's key as a reader reads it. */
    key(g: Answer['groups'][number], key: string): string {
      if (key === '') return noValue;
      switch (g.bin) {
        case 'weekday':
          return weekday.format(Date.UTC(2018, 0, 1 + WEEKDAYS.indexOf(key)));
        case 'hour-of-day':
          return `${key}:00`;
        case 'month':
          return month.format(Date.parse(`${key}-01T00:00:00Z`));
        case 'day':
          return day.format(Date.parse(`${key}T00:00:00Z`));
        case 'hour':
          return dateTime.format(Date.parse(`${key}:00:00Z`));
        default:
          return g.kind === 'number' ? Number(key).toLocaleString(locale) : key;
      }
    },
    value(a: Answer, v: number): string {
      if (Number.isNaN(v)) return noValue;
      if (a.valueKind === 'date') return dateTime.format(v);
      return number(v);
    },
  };
}
