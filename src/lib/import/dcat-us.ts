// DCAT-US / Project Open Data data.json → our datasets: v1.1 (an object with `dataset`) and the older v1.0
// form Socrata published (a top-level array whose first element describes the catalog, with `format` and
// `accessURL` on the dataset and keywords as one comma-separated string).
import { KNOWN_LICENSES, findLicense } from '../../schemas/licenses.ts';
import { MEDIA_TYPE_PATTERN } from '../../schemas/index.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { firstSentence, isoDay, type ImportBatch, type ImportedDataset, type Skipped } from './model.ts';

type Json = Record<string, unknown>;

/** Fields we map; every other field of a dataset goes to `source.extra`. */
const MAPPED = new Set([
  'title',
  'description',
  'keyword',
  'modified',
  'publisher',
  'contactPoint',
  'identifier',
  'accessLevel',
  'license',
  'rights',
  'spatial',
  'temporal',
  'accrualPeriodicity',
  'theme',
  'landingPage',
  'language',
  'issued',
  'references',
  'distribution',
  '@type',
  'accessURL',
  'format',
  'webService',
  'downloadURL',
  'isPartOf',
]);

const PERIODICITY =
  /^(irregular|R\/P(?:\d+(?:\.\d+)?[YMWD])+(?:T(?:\d+(?:\.\d+)?[HMS])+)?|R\/PT(?:\d+(?:\.\d+)?[HMS])+)$/;

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v.map(str).filter((x): x is string => !!x) : []);

/** Other addresses catalogs use for licences we know (the Open Definition's, mostly). */
const LICENSE_ALIASES: Record<string, string> = {
  'opendefinition.org/licenses/odc-pddl': 'PDDL-1.0',
  'opendefinition.org/licenses/odc-by': 'ODC-By-1.0',
  'opendefinition.org/licenses/odc-odbl': 'ODbL-1.0',
  'opendefinition.org/licenses/cc-zero': 'CC0-1.0',
  'opendefinition.org/licenses/cc-by': 'CC-BY-4.0',
  'opendatacommons.org/licenses/pddl': 'PDDL-1.0',
  'opendatacommons.org/licenses/odbl': 'ODbL-1.0',
  'opendatacommons.org/licenses/by': 'ODC-By-1.0',
};

/** A licence URL or name → an SPDX id we know, or the URL itself, or undefined (reported). */
export function mapLicense(value: unknown): { license?: string; warning?: string } {
  const v = str(value);
  if (!v) return {};
  if (findLicense(v)) return { license: findLicense(v)!.id };
  const norm = (u: string) =>
    u
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/+$/, '')
      .replace(/\/legalcode$/, '')
      .toLowerCase();
  const known = KNOWN_LICENSES.find((l) => l.url && norm(l.url) === norm(v));
  if (known) return { license: known.id };
  const alias = Object.entries(LICENSE_ALIASES).find(([url]) => norm(v).startsWith(url));
  if (alias) return { license: alias[1] };
  if (/^https?:\/\//.test(v))
    return { license: v, warning: `licence "${v}" is not one the catalog knows; kept as a URL` };
  return { warning: `licence "${v}" is neither an SPDX id nor a URL; kept in source.extra.license` };
}

function mapDataset(d: Json): ImportedDataset | Skipped {
  const identifier = str(d['identifier']);
  const title = str(d['title']);
  if (!title) return { identifier, reason: 'it has no title' };
  if (!identifier) return { title, reason: 'it has no identifier, so a later import could not find it again' };
  const warnings: ImportedDataset['warnings'] = [];
  const extra: Json = {};
  for (const [k, v] of Object.entries(d)) if (!MAPPED.has(k)) extra[k] = v;

  const body = htmlToMarkdown(str(d['description']) ?? '');
  const keywordsRaw = typeof d['keyword'] === 'string' ? d['keyword'].split(',') : strings(d['keyword']);
  const keywords = [...new Set(keywordsRaw.map((k) => k.trim()).filter(Boolean))];
  const contact = (d['contactPoint'] ?? {}) as Json;
  const email = str(contact['hasEmail'])?.replace(/^mailto:/i, '');
  const name = str(contact['fn']);
  const publisher = (d['publisher'] ?? {}) as Json;
  const publisherName = typeof d['publisher'] === 'string' ? d['publisher'] : str(publisher['name']);
  // Dates go on as written: the writer reads other forms (`2023`, `05/12/2021`) and reports what it did (conform.ts).
  const modified = str(d['modified']) ?? (typeof d['modified'] === 'number' ? String(d['modified']) : undefined);
  const issued = str(d['issued']) ?? (typeof d['issued'] === 'number' ? String(d['issued']) : undefined);
  const { license, warning } = mapLicense(d['license']);
  if (warning) {
    warnings.push({ kind: 'licence', message: warning });
    if (!license) extra['license'] = d['license'];
  }
  const temporal = str(d['temporal']);
  const [start, end] = temporal?.split('/') ?? [];
  const period = isoDay(start) && isoDay(end) ? `${isoDay(start)}/${isoDay(end)}` : undefined;
  if (temporal && !period) {
    warnings.push({
      kind: 'temporal',
      message: `temporal "${temporal}" is not a start/end pair of dates; kept in source.extra.temporal`,
    });
    extra['temporal'] = temporal;
  }
  const periodicity = str(d['accrualPeriodicity']);
  if (periodicity && !PERIODICITY.test(periodicity)) {
    warnings.push({
      kind: 'accrualPeriodicity',
      message: `accrualPeriodicity "${periodicity}" is not an ISO 8601 interval; kept in source.extra`,
    });
    extra['accrualPeriodicity'] = periodicity;
  }
  const accessLevel = ['public', 'restricted public', 'non-public'].includes(String(d['accessLevel']))
    ? String(d['accessLevel'])
    : undefined;

  const distributions = Array.isArray(d['distribution']) ? (d['distribution'] as Json[]) : [];
  // A dataset-level access URL (a v1.0 field that v1.1 files still carry) is one more resource.
  if (d['accessURL'] || d['downloadURL'])
    distributions.push({ accessURL: d['accessURL'], downloadURL: d['downloadURL'], format: d['format'], title });
  const leftOut: Json[] = [];
  const resources = distributions.flatMap((r, i) => {
    const url = str(r['downloadURL']) ?? str(r['accessURL']);
    if (!url || !/^https?:\/\//.test(url)) {
      warnings.push({
        kind: 'distribution',
        message: `distribution ${i + 1} has no http(s) URL and was left out; kept in source.extra.distribution`,
      });
      leftOut.push(r);
      return [];
    }
    const mediaType = str(r['mediaType']);
    const format =
      str(r['format']) ?? mediaType?.split('/').pop()?.toUpperCase() ?? (r['downloadURL'] ? 'File' : 'Web page');
    return [
      {
        title: str(r['title']) ?? `${format} ${i + 1}`,
        url,
        format,
        ...(mediaType && MEDIA_TYPE_PATTERN.test(mediaType) ? { mediaType } : {}),
        ...(str(r['description']) ? { description: htmlToMarkdown(str(r['description'])!) } : {}),
      },
    ];
  });

  const meta: Json = {
    title,
    summary: firstSentence(body) || title,
    ...(email ? { contactPoint: { name: name ?? publisherName ?? email, email } } : {}),
    ...(license ? { license } : {}),
    ...(modified ? { modified } : {}),
    ...(accessLevel ? { accessLevel } : {}),
    ...(keywords.length ? { keywords } : {}),
    ...(issued ? { issued } : {}),
    ...(periodicity && PERIODICITY.test(periodicity) ? { accrualPeriodicity: periodicity } : {}),
    ...(period ? { temporal: period } : {}),
    ...(str(d['spatial']) ? { spatial: str(d['spatial']) } : {}),
    ...(strings(d['language']).length ? { language: strings(d['language']) } : {}),
    // Addresses go on as written: the writer percent-encodes what it can and keeps the rest in source.extra.
    ...(str(d['landingPage']) ? { landingPage: str(d['landingPage']) } : {}),
    ...(strings(d['references']).length ? { references: strings(d['references']) } : {}),
    ...(accessLevel && accessLevel !== 'public' && str(d['rights'])
      ? { rights: str(d['rights']), accessInstructions: `See the publisher's terms: ${str(d['rights'])}` }
      : {}),
    resources,
  };
  if (leftOut.length) extra['distribution'] = leftOut;
  return {
    identifier,
    meta,
    body,
    extra,
    warnings,
    publisher: publisherName,
    categories: strings(d['theme']),
    partOf: str(d['isPartOf']),
  };
}

/** Reads a parsed data.json (v1.1 object or v1.0 array). Throws with a plain message when it is neither. */
export function readDcatUs(doc: unknown, url: string): ImportBatch {
  let records: unknown[];
  if (Array.isArray(doc)) {
    // v1.0: the first element describes the catalog itself (it has no dataset identifier).
    records = doc.length && !(doc[0] as Json)?.['identifier'] ? doc.slice(1) : doc;
  } else if (doc && typeof doc === 'object' && Array.isArray((doc as Json)['dataset'])) {
    records = (doc as Json)['dataset'] as unknown[];
  } else {
    throw new Error(
      'this is not a DCAT-US data.json: expected an object with a "dataset" list, or a v1.0 list of datasets',
    );
  }
  const datasets: ImportedDataset[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (!r || typeof r !== 'object') {
      skipped.push({ reason: `record ${i + 1} is not an object` });
      return;
    }
    const mapped = mapDataset(r as Json);
    if ('reason' in mapped) skipped.push(mapped);
    else if (seen.has(mapped.identifier))
      skipped.push({
        identifier: mapped.identifier,
        title: String(mapped.meta['title']),
        reason: `its identifier repeats an earlier dataset's ("${mapped.identifier}")`,
      });
    else {
      seen.add(mapped.identifier);
      datasets.push(mapped);
    }
  });
  return { kind: 'dcat-us', url, datasets, skipped, read: records.length };
}
