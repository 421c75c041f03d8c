// What every export is made from: the catalog's metadata plus the site's URLs. One input, so exports never disagree.
import type { Catalog, Dataset, Organization, TableSchema, Theme } from '../../schemas/index.ts';
import { absoluteUrl } from '../url.ts';

export interface ExportDataset {
  id: string;
  data: Dataset;
  /** The Markdown description (body of index.md). */
  description: string;
  /** Resolved Table Schemas, by resource index. */
  schemas: (TableSchema | undefined)[];
  /** Local file sizes in bytes, by resource index. */
  bytes: (number | undefined)[];
}

export interface ExportStory {
  id: string;
  title: string;
  summary: string;
  authors: string[];
  published: string;
  updated?: string | undefined;
}

export interface ExportInput {
  catalog: Catalog;
  organizations: { id: string; data: Organization }[];
  themes: { id: string; data: Theme }[];
  datasets: ExportDataset[];
  stories: ExportStory[];
  /** Astro's `base`, e.g. `/` or `/portal/`. */
  base: string;
}

/** Absolute URLs of everything the site publishes, from the catalog's base URL. */
export function urlsFor(input: Pick<ExportInput, 'catalog' | 'base'>) {
  const abs = (path: string) => absoluteUrl(input.catalog.baseUrl, input.base, path);
  return {
    abs,
    home: abs('/'),
    dataset: (slug: string) => abs(`/datasets/${slug}/`),
    file: (slug: string, file: string) => abs(`/datasets/${slug}/${encodeURI(file)}`),
    tableSchema: (slug: string, file: string) => abs(`/datasets/${slug}/${encodeURI(tableSchemaFile(file))}`),
    datapackage: (slug: string) => abs(`/datasets/${slug}/datapackage.json`),
    api: (slug: string) => abs(`/api/datasets/${slug}.json`),
    organization: (id: string) => abs(`/organizations/${id}/`),
    theme: (id: string) => abs(`/themes/${id}/`),
    story: (slug: string) => abs(`/stories/${slug}/`),
    dataJson: abs('/data.json'),
    catalogJsonld: abs('/catalog.jsonld'),
  };
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
export function descriptionOf(d: ExportDataset): string {
  const body = d.description.trim();
  return body || d.data.summary;
}

const indexes = new WeakMap<ExportInput, Map<string, ExportDataset>>();

/** One dataset of the export input, by slug (indexed once, so a page per dataset stays linear). */
export function exportDatasetById(input: ExportInput, id: string): ExportDataset {
  let index = indexes.get(input);
  if (!index) {
    index = new Map(input.datasets.map((d) => [d.id, d]));
    indexes.set(input, index);
  }
  const d = index.get(id);
  if (!d) throw new Error(`no dataset "${id}" in the export input`);
  return d;
}
