// What a JKAN site's own fields mean: its dataset schema (`_data/schemas/<name>.yml`, each field optionally
// declaring its DCAT-US key in `datajson:`) and its licence list (`_data/licenses.yml`), read so that the importer
// maps fields by meaning, not by the names one site happened to choose.
import fs from 'node:fs';
import path from 'node:path';
import { parseYamlFile } from '../content/yaml-source.ts';

/** What a field of a JKAN dataset holds, in our terms; `internal` is JKAN's own bookkeeping. */
export type Meaning =
  | 'title'
  | 'description'
  | 'publisher'
  | 'license'
  | 'categories'
  | 'keywords'
  | 'contactName'
  | 'contactEmail'
  | 'modified'
  | 'issued'
  | 'landingPage'
  | 'accrualPeriodicity'
  | 'spatial'
  | 'resources'
  | 'internal';

/** DCAT-US keys (as JKAN schemas write them in `datajson:`) and the meaning each has here. */
const BY_DATAJSON: Record<string, Meaning> = {
  title: 'title',
  description: 'description',
  'publisher.name': 'publisher',
  publisher: 'publisher',
  license: 'license',
  category: 'categories',
  theme: 'categories',
  keyword: 'keywords',
  'contactPoint.fn': 'contactName',
  'contactPoint.hasEmail': 'contactEmail',
  modified: 'modified',
  updated: 'modified',
  issued: 'issued',
  created: 'issued',
  landingPage: 'landingPage',
  accrualPeriodicity: 'accrualPeriodicity',
  spatial: 'spatial',
  distribution: 'resources',
};

/** Field names sites use without a `datajson:` key (JKAN's own defaults first), and their meaning. */
const BY_NAME: [RegExp, Meaning][] = [
  [/^title$/, 'title'],
  [/^(notes|description)$/, 'description'],
  [/^organi[sz]ation$/, 'publisher'],
  [/^licen[cs]e$/, 'license'],
  [/^(category|categories|themes?)$/, 'categories'],
  [/^(keywords?|tags)$/, 'keywords'],
  [/^(maintainer|contact_?name)$/, 'contactName'],
  [/^(maintainer_?email|contact_?email)$/, 'contactEmail'],
  [/^(modified|updated|updateddate|last_?updated|last_?modified|date_?(updated|modified)|update_?date)$/, 'modified'],
  [/^(issued|created|createddate|date_?(created|issued|published)|release_?date|publish_?date)$/, 'issued'],
  [/^(landing_?page|source_?(url|link)|original_?(url|link|source)?|homepage|web_?page)$/, 'landingPage'],
  [/^(frequency|update_?frequency|accrual_?periodicity|periodicity)$/, 'accrualPeriodicity'],
  [/^(spatial|geographic_?coverage|coverage_?area)$/, 'spatial'],
  [/^resources$/, 'resources'],
  [/^(schema|layout|permalink|published)$/, 'internal'],
];

export interface JkanSchema {
  /** The meaning of a field of a dataset that uses this schema, or undefined when it has none here. */
  meaningOf(field: string): Meaning | undefined;
}

/** The schemas of a site by name (`default`, …) and the one `_config.yml` names as the site's. */
export function readJkanSchemas(siteDir: string): { schemas: Map<string, JkanSchema>; siteSchema: string } {
  const dir = path.join(siteDir, '_data', 'schemas');
  const schemas = new Map<string, JkanSchema>();
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
    const m = /^(.+)\.ya?ml$/.exec(f);
    if (!m) continue;
    const doc = parseYamlFile(fs.readFileSync(path.join(dir, f), 'utf8')).data as
      { dataset_fields?: unknown } | undefined;
    schemas.set(m[1]!, schemaOf(Array.isArray(doc?.dataset_fields) ? (doc.dataset_fields as unknown[]) : []));
  }
  const configFile = path.join(siteDir, '_config.yml');
  const config = fs.existsSync(configFile)
    ? (parseYamlFile(fs.readFileSync(configFile, 'utf8')).data as { schema?: unknown } | undefined)
    : undefined;
  return { schemas, siteSchema: typeof config?.schema === 'string' ? config.schema : 'default' };
}

/** A schema from its `dataset_fields`: a field's `datajson:` decides, else its name, else its label. */
export function schemaOf(fields: readonly unknown[]): JkanSchema {
  const declared = new Map<string, Meaning>();
  for (const f of fields) {
    if (!f || typeof f !== 'object') continue;
    const { field_name: name, datajson, label } = f as Record<string, unknown>;
    if (typeof name !== 'string') continue;
    const meaning =
      (typeof datajson === 'string' ? BY_DATAJSON[datajson.trim()] : undefined) ??
      byName(name) ??
      (typeof label === 'string' ? byName(label.trim().toLowerCase().replace(/\s+/g, '_')) : undefined);
    if (meaning) declared.set(name, meaning);
  }
  return { meaningOf: (field) => declared.get(field) ?? byName(field) };
}

function byName(field: string): Meaning | undefined {
  return BY_NAME.find(([re]) => re.test(field.toLowerCase()))?.[1];
}

/**
 * The site's licences, `_data/licenses.yml` in either form JKAN has used (a map of URL to name, or `items:` of
 * `{ name, url }`): a dataset may name its licence by either, and the URL is what identifies it.
 */
export function readJkanLicenses(siteDir: string): Map<string, string> {
  const file = path.join(siteDir, '_data', 'licenses.yml');
  const urlByName = new Map<string, string>();
  if (!fs.existsSync(file)) return urlByName;
  const doc = parseYamlFile(fs.readFileSync(file, 'utf8')).data as Record<string, unknown> | undefined;
  const add = (name: unknown, url: unknown) => {
    if (typeof name === 'string' && name.trim() && typeof url === 'string' && url.trim())
      urlByName.set(name.trim().toLowerCase(), url.trim());
  };
  if (Array.isArray(doc?.['items']))
    for (const item of doc['items'] as Record<string, unknown>[]) add(item?.['name'], item?.['url']);
  else for (const [url, name] of Object.entries(doc ?? {})) add(name, url);
  return urlByName;
}
