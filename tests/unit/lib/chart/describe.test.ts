import { describe, expect, it } from 'vitest';
import { describeChart, type Sentence } from '../../../../src/lib/chart/describe.ts';

/** Shows which sentence was chosen and with what, so the numbers can be checked. */
const sentence: Sentence = (kind, vars) => `${kind} ${JSON.stringify(vars)}`;
const number = (n: number) => n.toLocaleString('en');
const names = { x: 'day', y: 'calls' };

describe('describeChart()', () => {
  it('says how many points, the first and last, and the highest (to two decimals)', () => {
    const points = [
      { x: '2018-04-01', y: 3 },
      { x: '2018-04-02', y: 1234.567 },
      { x: '2018-04-03', y: 2 },
    ];
    const text = describeChart({ type: 'line', x: 'when' }, { points }, names, sentence, number);
    expect(text).toBe(
      'line {"x":"day","y":"calls","count":"3","first":"2018-04-01","last":"2018-04-03","top":"2018-04-02","topValue":"1,234.57"}',
    );
  });

  it('says how many values a histogram has and their range', () => {
    const text = describeChart({ type: 'histogram', x: 'wait' }, { values: [5, -2, 1500] }, names, sentence, number);
    expect(text).toBe('histogram {"x":"day","count":"3","min":"-2","max":"1,500"}');
  });

  it.each([
    ['points', { points: [] }],
    ['values', { values: [] }],
  ] as const)('says there is nothing to draw when there are no %s', (_, drawn) => {
    expect(describeChart({ type: 'bar', x: 'a' }, drawn, names, sentence, number)).toBe('empty {"x":"day"}');
  });

  it('uses the sentence of the chart’s type', () => {
    const kinds = (['bar', 'dot', 'area'] as const).map((type) =>
      describeChart({ type, x: 'a' }, { points: [{ x: 'a', y: 1 }] }, names, (k) => k, number),
    );
    expect(kinds).toEqual(['bar', 'dot', 'area']);
  });
});
