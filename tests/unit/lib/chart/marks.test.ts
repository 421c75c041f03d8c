import { JSDOM } from 'jsdom';
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { CHART_FILL, plotOptions } from '../../../../src/lib/chart/marks.ts';

const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
const number = (n: number) => n.toLocaleString('en');
const names = { x: 'group', y: 'calls' };
const points = [
  { x: 'b', y: 1 },
  { x: 'a', y: 2 },
  { x: 'c', y: 3 },
];

/** The chart Plot draws from the options, and the labels of its y axis from top to bottom. */
const draw = (o: Plot.PlotOptions) => Plot.plot({ ...o, document });
// (The x axis's label, "calls →", is end-anchored too.)
const yTicks = (svg: Element) =>
  [...svg.querySelectorAll('g[text-anchor="end"] text')].map((t) => t.textContent).filter((t) => !t?.includes('→'));

describe('plotOptions()', () => {
  it('draws bars across, 22 pixels each (at least 160 in all), largest first for categories', () => {
    const o = plotOptions(Plot, { type: 'bar', x: 'group' }, { points }, names, number);
    expect(o).toMatchObject({
      width: 640,
      height: 160,
      marginLeft: 180,
      x: { label: 'calls' },
      y: { label: 'group', type: 'band' },
    });
    const many = Array.from({ length: 10 }, (_, i) => ({ x: `k${i}`, y: i }));
    expect(plotOptions(Plot, { type: 'bar', x: 'group' }, { points: many }, names, number).height).toBe(10 * 22 + 50);
    expect(yTicks(draw(o))).toEqual(['c', 'a', 'b']);
  });

  it('keeps the order of time bins (hours of the day) on bars', () => {
    const hours = [
      { x: '00', y: 5 },
      { x: '01', y: 9 },
      { x: '02', y: 1 },
    ];
    expect(
      yTicks(draw(plotOptions(Plot, { type: 'bar', x: 'when', bin: 'hour-of-day' }, { points: hours }, names, number))),
    ).toEqual(['00', '01', '02']);
    // Weekdays keep the order given, not the alphabet's (Friday before Monday).
    const days = ['Monday', 'Tuesday', 'Friday'].map((x, y) => ({ x, y }));
    expect(
      yTicks(draw(plotOptions(Plot, { type: 'bar', x: 'when', bin: 'weekday' }, { points: days }, names, number))),
    ).toEqual(['Monday', 'Tuesday', 'Friday']);
  });

  it('draws a line on a time axis for a time bin, and on points for categories in the order given', () => {
    expect(plotOptions(Plot, { type: 'line', x: 'when', bin: 'month' }, { points }, names, number).x).toEqual({
      label: 'group',
      type: 'utc',
    });
    expect(plotOptions(Plot, { type: 'line', x: 'group' }, { points }, names, number).x).toEqual({
      label: 'group',
      type: 'point',
      domain: ['b', 'a', 'c'],
    });
  });

  it('draws a histogram of the shared bins (20), with the width it is given', () => {
    const o = plotOptions(Plot, { type: 'histogram', x: 'wait' }, { values: [1, 2, 3] }, names, number, { width: 300 });
    expect(o.width).toBe(300);
    expect(draw(o).querySelectorAll('rect')).toHaveLength(20);
  });

  it('adds a legend and colours by series when the chart has a colour column, else the site’s colour', () => {
    expect(plotOptions(Plot, { type: 'dot', x: 'a', color: 'kind' }, { points }, names, number).color).toEqual({
      legend: true,
      label: 'kind',
    });
    expect(
      draw(plotOptions(Plot, { type: 'bar', x: 'a' }, { points }, names, number)).querySelector(
        `g[fill="${CHART_FILL}"]`,
      ),
    ).not.toBeNull();
  });

  it('gives each mark a tooltip with its value to two decimals', () => {
    const svg = draw(plotOptions(Plot, { type: 'bar', x: 'a' }, { points: [{ x: 'a', y: 1234.5678 }] }, names, number));
    expect(svg.querySelector('title')?.textContent).toBe('a: 1,234.57');
  });
});
