// schema.org Dataset JSON-LD for a dataset page, as Google Dataset Search reads it.
import { mediaTypeOf } from '../resource-kind.ts';
import { publisherStated, statedKeywords, statedLicense, statedModified } from '../unstated.ts';
import { compact, licenseUrl } from './dcat-us.ts';
import { descriptionOf, urlsFor, type ExportDataset, type ExportInput, type SiteUrls } from './model.ts';

const MIN = 50;
const MAX = 5000;

/** A description Google accepts: 50 to 5000 characters, built from the summary and the body. */
export function schemaOrgDescription(d: ExportDataset): string {
  let text = descriptionOf(d);
  if (text.length < MIN) text = `${d.data.summary} ${text === d.data.summary ? '' : text}`.trim();
  if (text.length < MIN) text = `${text} Published by the city's open data portal.`;
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

export function toSchemaOrgDataset(input: ExportInput, d: ExportDataset): Record<string, unknown> {
  const urls = urlsFor(input);
  const m = d.data;
  const org = d.organization;
  // A value the source did not state is left out (schema.org has no "unknown"), never filled with a placeholder.
  const keywords = statedKeywords(m);
  const license = statedLicense(m);
  const publisher =
    publisherStated(m) &&
    compact({
      '@type': 'Organization',
      name: org?.data.name ?? m.organization,
      url: org?.data.homepage ?? urls.organization(m.organization),
    });
  const fields = d.schemas.flatMap((s) => s?.fields ?? []);
  return compact({
    '@context': 'https://schema.org/',
    '@type': 'Dataset',
    name: m.title,
    description: schemaOrgDescription(d),
    url: urls.dataset(d.id),
    identifier: urls.dataset(d.id),
    keywords: keywords.length ? keywords : undefined,
    license: license && licenseUrl(license),
    creator: publisher || undefined,
    publisher: publisher || undefined,
    dateModified: statedModified(m),
    datePublished: m.issued,
    temporalCoverage: m.temporal,
    spatialCoverage: m.spatial ? { '@type': 'Place', name: m.spatial } : undefined,
    variableMeasured: fields.length
      ? fields.map((f) =>
          compact({ '@type': 'PropertyValue', name: f.name, description: f.description ?? f.title, unitText: f.unit }),
        )
      : undefined,
    isAccessibleForFree: m.accessLevel === 'public',
    isPartOf: d.parent ? datasetRef(urls, d.parent) : undefined,
    hasPart: d.children.length ? d.children.map((c) => datasetRef(urls, c)) : undefined,
    includedInDataCatalog: { '@type': 'DataCatalog', name: input.catalog.name, url: urls.home },
    distribution: m.resources.length
      ? m.resources.map((r) =>
          compact({
            '@type': 'DataDownload',
            name: r.title,
            contentUrl: r.path ? urls.file(d.id, r.path) : r.url,
            encodingFormat: mediaTypeOf(r) ?? r.format,
          }),
        )
      : undefined,
  });
}

/** Another dataset of the catalog, as a collection's parent or part names it. */
function datasetRef(urls: SiteUrls, d: Pick<ExportDataset, 'id' | 'data'>): Record<string, unknown> {
  return { '@type': 'Dataset', name: d.data.title, url: urls.dataset(d.id) };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the script element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
