// The catalog as pages see it: the one model of content/ (joined, sorted, its Markdown rendered), read once per build.
import { loadRenderedCatalog } from '../integrations/content/cache.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import type { CatalogModel, DatasetModel, OrganizationModel, StoryModel, ThemeModel } from '../lib/content/model.ts';

export type Site = CatalogModel;
export type DatasetEntry = DatasetModel;
export type OrganizationEntry = OrganizationModel;
export type ThemeEntry = ThemeModel;
export type StoryEntry = StoryModel;

export const loadSite = (): Promise<Site> => loadRenderedCatalog(contentDir());

const indexes = new WeakMap<Site, Map<string, DatasetModel>>();

/**
 * The dataset a page is for, from the current model. Pages look it up rather than take it as a prop: the dev
 * server keeps getStaticPaths' props for a while after an edit, so a prop would show the dataset as it was.
 */
export function datasetOf(site: Site, slug: string): DatasetModel {
  let index = indexes.get(site);
  if (!index) indexes.set(site, (index = new Map(site.datasets.map((d) => [d.id, d]))));
  const dataset = index.get(slug);
  if (!dataset) throw new Error(`no dataset "${slug}" in content/datasets/`);
  return dataset;
}
