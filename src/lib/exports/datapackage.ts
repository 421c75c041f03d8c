// Frictionless Data Package (v2 profile, v1 compatible) for one dataset: /datasets/<slug>/datapackage.json.
import { resourceKind } from '../resource-kind.ts';
import { findLicense } from '../../schemas/licenses.ts';
import { statedContact, statedKeywords, statedLicense, statedModified } from '../unstated.ts';
import { compact } from './dcat-us.ts';
import { descriptionOf, urlsFor, type ExportDataset, type ExportInput } from './model.ts';

/** A name valid in both v1 (`^[-a-z0-9._/]+$`) and v2: `Street Trees.csv` → `street-trees`. */
export function packageName(value: string): string {
  return (
    value
      .toLowerCase()
      .replace(/\.[a-z0-9]+$/, '')
      .replace(/[^-a-z0-9._]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'resource'
  );
}

/** True when a data package can be published: at least one file or link to describe. */
export function hasDataPackage(d: Pick<ExportDataset, 'data'>): boolean {
  return d.data.resources.length > 0;
}

export function toDataPackage(input: ExportInput, d: ExportDataset): Record<string, unknown> {
  const urls = urlsFor(input);
  const m = d.data;
  // A value the source did not state is left out (every one of these is optional in a Data Package).
  const stated = statedLicense(m);
  const license = stated && findLicense(stated);
  const contact = statedContact(m);
  const keywords = statedKeywords(m);
  const names = new Set<string>();
  const unique = (name: string) => {
    let n = name;
    for (let i = 2; names.has(n); i++) n = `${name}-${i}`;
    names.add(n);
    return n;
  };
  const tabular = m.resources.some((r, i) => r.path && resourceKind(r).tabular && d.schemas[i]);
  return compact({
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    profile: tabular ? 'tabular-data-package' : 'data-package',
    name: packageName(d.id),
    id: urls.dataset(d.id),
    title: m.title,
    description: descriptionOf(d),
    homepage: urls.dataset(d.id),
    version: statedModified(m),
    created: m.issued ? `${m.issued}T00:00:00Z` : undefined,
    keywords: keywords.length ? keywords : undefined,
    licenses: license
      ? [compact({ name: license.id, path: license.url, title: license.name })]
      : stated && /^https?:/.test(stated)
        ? [{ path: stated }]
        : undefined,
    contributors: contact
      ? [{ title: contact.name, email: contact.email, role: 'contact', roles: ['contact'] }]
      : undefined,
    resources: m.resources.map((r, i) => {
      const kind = resourceKind(r);
      const isTab = kind.tabular;
      const schema = d.schemas[i];
      const encoding = r.dialect?.encoding;
      return compact({
        name: unique(packageName(r.path ?? r.title)),
        path: r.path ?? r.url,
        title: r.title,
        description: r.description,
        format: r.format.toLowerCase(),
        mediatype: kind.mediaType,
        encoding: encoding === 'utf-8-sig' ? 'utf-8' : encoding,
        bytes: d.files[i]?.bytes,
        profile: isTab && schema ? 'tabular-data-resource' : 'data-resource',
        type: isTab ? 'table' : undefined,
        dialect:
          isTab && r.path
            ? {
                delimiter: r.dialect?.delimiter ?? kind.delimiter ?? ',',
                header: r.dialect?.header ?? true,
                quoteChar: r.dialect?.quoteChar ?? '"',
                doubleQuote: true,
              }
            : undefined,
        schema: schema
          ? compact({ fields: schema.fields, primaryKey: schema.primaryKey, missingValues: schema.missingValues })
          : undefined,
      });
    }),
  });
}
