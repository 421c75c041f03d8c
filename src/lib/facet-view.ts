// Which values of one search filter the search page shows: the most used first; a long list (hundreds of
// organizations) cut to its top values until the reader asks for all or types to find one; ticked values always.
// Pure, so the browser's <cdc-search> and the tests share it.

export interface FacetValue {
  value: string;
  /** Results the value would leave with the current query and filters. */
  count: number;
  checked: boolean;
}

export interface FacetView {
  /** The values to list, in order. */
  values: FacetValue[];
  /** Values that could be listed (with results left, or ticked). */
  total: number;
  /** Values that match the finder's text (all of them when it is empty). */
  matching: number;
  /** Whether the list is long enough to be cut, so the page offers "Show all" and a finder. */
  long: boolean;
}

/** How many values a long list shows before "Show all". */
export const FACET_TOP = 8;
/** A list this much longer than the top is still shown whole: a button to reveal one or two values helps no one. */
const SLACK = 2;

export interface FacetViewInput {
  /** Every value the index knows for the facet. */
  known: string[];
  /** Results each value would leave (values missing here leave none). */
  counts: Record<string, number>;
  /** The ticked values. */
  chosen: readonly string[];
  /** What the reader typed into the finder. */
  query?: string;
  /** Whether the reader asked for every value. */
  expanded?: boolean;
  top?: number;
}

/** Lower case without accents, so "montreal" finds "Montréal". */
export function foldForMatch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

export function facetView(input: FacetViewInput): FacetView {
  const { counts, chosen, top = FACET_TOP } = input;
  const listed = [...new Set(input.known)]
    .filter((v) => (counts[v] ?? 0) > 0 || chosen.includes(v))
    .map((value) => ({ value, count: counts[value] ?? 0, checked: chosen.includes(value) }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const long = listed.length > top + SLACK;
  // A short list has no finder on screen, so text left in it (from when the list was long) finds nothing.
  const query = long ? foldForMatch(input.query?.trim() ?? '') : '';
  const matches = query ? listed.filter((v) => foldForMatch(v.value).includes(query)) : listed;
  let values = matches;
  if (long && !query && !input.expanded) values = listed.filter((v, i) => i < top || v.checked);
  return { values, total: listed.length, matching: matches.length, long };
}

/** How many filter values are ticked: the number the "Filters (n)" button shows. */
export function activeFilterCount(filters: Record<string, readonly string[]>): number {
  return Object.values(filters).reduce((n, values) => n + values.length, 0);
}
