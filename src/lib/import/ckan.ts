// CKAN Action API output (package_search or package_show responses) → our datasets: tags become keywords,
// the organization a publisher, groups themes, resources links, and `extras` and custom fields are kept.
import { MEDIA_TYPE_PATTERN } from '../../schemas/index.ts';
import { normalizeFormat } from '../resource-kind.ts';
import { mapLicense } from './dcat-us.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import {
  firstSentence,
  isoDay,
  periodicityOfWord,
  type ImportBatch,
  type ImportedDataset,
  type Skipped,
} from './model.ts';

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** CKAN licence ids we know. */
const CKAN_LICENSES: Record<string, string> = {
  'cc-by': 'CC-BY-4.0',
  'cc-by-sa': 'CC-BY-SA-4.0',
  'cc-zero': 'CC0-1.0',
  'odc-pddl': 'PDDL-1.0',
  'odc-odbl': 'ODbL-1.0',
  'odc-by': 'ODC-By-1.0',
  'uk-ogl': 'OGL-UK-3.0',
  'OGL-UK-3.0': 'OGL-UK-3.0',
};
/** Fields we map; every other one (CKAN internals aside) goes to `source.extra`. */
const MAPPED = new Set([
  'id',
  'name',
  'title',
  'notes',
  'tags',
  'organization',
  'groups',
  'license_id',
  'license_title',
  'license_url',
  'maintainer',
  'maintainer_email',
  'author',
  'author_email',
  'metadata_modified',
  'metadata_created',
  'resources',
  'private',
  'state',
  'url',
  'extras',
]);
const INTERNAL = new Set([
  'owner_org',
  'creator_user_id',
  'revision_id',
  'num_resources',
  'num_tags',
  'relationships_as_object',
  'relationships_as_subject',
  'isopen',
  'type',
]);
function mapPackage(p: Json): ImportedDataset | Skipped {
  const identifier = str(p['id']) ?? str(p['name']);
  const title = str(p['title']) ?? str(p['name']);
  if (!title) return { identifier, reason: 'it has no title' };
  if (!identifier) return { title, reason: 'it has no id or name' };
  if (p['state'] && p['state'] !== 'active')
    return { identifier, title, reason: `its state is "${String(p['state'])}"` };
  const warnings: ImportedDataset['warnings'] = [];
  const extra: Json = {};
  for (const [k, v] of Object.entries(p))
    if (!MAPPED.has(k) && !INTERNAL.has(k) && v !== null && v !== '' && !(Array.isArray(v) && !v.length)) extra[k] = v;
  const extras = Array.isArray(p['extras']) ? (p['extras'] as Json[]) : [];
  const extra2 = Object.fromEntries(extras.map((e) => [String(e['key']), e['value']]));
  if (extras.length) extra['extras'] = extra2;

  const body = htmlToMarkdown(str(p['notes']) ?? '');
  const keywords = (Array.isArray(p['tags']) ? (p['tags'] as Json[]) : [])
    .map((t) => str(t['display_name']) ?? str(t['name']))
    .filter((t): t is string => !!t);
  const org = p['organization'] as Json | null | undefined;
  const groups = (Array.isArray(p['groups']) ? (p['groups'] as Json[]) : [])
    .map((g) => str(g['title']) ?? str(g['name']))
    .filter((g): g is string => !!g);
  const licenseId = str(p['license_id']);
  let license = licenseId && CKAN_LICENSES[licenseId];
  if (!license) {
    const m = mapLicense(str(p['license_url']) ?? licenseId);
    license = m.license;
    if (licenseId || p['license_title']) {
      if (!license)
        warnings.push({
          kind: 'licence',
          message: `licence "${licenseId ?? ''}" (${String(p['license_title'] ?? '')}) is not one the catalog knows; kept in source.extra.license`,
        });
      if (!license) extra['license'] = { id: licenseId, title: p['license_title'], url: p['license_url'] };
    }
  }
  const email = str(p['maintainer_email']) ?? str(p['author_email']);
  const name = str(p['maintainer']) ?? str(p['author']) ?? str(org?.['title']);
  const modified = isoDay(p['metadata_modified']);
  const frequency = str(p['update_frequency']) ?? str(extra2['update_frequency']);
  const periodicity = periodicityOfWord(frequency);
  const resources = (Array.isArray(p['resources']) ? (p['resources'] as Json[]) : []).flatMap((r, i) => {
    const url = str(r['url']);
    if (!url || !/^https?:\/\//.test(url)) {
      warnings.push({
        kind: 'resource',
        message: `resource ${i + 1} (${String(r['name'] ?? '')}) has no http(s) URL and was left out`,
      });
      return [];
    }
    // Sites write formats every way (".csv", "text/csv", "CSV ", "zip:csv", "Esri REST"): one table reads them all.
    const mimetype = str(r['mimetype']);
    const declared = mimetype && MEDIA_TYPE_PATTERN.test(mimetype) ? mimetype : undefined;
    const known = normalizeFormat(str(r['format']), { url, mediaType: declared });
    const format = known.format ?? 'Data';
    const mediaType = declared ?? known.mediaType;
    return [
      {
        title: str(r['name']) ?? `${format} ${i + 1}`,
        url,
        format,
        ...(mediaType ? { mediaType } : {}),
        ...(str(r['description']) ? { description: htmlToMarkdown(str(r['description'])!) } : {}),
      },
    ];
  });
  const privateDataset = p['private'] === true;
  const meta: Json = {
    title,
    summary: firstSentence(body) || title,
    ...(email ? { contactPoint: { name: name ?? email, email } } : {}),
    ...(license ? { license } : {}),
    ...(modified ? { modified } : {}),
    accessLevel: privateDataset ? 'non-public' : 'public',
    ...(keywords.length ? { keywords: [...new Set(keywords)] } : {}),
    ...(isoDay(p['metadata_created']) ? { issued: isoDay(p['metadata_created']) } : {}),
    ...(periodicity ? { accrualPeriodicity: periodicity } : {}),
    ...(str(p['url']) && /^https?:\/\//.test(str(p['url'])!) ? { landingPage: str(p['url']) } : {}),
    resources,
  };
  return {
    identifier,
    meta,
    body,
    extra,
    warnings,
    publisher: str(org?.['title']) ?? str(org?.['name']),
    categories: groups,
    slugHint: str(p['name']),
  };
}

/** Reads a package_search or package_show response (or a bare package). */
export function readCkan(doc: unknown, url: string): ImportBatch {
  const result = (doc as Json | null)?.['result'] ?? doc;
  let packages: unknown[];
  if (result && typeof result === 'object' && Array.isArray((result as Json)['results']))
    packages = (result as Json)['results'] as unknown[];
  else if (result && typeof result === 'object' && ((result as Json)['name'] || (result as Json)['id']))
    packages = [result];
  else throw new Error('this is not CKAN API output: expected a package_search or package_show response');
  const datasets: ImportedDataset[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  const publishers: NonNullable<ImportBatch['publishers']> = {};
  for (const p of packages) {
    const mapped = mapPackage(p as Json);
    if ('reason' in mapped) skipped.push(mapped);
    else if (seen.has(mapped.identifier))
      skipped.push({
        identifier: mapped.identifier,
        reason: `its id repeats an earlier dataset's ("${mapped.identifier}")`,
      });
    else {
      seen.add(mapped.identifier);
      datasets.push(mapped);
      const org = (p as Json)['organization'] as Json | null;
      if (mapped.publisher && org) publishers[mapped.publisher] = { description: str(org['description']) };
    }
  }
  const total = Number((result as Json)['count'] ?? packages.length);
  const notes =
    total > packages.length
      ? [
          `the response lists ${packages.length} of ${total} datasets; import the other pages of package_search to get the rest`,
        ]
      : [];
  return { kind: 'ckan', url, datasets, skipped, read: packages.length, publishers, notes };
}
