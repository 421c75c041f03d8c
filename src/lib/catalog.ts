// Pure views over the catalog: ordering, formats, counts. Used by pages, exports and tests alike.
import type { Dataset } from '../schemas/index.ts';
import { modifiedSortKey } from './unstated.ts';

export interface Slugged<T> {
  id: string;
  data: T;
}

/** Newest `modified` first, datasets whose source states no date last; ties by title so the order is stable. */
export function byModifiedDesc<T extends Slugged<Pick<Dataset, 'modified' | 'title' | 'source'>>>(a: T, b: T): number {
  const [ka, kb] = [modifiedSortKey(a.data), modifiedSortKey(b.data)];
  if (ka !== kb) return ka < kb ? 1 : -1;
  return a.data.title.localeCompare(b.data.title);
}

/** The distinct formats of a dataset's resources, in order of first appearance: `['CSV', 'GeoJSON']`. */
export function formatsOf(dataset: Pick<Dataset, 'resources'>): string[] {
  return [...new Set(dataset.resources.map((r) => r.format))];
}

/** How many datasets name each value of `key(dataset)`. */
export function countBy<T>(items: readonly T[], key: (item: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of new Set(key(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** Splits plain text into paragraphs at blank lines (for multi-paragraph text fields). */
export function paragraphs(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim().replace(/\s*\r?\n\s*/g, ' '))
    .filter(Boolean);
}
