// Which search filters load their counts with the first results, and which wait until the reader opens them.
// Pagefind keeps one index file per filter listing every page under its values: about 22 kB gzip per filter at
// 10,000 datasets, whatever the number of values, so loading all seven after each first search would cost more
// than the search itself. One filter fits the budget (≤ 250 kB gzip with the counts, docs/design.md): the format,
// what readers of data narrow by first; the others open on demand (a filter with a ticked value opens by itself).

/** Filters whose counts follow the first results. */
export const EAGER_FACETS: readonly string[] = ['format'];

/** Whether a filter's counts load with the first results (otherwise when the reader opens it). */
export function loadsEagerly(facet: string): boolean {
  return EAGER_FACETS.includes(facet);
}
