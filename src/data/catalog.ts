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
