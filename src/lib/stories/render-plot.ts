// Observable Plot rendered to SVG text at build time (with jsdom as its document), so a story's charts
// and maps show without JavaScript. Plot's <style> element and style attributes are dropped (the site's CSS
// styles plots, and the Content-Security-Policy would refuse them) and the figure is labelled as one image.
import { JSDOM } from 'jsdom';
import * as Plot from '@observablehq/plot';

let dom: JSDOM | undefined;

export function renderPlot(options: Plot.PlotOptions, label: string): string {
  dom ??= new JSDOM('<!doctype html><html><body></body></html>');
  const figure = Plot.plot({ ...options, document: dom.window.document });
  const svg = figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector('svg');
  for (const s of figure.querySelectorAll('style')) s.remove();
  // Style attributes (a legend's figure gets `max-width: initial`) are refused by the CSP as well.
  for (const el of [figure, ...figure.querySelectorAll('[style]')]) el.removeAttribute('style');
  for (const el of figure.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  if (svg) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
  }
  // Tenths of a pixel are finer than any screen shows: rounding coordinates keeps maps small.
  return figure.outerHTML.replace(/ (d|cx|cy|x|y|x1|x2|y1|y2|width|height|transform|points)="([^"]*)"/g, (_m, name: string, value: string) => ` ${name}="${value.replace(/(\d+\.\d)\d+/g, '$1')}"`);
}

export { Plot };
