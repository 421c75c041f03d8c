// DCAT-US 1.1 (Project Open Data) data.json: the catalog as data.gov and other harvesters read it.
import type { Dataset } from '../../schemas/index.ts';
import { mediaTypeOf } from '../resource-kind.ts';
import { findLicense, NO_ASSERTION } from '../../schemas/licenses.ts';
import { t } from '../i18n.ts';
import { publisherStated, statedContact, statedKeywords, statedModified } from '../unstated.ts';
import { descriptionOf, resourceName, urlsFor, type ExportInput } from './model.ts';

/**
 * The federal schema requires OMB bureau and program codes, which a city does not have. These
 * placeholders ("no federal bureau / program") keep the file valid against the official schema.
 */
export const NON_FEDERAL_BUREAU_CODE = '000:00';
export const NON_FEDERAL_PROGRAM_CODE = '000:000';

const RIGHTS_MAX = 255;

export function toDataJson(input: ExportInput): Record<string, unknown> {
  const urls = urlsFor(input);
  const city = input.catalog.publisher;
  return {
    '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
    '@id': urls.dataJson,
    '@type': 'dcat:Catalog',
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    dataset: input.datasets.map((d) => {
      const m = d.data;
      const org = d.organization.data;
      const license = licenseUrl(m.license);
      const firstSchema = m.resources.findIndex((_, i) => d.schemas[i]);
      const contact = statedContact(m) ?? input.catalog.contactPoint;
      // DCAT-US requires at least one keyword: when the source states none, the dataset's themes, else its
      // publisher, else the catalog's city (facts about the dataset, not made-up words).
      const stated = statedKeywords(m);
      const keywords = stated.length
        ? stated
        : d.themes.length
          ? d.themes.map((th) => th.data.name)
          : [publisherStated(m) ? org.name : input.catalog.city];
      return compact({
        '@type': 'dcat:Dataset',
        title: m.title,
        description: descriptionOf(d),
        keyword: keywords,
        modified: dataJsonModified(m),
        publisher: publisherStated(m)
          ? compact({
              '@type': 'org:Organization',
              name: org?.name ?? m.organization,
              subOrganizationOf: { '@type': 'org:Organization', name: org?.parent ?? city.name },
            })
          : { '@type': 'org:Organization', name: t('unstated') },
        // No contact stated by the source: the team that runs this catalog answers for its records.
        contactPoint: { '@type': 'vcard:Contact', fn: contact.name, hasEmail: `mailto:${contact.email}` },
        identifier: urls.dataset(d.id),
        // A collection's parent by its identifier in this file (harvesters such as data.gov group on it).
        isPartOf: d.parent ? urls.dataset(d.parent.id) : undefined,
        accessLevel: m.accessLevel,
        bureauCode: [NON_FEDERAL_BUREAU_CODE],
        programCode: [NON_FEDERAL_PROGRAM_CODE],
        license,
        rights:
          m.accessLevel === 'public'
            ? undefined
            : truncate([m.rights, m.accessInstructions].filter(Boolean).join(' '), RIGHTS_MAX),
        spatial: m.spatial,
        temporal: m.temporal,
        accrualPeriodicity: m.accrualPeriodicity,
        theme: d.themes.length ? d.themes.map((t) => t.data.name) : undefined,
        landingPage: urls.dataset(d.id),
        language: m.language,
        issued: m.issued,
        // Our page is the landing page; the publisher's own page goes with the related documents.
        references: nonEmpty([...(m.references ?? []), ...(m.landingPage ? [m.landingPage] : [])]),
        describedBy:
          firstSchema >= 0 ? urls.tableSchema(d.id, resourceName(m.resources[firstSchema]!, firstSchema)) : undefined,
        describedByType: firstSchema >= 0 ? 'application/json' : undefined,
        distribution: m.resources.length
          ? m.resources.map((r, i) => {
              const mediaType = mediaTypeOf(r);
              const file = r.path ? urls.file(d.id, r.path) : undefined;
              return compact({
                '@type': 'dcat:Distribution',
                title: r.title,
                description: r.description,
                // A file needs a media type for downloadURL; without one it is offered as an access URL.
                downloadURL: file && mediaType ? file : undefined,
                accessURL: file && mediaType ? undefined : (file ?? r.url),
                mediaType,
                format: r.format,
                describedBy: d.schemas[i] ? urls.tableSchema(d.id, resourceName(r, i)) : undefined,
                describedByType: d.schemas[i] ? 'application/json' : undefined,
                conformsTo: d.schemas[i] ? 'https://specs.frictionlessdata.io/table-schema/' : undefined,
              });
            })
          : undefined,
      });
    }),
  };
}

/**
 * DCAT-US `modified`, which the official schema requires: the date; when the source states none, its update
 * schedule as an ISO 8601 repeating interval (`R/P1M`), which the standard accepts for data updated on a schedule;
 * else the date the record entered this catalog (the import's placeholder, kept from the first import), the one
 * date the catalog itself can vouch for. Pages and feeds say "not stated by the source" instead.
 */
export function dataJsonModified(m: Pick<Dataset, 'modified' | 'accrualPeriodicity' | 'source'>): string {
  return statedModified(m) ?? (m.accrualPeriodicity?.startsWith('R/') ? m.accrualPeriodicity : m.modified);
}

/** A licence's URL, as DCAT-US wants; undefined when the source states none. */
export function licenseUrl(value: string): string | undefined {
  if (value === NO_ASSERTION) return undefined;
  return findLicense(value)?.url ?? (/^https?:\/\//.test(value) ? value : undefined);
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length ? [...new Set(list)] : undefined;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Drops undefined values so the JSON has no empty keys. */
export function compact<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
