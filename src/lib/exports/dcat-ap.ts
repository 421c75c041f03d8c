// DCAT-AP 3 as JSON-LD (/catalog.jsonld): the catalog as European portals and RDF tools read it.
import { defaultLanguage } from '../content/languages.ts';
import { translatedText } from '../content/localize.ts';
import { mediaTypeOf } from '../resource-kind.ts';
import { compact, licenseUrl } from './dcat-us.ts';
import { publisherStated, statedContact, statedKeywords, statedModified } from '../unstated.ts';
import { descriptionOf, resourceName, urlsFor, type ExportDataset, type ExportInput } from './model.ts';

/** ISO 8601 repeating intervals mapped to the EU frequency vocabulary. */
const EU_FREQUENCY: Record<string, string> = {
  'R/PT1H': 'HOURLY',
  'R/P1D': 'DAILY',
  'R/P1W': 'WEEKLY',
  'R/P2W': 'BIWEEKLY',
  'R/P1M': 'MONTHLY',
  'R/P3M': 'QUARTERLY',
  'R/P6M': 'BIANNUAL',
  'R/P1Y': 'ANNUAL',
  'R/P2Y': 'BIENNIAL',
  'R/P3Y': 'TRIENNIAL',
  'R/P10Y': 'DECENNIAL',
  irregular: 'IRREG',
};

const ACCESS_RIGHTS: Record<string, string> = {
  public: 'PUBLIC',
  'restricted public': 'RESTRICTED',
  'non-public': 'NON_PUBLIC',
};

export const DCAT_AP_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  adms: 'http://www.w3.org/ns/adms#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
};

/**
 * Datasets per file of the catalog: a larger catalog is split into pages linked with Hydra (`hydra:next` …), the
 * paging DCAT harvesters such as data.gouv.fr's follow, so that no file nears static hosts' limit of
 * 25 MiB per file (about 3.5 kB per dataset: 2,000 make 7 MB).
 */
export const DCAT_AP_PAGE_SIZE = 2000;

/** How many files the catalog takes (at least one). */
export function dcatApPageCount(input: ExportInput, pageSize = DCAT_AP_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(input.datasets.length / pageSize));
}

/** The site path of page `n` (from 1): page 1 is /catalog.jsonld. */
export function dcatApPagePath(n: number): string {
  return n === 1 ? '/catalog.jsonld' : `/catalog/page/${n}.jsonld`;
}

/** The EU language vocabulary's codes (ISO 639-2) for the interface languages; others by their own code. */
const EU_LANGUAGE: Record<string, string> = {
  en: 'ENG',
  es: 'SPA',
  pt: 'POR',
  fr: 'FRA',
  de: 'DEU',
  zh: 'ZHO',
  vi: 'VIE',
};
const euLanguage = (code: string) =>
  `http://publications.europa.eu/resource/authority/language/${EU_LANGUAGE[code] ?? code.toUpperCase()}`;

const date = (value: string) => ({ '@value': value, '@type': 'xsd:date' });
const id = (iri: string) => ({ '@id': iri });

/** Page `page` of the catalog: its description, and its part of the datasets with links to the other pages. */
export function toDcatAp(input: ExportInput, page = 1, pageSize = DCAT_AP_PAGE_SIZE): Record<string, unknown> {
  const urls = urlsFor(input);
  const pages = dcatApPageCount(input, pageSize);
  const pageUrl = (n: number) => id(urls.abs(dcatApPagePath(n)));
  const lang = defaultLanguage(input.catalog);
  const text = (value: string) => ({ '@value': value, '@language': lang });
  // A text and the translations staff wrote of it, each a literal in its language (DCAT-AP's multilingual texts).
  const texts = (value: string, data: unknown, field: string) => {
    const others = input.catalog.languages.flatMap((l) => {
      const v = l === lang ? undefined : translatedText(data, l, field);
      return v ? [{ '@value': v, '@language': l }] : [];
    });
    return others.length ? [text(value), ...others] : text(value);
  };
  const agent = (org: ExportDataset['organization']) => {
    const orgId = org.id;
    return compact({
      '@id': urls.organization(orgId),
      '@type': 'foaf:Organization',
      'foaf:name': org ? texts(org.data.name, org.data, 'name') : text(orgId),
      'foaf:homepage': org?.data.homepage ? id(org.data.homepage) : undefined,
      'foaf:mbox': org?.data.email ? id(`mailto:${org.data.email}`) : undefined,
    });
  };
  return compact({
    '@context': DCAT_AP_CONTEXT,
    '@id': urls.catalogJsonld,
    '@type': pages > 1 ? ['dcat:Catalog', 'hydra:Collection'] : 'dcat:Catalog',
    'dct:title': text(input.catalog.name),
    'dct:description': text(input.catalog.description ?? input.catalog.tagline ?? input.catalog.name),
    'dct:publisher': {
      '@id': urls.home + '#publisher',
      '@type': 'foaf:Organization',
      'foaf:name': text(input.catalog.publisher.name),
    },
    'foaf:homepage': id(urls.home),
    'dct:language':
      input.catalog.languages.length > 1 ? input.catalog.languages.map((l) => id(euLanguage(l))) : id(euLanguage(lang)),
    'dct:license': licenseUrl(input.catalog.license) ? id(licenseUrl(input.catalog.license)!) : undefined,
    'dcat:themeTaxonomy': id(urls.abs('/themes/')),
    'hydra:totalItems': pages > 1 ? input.datasets.length : undefined,
    'hydra:view':
      pages > 1
        ? compact({
            ...pageUrl(page),
            '@type': 'hydra:PartialCollectionView',
            'hydra:first': pageUrl(1),
            'hydra:last': pageUrl(pages),
            'hydra:previous': page > 1 ? pageUrl(page - 1) : undefined,
            'hydra:next': page < pages ? pageUrl(page + 1) : undefined,
          })
        : undefined,
    'dcat:dataset': input.datasets.slice((page - 1) * pageSize, page * pageSize).map((d) => {
      const m = d.data;
      const license = licenseUrl(m.license);
      const [start, end] = m.temporal?.split('/') ?? [];
      // DCAT-AP makes these optional or recommended: a value the source did not state is left out.
      const modified = statedModified(m);
      const keywords = statedKeywords(m);
      const contact = statedContact(m);
      return compact({
        '@id': urls.dataset(d.id),
        '@type': 'dcat:Dataset',
        'dct:identifier': urls.dataset(d.id),
        'dct:title': texts(m.title, m, 'title'),
        'dct:description': texts(descriptionOf(d), m, d.body.trim() ? 'description' : 'summary'),
        'dcat:keyword': keywords.length ? keywords.map(text) : undefined,
        'dct:modified': modified ? date(modified) : undefined,
        'dct:issued': m.issued ? date(m.issued) : undefined,
        'dct:publisher': publisherStated(m) ? agent(d.organization) : undefined,
        'dcat:contactPoint': contact
          ? { '@type': 'vcard:Kind', 'vcard:fn': contact.name, 'vcard:hasEmail': id(`mailto:${contact.email}`) }
          : undefined,
        'dcat:landingPage': id(urls.dataset(d.id)),
        'dct:accessRights': id(
          `http://publications.europa.eu/resource/authority/access-right/${ACCESS_RIGHTS[m.accessLevel]}`,
        ),
        'dct:accrualPeriodicity':
          m.accrualPeriodicity && EU_FREQUENCY[m.accrualPeriodicity]
            ? id(`http://publications.europa.eu/resource/authority/frequency/${EU_FREQUENCY[m.accrualPeriodicity]}`)
            : undefined,
        'dcat:theme': d.themes.length
          ? d.themes.map((t) => ({
              '@id': urls.theme(t.id),
              '@type': 'skos:Concept',
              'skos:prefLabel': texts(t.data.name, t.data, 'name'),
            }))
          : undefined,
        'dct:temporal':
          start && end
            ? {
                '@type': 'dct:PeriodOfTime',
                'dcat:startDate': date(start.slice(0, 10)),
                'dcat:endDate': date(end.slice(0, 10)),
              }
            : undefined,
        'dct:spatial': m.spatial ? { '@type': 'dct:Location', 'skos:prefLabel': text(m.spatial) } : undefined,
        'dct:language': m.language?.map((l) => ({ '@type': 'dct:LinguisticSystem', 'skos:notation': l })),
        'dct:isPartOf': d.parent ? id(urls.dataset(d.parent.id)) : undefined,
        'dct:hasPart': d.children.length ? d.children.map((c) => id(urls.dataset(c.id))) : undefined,
        'dct:rights': m.rights ? { '@type': 'dct:RightsStatement', 'dct:description': text(m.rights) } : undefined,
        'dcat:distribution': m.resources.map((r, i) => {
          const access = r.path ? urls.file(d.id, r.path) : r.url!;
          const mediaType = mediaTypeOf(r);
          return compact({
            '@id': `${urls.dataset(d.id)}#distribution-${i + 1}`,
            '@type': 'dcat:Distribution',
            'dct:title': text(r.title),
            'dct:description': r.description ? text(r.description) : undefined,
            'dcat:accessURL': id(access),
            'dcat:downloadURL': r.path ? id(access) : undefined,
            'dcat:mediaType': mediaType ? id(`https://www.iana.org/assignments/media-types/${mediaType}`) : undefined,
            'dct:format': { '@type': 'dct:MediaTypeOrExtent', 'skos:prefLabel': r.format },
            'dcat:byteSize':
              d.files[i]?.bytes !== undefined
                ? { '@value': String(d.files[i]?.bytes), '@type': 'xsd:nonNegativeInteger' }
                : undefined,
            'dct:license': license ? id(license) : undefined,
            'dct:conformsTo': d.schemas[i] ? id(urls.tableSchema(d.id, resourceName(r, i))) : undefined,
          });
        }),
      });
    }),
  });
}
