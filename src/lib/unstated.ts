// What a dataset's source did not state: the fields an import filled with a placeholder (source.placeholders),
// read here once so that pages, cards, search, feeds and exports all say "not stated" instead of showing a guess.
import type { Dataset, PLACEHOLDER_FIELDS } from '../schemas/index.ts';
import { NO_ASSERTION } from '../schemas/licenses.ts';

export type PlaceholderField = (typeof PLACEHOLDER_FIELDS)[number];

type Meta = Pick<Dataset, 'source'>;

/**
 * A sort key for "unknown" that comes after every `YYYY-MM-DD` date when sorting newest first (and before it
 * oldest first), for sorters that need a value for every item (Pagefind leaves out pages without one).
 */
export const UNKNOWN_DATE_SORT_KEY = '0000-00-00';

/** Whether the importer filled `field` with a placeholder that nobody has replaced yet. */
export function isUnstated(d: Meta, field: PlaceholderField): boolean {
  return d.source?.placeholders?.includes(field) ?? false;
}

/** When the data last changed, or undefined when the source did not say. */
export function statedModified(d: Meta & Pick<Dataset, 'modified'>): string | undefined {
  return isUnstated(d, 'modified') ? undefined : d.modified;
}

/** Whom to ask, or undefined when the source named nobody. */
export function statedContact(d: Meta & Pick<Dataset, 'contactPoint'>): Dataset['contactPoint'] | undefined {
  return isUnstated(d, 'contactPoint') ? undefined : d.contactPoint;
}

/** The licence, or undefined when the source stated none (a placeholder, or `NOASSERTION` itself). */
export function statedLicense(d: Meta & Pick<Dataset, 'license'>): string | undefined {
  return isUnstated(d, 'license') || d.license === NO_ASSERTION ? undefined : d.license;
}

/** The keywords; none when the source gave none. */
export function statedKeywords(d: Meta & Pick<Dataset, 'keywords'>): string[] {
  return isUnstated(d, 'keywords') ? [] : d.keywords;
}

/** Whether the source named the publisher (else the dataset's organization is a stand-in). */
export function publisherStated(d: Meta): boolean {
  return !isUnstated(d, 'organization');
}

/** The date to sort by: the stated one, or a key that puts unknown dates after every known one, newest first. */
export function modifiedSortKey(d: Meta & Pick<Dataset, 'modified'>): string {
  return statedModified(d) ?? UNKNOWN_DATE_SORT_KEY;
}
