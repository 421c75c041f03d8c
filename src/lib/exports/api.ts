// The static JSON API: /api/datasets.json, /api/datasets/<slug>.json, /api/organizations.json, /api/themes.json.
import { formatsOf } from '../catalog.ts';
import { mediaTypeOf } from '../resource-kind.ts';
import { describeLicense, NO_ASSERTION } from '../../schemas/licenses.ts';
import { publisherStated, statedContact, statedKeywords, statedLicense, statedModified } from '../unstated.ts';
import { hasDataPackage } from './datapackage.ts';
import { compact, licenseUrl } from './dcat-us.ts';
import { descriptionOf, resourceName, urlsFor, type ExportDataset, type ExportInput } from './model.ts';

export const API_VERSION = 1;

/** Datasets per file of the listing; a larger catalog is split into /api/datasets/page/<n>.json files. */
export const API_PAGE_SIZE = 1000;

/** How many listing files the catalog needs (at least one). */
export function apiPageCount(input: ExportInput): number {
  return Math.max(1, Math.ceil(input.datasets.length / API_PAGE_SIZE));
}

/** The site path of listing page `n` (1-based): page 1 is /api/datasets.json. */
export function apiPagePath(n: number): string {
  return n === 1 ? '/api/datasets.json' : `/api/datasets/page/${n}.json`;
}

/**
 * Summary of the datasets, for listing and filtering by machine: page `page` of the listing, with the total
 * count and links to the previous and next pages (all of them fit on page 1 in a catalog of up to 1,000).
 */
export function apiDatasetList(input: ExportInput, page = 1): Record<string, unknown> {
  const urls = urlsFor(input);
  const pages = apiPageCount(input);
  const slice = input.datasets.slice((page - 1) * API_PAGE_SIZE, page * API_PAGE_SIZE);
  return {
    version: API_VERSION,
    count: input.datasets.length,
    page,
    pages,
    ...(page > 1 ? { prev: urls.abs(apiPagePath(page - 1)) } : {}),
    ...(page < pages ? { next: urls.abs(apiPagePath(page + 1)) } : {}),
    datasets: slice.map((d) => ({
      id: d.id,
      title: d.data.title,
      summary: d.data.summary,
      ...unstatedValues(d),
      themes: d.data.themes,
      formats: formatsOf(d.data),
      accessLevel: d.data.accessLevel,
      url: urls.dataset(d.id),
      api: urls.api(d.id),
      notStated: d.data.source?.placeholders ?? [],
    })),
  };
}

/** Everything about one dataset, with absolute URLs for its files, schemas and data package. */
export function apiDataset(input: ExportInput, d: ExportDataset): Record<string, unknown> {
  const urls = urlsFor(input);
  const stated = unstatedValues(d);
  const license = describeLicense(stated.license);
  return {
    version: API_VERSION,
    id: d.id,
    url: urls.dataset(d.id),
    ...d.data,
    ...stated,
    contactPoint: statedContact(d.data) ?? null,
    notStated: d.data.source?.placeholders ?? [],
    description: descriptionOf(d),
    // `isPartOf` (the parent's slug) comes with the metadata; the parts are listed here.
    hasPart: d.children.length ? d.children.map((c) => c.id) : undefined,
    license: compact({ id: license.id, name: license.name, url: licenseUrl(stated.license) }),
    datapackage: hasDataPackage(d) ? urls.datapackage(d.id) : undefined,
    resources: d.data.resources.map((r, i) =>
      compact({
        ...r,
        schema: undefined,
        downloadUrl: r.path ? urls.file(d.id, r.path) : undefined,
        url: r.url,
        mediaType: mediaTypeOf(r),
        bytes: d.files[i]?.bytes,
        schemaUrl: d.schemas[i] ? urls.tableSchema(d.id, resourceName(r, i)) : undefined,
      }),
    ),
  };
}

/**
 * The fields a source may leave unstated, as the API gives them: null for an unknown date or publisher,
 * `NOASSERTION` (SPDX's own word) for an unknown licence, no keywords for unknown keywords, never a placeholder.
 */
function unstatedValues(d: ExportDataset) {
  return {
    organization: publisherStated(d.data) ? d.data.organization : null,
    keywords: statedKeywords(d.data),
    license: statedLicense(d.data) ?? NO_ASSERTION,
    modified: statedModified(d.data) ?? null,
  };
}

export function apiOrganizations(input: ExportInput): Record<string, unknown> {
  const urls = urlsFor(input);
  return {
    version: API_VERSION,
    count: input.organizations.length,
    organizations: input.organizations.map((o) => ({
      id: o.id,
      ...o.data,
      url: urls.organization(o.id),
      datasets: input.datasets.filter((d) => d.data.organization === o.id).map((d) => d.id),
    })),
  };
}

export function apiThemes(input: ExportInput): Record<string, unknown> {
  const urls = urlsFor(input);
  return {
    version: API_VERSION,
    count: input.themes.length,
    themes: input.themes.map((t) => ({
      id: t.id,
      ...t.data,
      url: urls.theme(t.id),
      datasets: input.datasets.filter((d) => d.data.themes.includes(t.id)).map((d) => d.id),
    })),
  };
}
