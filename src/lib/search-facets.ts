// The search filters (Pagefind facets) a dataset page declares, and the labels the search page shows for them.
import type { Dataset } from '../schemas/index.ts';
import { formatsOf } from './catalog.ts';
import { formatFrequency } from './format.ts';
import { describeLicense } from '../schemas/licenses.ts';
import { t, type Lang } from './i18n.ts';

/** Facet names, in the order the search page shows them. */
export const FACETS = ['organization', 'theme', 'format', 'license', 'frequency', 'freshness', 'access'] as const;
export type Facet = (typeof FACETS)[number];

/** The values of every facet for one dataset: what goes into data-pagefind-filter. */
export function facetValues(
  d: Dataset,
  names: { organization: string; themes: string[]; freshness: string[] },
  lang: Lang = 'en',
): Record<Facet, string[]> {
  return {
    organization: [names.organization],
    theme: names.themes,
    format: formatsOf(d),
    license: [describeLicense(d.license, lang).name],
    frequency: [formatFrequency(d.accrualPeriodicity, lang)],
    freshness: names.freshness,
    access: [t(`accessShort.${d.accessLevel}`, {}, lang)],
  };
}

/** A URL-safe form of a facet value, for facet pages such as /datasets/format/csv/. */
export function facetSlug(value: string): string {
  return (
    value
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'other'
  );
}
