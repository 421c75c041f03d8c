import { describe, expect, it } from 'vitest';
import { activeFilterCount, FACET_TOP, facetView, foldForMatch } from '../../../src/lib/facet-view.ts';

// Organization names from the City of Portland's list of bureaus (tests/fixtures/small-screens).
const bureaus = [
  'Bureau of Emergency Communications',
  'Bureau of Fire & Police Disability & Retirement',
  'Portland Police Bureau',
  'Portland Fire & Rescue',
  'Portland Bureau of Emergency Management',
  'Portland Parks and Recreation',
  'Office of the City Attorney',
  'Office of Government Relations',
  'Office of Management and Finance',
  'Human Resources',
  'Revenue and Financial Services',
  'Technology Services',
];
/** The first bureau leaves 12 results, the next 11, and so on down to 1. */
const counts = Object.fromEntries(bureaus.map((b, i) => [b, bureaus.length - i]));

describe('facetView()', () => {
  it('lists the values with the most results first, ties in alphabetical order', () => {
    const view = facetView({ known: ['b', 'a', 'c'], counts: { a: 2, b: 2, c: 5 }, chosen: [] });
    expect(view.values.map((v) => v.value)).toEqual(['c', 'a', 'b']);
    expect(view.long).toBe(false);
  });

  it('leaves out values with no result left, unless they are ticked (so they can be unticked)', () => {
    const view = facetView({ known: ['a', 'b', 'c'], counts: { a: 3, b: 0 }, chosen: ['c'] });
    expect(view.values).toEqual([
      { value: 'a', count: 3, checked: false },
      { value: 'c', count: 0, checked: true },
    ]);
    expect(view.total).toBe(2);
  });

  it(`cuts a long list to its top ${FACET_TOP} values`, () => {
    const view = facetView({ known: bureaus, counts, chosen: [] });
    expect(view.long).toBe(true);
    expect(view.values.map((v) => v.value)).toEqual(bureaus.slice(0, FACET_TOP));
    expect(view.total).toBe(bureaus.length);
    expect(view.matching).toBe(bureaus.length);
  });

  it('keeps a ticked value below the top in the cut list', () => {
    const view = facetView({ known: bureaus, counts, chosen: ['Technology Services'] });
    expect(view.values.map((v) => v.value)).toEqual([...bureaus.slice(0, FACET_TOP), 'Technology Services']);
  });

  it('shows every value once the reader asks for all', () => {
    expect(facetView({ known: bureaus, counts, chosen: [], expanded: true }).values).toHaveLength(bureaus.length);
  });

  it('shows a list only one or two longer than the top whole', () => {
    const known = bureaus.slice(0, FACET_TOP + 2);
    const view = facetView({ known, counts, chosen: [] });
    expect(view.long).toBe(false);
    expect(view.values).toHaveLength(FACET_TOP + 2);
  });

  it.each([
    ['police', ['Bureau of Fire & Police Disability & Retirement', 'Portland Police Bureau']],
    ['  FIRE ', ['Bureau of Fire & Police Disability & Retirement', 'Portland Fire & Rescue']],
    ['services', ['Revenue and Financial Services', 'Technology Services']],
    ['zoo', []],
  ])('finds values containing %j anywhere, in any case, from the whole list', (query, found) => {
    const view = facetView({ known: bureaus, counts, chosen: [], query });
    expect(view.values.map((v) => v.value)).toEqual(found);
    expect(view.matching).toBe(found.length);
    expect(view.total).toBe(bureaus.length);
  });

  it('ignores the finder text while the list is short (the finder is not on screen)', () => {
    const view = facetView({ known: ['a', 'b'], counts: { a: 1, b: 1 }, chosen: [], query: 'a' });
    expect(view.values.map((v) => v.value)).toEqual(['a', 'b']);
  });

  it('finds a value whatever its accents', () => {
    const known = [...bureaus, 'Ville de Montréal'];
    const view = facetView({ known, counts: { ...counts, 'Ville de Montréal': 1 }, chosen: [], query: 'montreal' });
    expect(view.values.map((v) => v.value)).toEqual(['Ville de Montréal']);
  });
});

describe('foldForMatch()', () => {
  it('lowers the case and drops accents', () => {
    expect(foldForMatch('Éléments Ä')).toBe('elements a');
  });
});

describe('activeFilterCount()', () => {
  it('counts ticked values across every filter', () => {
    expect(activeFilterCount({})).toBe(0);
    expect(activeFilterCount({ organization: ['a', 'b'], format: ['CSV'], theme: [] })).toBe(3);
  });
});
