// Makes a figure Plot drew fit the site: no <style> element or style attribute (the Content-Security-Policy refuses
// them; the site's CSS styles plots) and one accessible image labelled with the chart's description.

/** Cleans `figure` (Plot's <svg>, or the <figure> around it and its legend) in place. */
export function cleanPlot(figure: Element, label: string): void {
  // In a <figure>, legends come first (a ramp is an <svg>, swatches are <svg>s in a <div>): the chart is the last <svg> child.
  const svg = figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector(':scope > svg:last-of-type');
  for (const s of figure.querySelectorAll('style')) s.remove();
  // Style attributes (a legend's figure gets `max-width: initial`) are refused by the CSP as well.
  for (const el of [figure, ...figure.querySelectorAll('[style]')]) el.removeAttribute('style');
  // The figure is described as a whole (role="img" with a label): labels on its parts are not allowed there.
  for (const el of figure.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  if (svg) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
  }
}
