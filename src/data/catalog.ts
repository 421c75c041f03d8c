// The catalog as pages see it: collections from Astro's content layer, joined and sorted once per build.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { byModifiedDesc, countBy } from '../lib/catalog.ts';
import { perCatalogRead } from '../lib/content/astro-loader.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import type { CatalogContent } from '../lib/content/read-catalog.ts';

export type DatasetEntry = CollectionEntry<'datasets'>;
export type OrganizationEntry = CollectionEntry<'organizations'>;
export type ThemeEntry = CollectionEntry<'themes'>;

/** The catalog, read from the content layer once per build (every page asks for it). */
export const loadSite = perCatalogRead(contentDir, readSite);

async function readSite(content: CatalogContent) {
  const [catalogEntry, datasets, organizations, themes, stories] = await Promise.all([
    getEntry('catalog', 'catalog'),
    getCollection('datasets'),
    getCollection('organizations'),
    getCollection('themes'),
    getCollection('stories'),
  ]);
  if (!catalogEntry) throw new Error('content/catalog.yaml is missing');
  datasets.sort(byModifiedDesc);
  organizations.sort((a, b) => a.data.name.localeCompare(b.data.name));
  themes.sort((a, b) => a.data.name.localeCompare(b.data.name));
  // Local file sizes and resolved data dictionaries come from the same (cached) read the loaders used.
  const read = new Map(content.datasets.map((d) => [d.id, d]));
  const orgById = new Map(organizations.map((o) => [o.id, o]));
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const storiesByDataset = new Map<string, typeof stories>();
  for (const st of stories) for (const id of st.data.datasets) storiesByDataset.set(id, [...(storiesByDataset.get(id) ?? []), st]);
  return {
    catalog: catalogEntry.data,
    datasets,
    organizations,
    themes,
    organizationOf: (d: DatasetEntry) => orgById.get(d.data.organization),
    themesOf: (d: DatasetEntry) => d.data.themes.map((id) => themeById.get(id)).filter((t): t is ThemeEntry => !!t),
    filesOf: (d: DatasetEntry) => read.get(d.id)?.files ?? [],
    schemasOf: (d: DatasetEntry) => read.get(d.id)?.schemas ?? [],
    /** The stories that use a dataset's data. */
    storiesOf: (d: DatasetEntry) => storiesByDataset.get(d.id) ?? [],
    datasetsPerTheme: countBy(datasets, (d) => d.data.themes),
    datasetsPerOrganization: countBy(datasets, (d) => [d.data.organization]),
  };
}

export type Site = Awaited<ReturnType<typeof readSite>>;
