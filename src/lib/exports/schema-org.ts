// schema.org Dataset JSON-LD for a dataset page, as Google Dataset Search reads it.
import { defaultLanguage } from '../content/languages.ts';
import { translatedText } from '../content/localize.ts';
import { mediaTypeOf } from '../resource-kind.ts';
import { publisherStated, statedKeywords, statedLicense, statedModified } from '../unstated.ts';
import { compact, licenseUrl } from './dcat-us.ts';
import { localePath } from '../url.ts';
import { descriptionOf, urlsFor, type ExportDataset, type ExportInput, type SiteUrls } from './model.ts';

/** What the JSON-LD says of a dataset: its own metadata, and the names of its publisher and related datasets. */
export interface SchemaOrgDataset extends Pick<ExportDataset, 'id' | 'data' | 'body' | 'schemas'> {
  organization?: Pick<ExportDataset['organization'], 'data'> | undefined;
  parent?: Pick<ExportDataset, 'id' | 'data'> | undefined;
  children: Pick<ExportDataset, 'id' | 'data'>[];
}

const MIN = 50;
const MAX = 5000;

/**
 * A description Google accepts: 50 to 5000 characters, built from the summary and the body (or from their
 * translations, for the page in another language).
 */
export function schemaOrgDescription(
  d: Pick<ExportDataset, 'data' | 'body'>,
  translated: { summary?: string; description?: string } = {},
): string {
  const summary = translated.summary ?? d.data.summary;
  let text = translated.description ?? (translated.summary ? summary : descriptionOf(d));
  if (text.length < MIN) text = `${summary} ${text === summary ? '' : text}`.trim();
  if (text.length < MIN) text = `${text} Published by the city's open data portal.`;
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

/**
 * The JSON-LD of a dataset's page in `lang` (default: the catalog's default language): in another language, its
 * name and description are the translations staff wrote, where they did, and `inLanguage` says which language
 * the texts are in.
 */
export function toSchemaOrgDataset(
  input: Pick<ExportInput, 'catalog' | 'base'>,
  d: SchemaOrgDataset,
  lang?: string,
): Record<string, unknown> {
  const urls = urlsFor(input);
  const m = d.data;
  const defaultLang = defaultLanguage(input.catalog);
  const pageLang = lang ?? defaultLang;
  const [title, summary, description] = (['title', 'summary', 'description'] as const).map((f) =>
    pageLang === defaultLang ? undefined : translatedText(m, pageLang, f),
  );
  const translated = { ...(summary ? { summary } : {}), ...(description ? { description } : {}) };
  const textLang = title ? pageLang : defaultLang;
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
    name: title ?? m.title,
    description: schemaOrgDescription(d, translated),
    inLanguage: textLang,
    url: urls.abs(localePath(`/datasets/${d.id}/`, pageLang, defaultLang)),
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
