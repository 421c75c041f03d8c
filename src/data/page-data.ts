// What a page shows, gathered in one value for each page that has its own: the page renders from it, and its
// digest is the page's cacheKey for Astro's incremental build. So a page is restored from the previous build only
// when everything it could show is as it was: the values are detached from the model (a dataset's organization,
// themes, stories and related datasets come without their own lists of datasets), so nothing a page reads through
// them is left out of its key.
import type { Catalog, Dataset, Organization, Theme } from '../schemas/index.ts';
import type { Page } from 'astro';
import type { DatasetModel, Entry, OrganizationModel, StoryModel, ThemeModel } from '../lib/content/model.ts';
import type { DatasetQuality } from '../lib/quality/score.ts';
import type { Freshness } from '../lib/quality/freshness.ts';
import type { DatasetChange } from '../lib/history/model.ts';
import { datasetOf, type Site } from './catalog.ts';
import { loadQuality } from './quality.ts';
import { formatsOf } from '../lib/catalog.ts';
import { facetSlug } from '../lib/search-facets.ts';
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

/** A dataset as lists show it (its card): its metadata, its organization's names and its freshness. */
export interface DatasetCardView {
  id: string;
  data: Dataset;
  organization: Entry<Organization>;
  freshness: Freshness;
}

export function datasetCard(d: DatasetModel): DatasetCardView {
  const o = d.organization;
  return {
    id: d.id,
    data: d.data,
    organization: { id: o.id, file: o.file, data: o.data },
    freshness: loadQuality().byDataset.get(d.id)!.freshness,
  };
}

/** A theme's page: the theme and its datasets' cards. */
export function themePage(site: Site, theme: ThemeModel) {
  return {
    catalog: site.catalog,
    theme: { id: theme.id, file: theme.file, data: theme.data },
    cards: theme.datasets.map(datasetCard),
  };
}

/** An organization's page: the organization, its quality and its datasets' cards. */
export function organizationPage(site: Site, org: OrganizationModel) {
  return {
    catalog: site.catalog,
    org: { id: org.id, file: org.file, data: org.data },
    cards: org.datasets.map(datasetCard),
    quality: loadQuality().organizations.find((q) => q.id === org.id),
  };
}

/** A format's page: the cards of the datasets with a resource in that format. */
export function formatPage(site: Site, format: string) {
  const slug = facetSlug(format);
  const datasets = site.datasets.filter((d) => formatsOf(d.data).some((f) => facetSlug(f) === slug));
  return { catalog: site.catalog, format, cards: datasets.map(datasetCard) };
}

/** A page of the list of all datasets: where it is among the pages, and its datasets' cards. */
export function listPage(site: Site, page: Page<DatasetModel>) {
  const { currentPage, lastPage, total } = page;
  return { catalog: site.catalog, currentPage, lastPage, total, cards: page.data.map(datasetCard) };
}
