// What a dataset page gives Pagefind besides its text and filters: the result's metadata and its sort key.
// A date the source did not state is sent as a note, never as a date, and sorts after every known date.
import type { Dataset } from '../schemas/index.ts';
import { formatsOf } from './catalog.ts';
import { t, type Lang } from './i18n.ts';
import { modifiedSortKey, publisherStated, statedModified } from './unstated.ts';

export interface SearchRecord {
  /** `data-pagefind-meta`: shown in a result. `updated` is a `YYYY-MM-DD` date; `updatedNote` replaces it when unknown. */
  meta: Record<string, string>;
  /** `data-pagefind-sort`: every page needs a value, or Pagefind leaves it out of sorted results. */
  sort: { updated: string };
}

export function searchRecord(d: Dataset, organizationName: string, lang: Lang = 'en'): SearchRecord {
  const updated = statedModified(d);
  return {
    meta: {
      summary: d.summary,
      organization: publisherStated(d) ? organizationName : t('unstated.publisher', {}, lang),
      formats: formatsOf(d).join(', '),
      ...(updated ? { updated } : { updatedNote: t('unstated.updated', {}, lang) }),
    },
    sort: { updated: modifiedSortKey(d) },
  };
}
