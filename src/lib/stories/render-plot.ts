// Observable Plot rendered to SVG text at build time (with jsdom as its document), so a story's charts
// and maps show without JavaScript. cleanPlot() fits it to the site's Content-Security-Policy and labels it as one image.
import { JSDOM } from 'jsdom';
import * as Plot from '@observablehq/plot';
import { cleanPlot } from '../chart/clean-plot.ts';

let dom: JSDOM | undefined;

export function renderPlot(options: Plot.PlotOptions, label: string): string {
  dom ??= new JSDOM('<!doctype html><html><body></body></html>');
  const figure = Plot.plot({ ...options, document: dom.window.document });
  cleanPlot(figure, label);
  // Tenths of a pixel are finer than any screen shows: rounding coordinates keeps maps small.
  return figure.outerHTML.replace(
    / (d|cx|cy|x|y|x1|x2|y1|y2|width|height|transform|points)="([^"]*)"/g,
    (_m, name: string, value: string) => ` ${name}="${value.replace(/(\d+\.\d)\d+/g, '$1')}"`,
  );
}

export { Plot };
