import { JSDOM } from 'jsdom';
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { cleanPlot } from '../../../../src/lib/chart/clean-plot.ts';

const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;

describe('cleanPlot()', () => {
  it('removes Plot’s <style> and labels the <svg> as one image described by the label', () => {
    const svg = Plot.plot({ document, marks: [Plot.dot([{ x: 1, y: 2 }], { x: 'x', y: 'y' })] });
    expect(svg.querySelector('style')).not.toBeNull();
    cleanPlot(svg, 'One dot');
    expect(svg.querySelector('style')).toBeNull();
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('One dot');
    expect(svg.querySelectorAll('[aria-label], [aria-description], [style]')).toHaveLength(0);
  });

  it('labels the chart, not its legend’s swatches, in a figure with a legend, and drops style attributes', () => {
    const data = [
      { x: 1, y: 2, c: 'a' },
      { x: 2, y: 3, c: 'b' },
    ];
    const figure = Plot.plot({
      document,
      color: { legend: true },
      marks: [Plot.dot(data, { x: 'x', y: 'y', fill: 'c' })],
    });
    expect(figure.tagName.toLowerCase()).toBe('figure');
    cleanPlot(figure, 'Two dots');
    const labelled = [...figure.querySelectorAll('[role="img"]')];
    expect(labelled).toHaveLength(1);
    expect(labelled[0]!.getAttribute('aria-label')).toBe('Two dots');
    expect(labelled[0]!.querySelectorAll('circle')).toHaveLength(2);
    expect(figure.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(figure.hasAttribute('style')).toBe(false);
  });
});
