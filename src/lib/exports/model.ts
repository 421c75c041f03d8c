// What every export is made from: the catalog's metadata plus the site's URLs. One input, so exports never disagree.
import type { CatalogModel, DatasetModel } from '../content/model.ts';
import { absoluteUrl } from '../url.ts';

/** A dataset as every export reads it: the model's dataset (its files, resolved Table Schemas and joins). */
export type ExportDataset = Pick<
  DatasetModel,
  'id' | 'data' | 'body' | 'files' | 'schemas' | 'organization' | 'themes' | 'parent' | 'children'
>;

/** The catalog model plus Astro's `base` (e.g. `/` or `/portal/`): the one input of every export. */
export interface ExportInput extends CatalogModel {
  base: string;
}

/** Absolute URLs of everything the site publishes, from the catalog's base URL. */
export function urlsFor(input: Pick<ExportInput, 'catalog' | 'base'>) {
  const abs = (path: string) => absoluteUrl(input.catalog.baseUrl, input.base, path);
  return {
    abs,
    home: abs('/'),
    dataset: (slug: string) => abs(`/datasets/${slug}/`),
    file: (slug: string, file: string) => abs(`/datasets/${slug}/${encodePath(file)}`),
    tableSchema: (slug: string, file: string) => abs(`/datasets/${slug}/${encodePath(tableSchemaFile(file))}`),
    datapackage: (slug: string) => abs(`/datasets/${slug}/datapackage.json`),
    api: (slug: string) => abs(`/api/datasets/${slug}.json`),
    organization: (id: string) => abs(`/organizations/${id}/`),
    theme: (id: string) => abs(`/themes/${id}/`),
    story: (slug: string) => abs(`/stories/${slug}/`),
    dataJson: abs('/data.json'),
    catalogJsonld: abs('/catalog.jsonld'),
  };
}

/**
 * A file's path as a URL path: each segment percent-encoded, so that a name holding `#`, `?`, `%` or `[` stays a
 * valid URI that leads to the file (encodeURI leaves `#` and `?`, which would end the path).
 */
export function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

export type SiteUrls = ReturnType<typeof urlsFor>;

/** The published file name of a resource's Table Schema: `calls.csv` → `calls.csv.schema.json`. */
export function tableSchemaFile(resourceName: string): string {
  return `${resourceName}.schema.json`;
}

/** The name a resource's schema is published under: its file name, or `resource-<n>` for a remote resource. */
export function resourceName(r: { path?: string | undefined }, index: number): string {
  return r.path ?? `resource-${index + 1}`;
}

/** Description text for harvesters: the Markdown body, or the summary when the body is empty. */
export function descriptionOf(d: Pick<ExportDataset, 'data' | 'body'>): string {
  const body = d.body.trim();
  return body || d.data.summary;
}
