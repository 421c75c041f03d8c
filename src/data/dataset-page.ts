// What a dataset's pages show, gathered in one value: the pages render from it, and its digest is their cacheKey
// for Astro's incremental build. So a page is restored from the previous build only when everything it could show is
// as it was: the value is detached from the model (its organization, themes, stories and related datasets without
// their own lists of datasets), so nothing a page reads through it is left out of the key.
import type { Catalog, Organization, Theme } from '../schemas/index.ts';
import type { DatasetModel, Entry, StoryModel } from '../lib/content/model.ts';
import type { DatasetQuality } from '../lib/quality/score.ts';
import type { DatasetChange } from '../lib/history/model.ts';
import { datasetOf, type Site } from './catalog.ts';
import { loadQuality } from './quality.ts';
import { loadHistory } from './history.ts';
import { profileOf, type ProfileResult } from './profiles.ts';

/** Another dataset as a dataset's page names it (a collection and its parts): its texts, not its relations. */
export type RelatedDataset = Pick<DatasetModel, 'id' | 'file' | 'data' | 'html'>;

/** A dataset with its relations as the page shows them. */
export interface DatasetView extends Pick<
  DatasetModel,
  'id' | 'file' | 'data' | 'body' | 'files' | 'schemas' | 'html'
> {
  organization: Entry<Organization>;
  themes: Entry<Theme>[];
  stories: Pick<StoryModel, 'id' | 'file' | 'data' | 'language' | 'translations'>[];
  parent?: RelatedDataset;
  children: RelatedDataset[];
}

export interface DatasetPage {
  /** The portal's settings, which every page's header and footer show. */
  catalog: Catalog;
  /** Astro's `base`, in every link. */
  base: string;
  dataset: DatasetView;
  quality: DatasetQuality;
  /** Its changes in git, newest first, and whether the history could be read at all. */
  changes: DatasetChange[];
  historyAvailable: boolean;
  /** Each resource's profile (the preview and the column summary), by resource index. */
  profiles: ProfileResult[];
}

const related = (d: DatasetModel): RelatedDataset => ({
  id: d.id,
  file: d.file,
  data: d.data,
  ...(d.html ? { html: d.html } : {}),
});

/** Everything the pages of dataset `slug` show. */
export async function datasetPage(site: Site, slug: string): Promise<DatasetPage> {
  const d = datasetOf(site, slug);
  const [{ history, byDataset }, profiles] = await Promise.all([
    loadHistory(),
    Promise.all(d.data.resources.map((_, i) => profileOf(d, i))),
  ]);
  return {
    catalog: site.catalog,
    base: import.meta.env.BASE_URL,
    dataset: {
      id: d.id,
      file: d.file,
      data: d.data,
      body: d.body,
      files: d.files,
      schemas: d.schemas,
      ...(d.html ? { html: d.html } : {}),
      organization: { id: d.organization.id, file: d.organization.file, data: d.organization.data },
      themes: d.themes.map((t) => ({ id: t.id, file: t.file, data: t.data })),
      stories: d.stories.map((s) => ({
        id: s.id,
        file: s.file,
        data: s.data,
        language: s.language,
        translations: s.translations,
      })),
      ...(d.parent ? { parent: related(d.parent) } : {}),
      children: d.children.map(related),
    },
    quality: loadQuality().byDataset.get(d.id)!,
    changes: byDataset.get(d.id) ?? [],
    historyAvailable: history.available,
    profiles,
  };
}

/** What a dataset's history page shows: its title and its changes. */
export interface DatasetHistoryPage {
  catalog: Catalog;
  base: string;
  dataset: Pick<DatasetModel, 'id' | 'data'>;
  changes: DatasetChange[];
}

export async function datasetHistoryPage(site: Site, slug: string): Promise<DatasetHistoryPage> {
  const d = datasetOf(site, slug);
  const { byDataset } = await loadHistory();
  return {
    catalog: site.catalog,
    base: import.meta.env.BASE_URL,
    dataset: { id: d.id, data: d.data },
    changes: byDataset.get(d.id) ?? [],
  };
}
