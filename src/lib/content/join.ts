// Joins what was read into the model: each dataset gets its organization, themes, stories and collection
// (parent and children), and each of those its datasets, so no page or export looks anything up by slug again.
import type { Catalog, Organization, Story, Theme } from '../../schemas/index.ts';
import { byModifiedDesc } from '../catalog.ts';
import type { CheckedDataset } from './check-datasets.ts';
import { defaultLanguage } from './languages.ts';
import type { DatasetModel, Entry, OrganizationModel, StoryModel, ThemeModel } from './model.ts';

export interface ReadParts {
  catalog: Catalog | undefined;
  organizations: Entry<Organization>[];
  themes: Entry<Theme>[];
  /** Datasets without problems: their organization, themes and parent exist. */
  datasets: CheckedDataset[];
  /** Stories without problems: their datasets exist. */
  stories: (Entry<Story> & { body: string })[];
}

const byEntryName = (a: { data: { name: string } }, b: { data: { name: string } }) => a.data.name.localeCompare(b.data.name);

export function joinCatalog(parts: ReadParts) {
  const organizations: OrganizationModel[] = parts.organizations.map((o) => ({ ...o, datasets: [] })).sort(byEntryName);
  const themes: ThemeModel[] = parts.themes.map((t) => ({ ...t, datasets: [] })).sort(byEntryName);
  const orgById = new Map(organizations.map((o) => [o.id, o]));
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const datasets: DatasetModel[] = parts.datasets
    .map(({ id, file, dir, src, data, files, schemas }) => ({
      id,
      file,
      dir,
      data,
      body: src.body,
      files,
      schemas,
      lineOf: src.lineOf,
      organization: orgById.get(data.organization)!,
      themes: data.themes.map((t) => themeById.get(t)!),
      stories: [],
      children: [],
    }))
    .sort(byModifiedDesc);
  const datasetById = new Map<string, DatasetModel>(datasets.map((d) => [d.id, d]));
  for (const d of datasets) {
    d.organization.datasets.push(d);
    for (const t of d.themes) t.datasets.push(d);
    // The reader has checked that the parent is a dataset of the model (check-collections.ts).
    const parent = d.data.isPartOf === undefined ? undefined : datasetById.get(d.data.isPartOf);
    if (parent) {
      d.parent = parent;
      parent.children.push(d);
    }
  }
  const defaultLang = defaultLanguage(parts.catalog);
  const stories: StoryModel[] = parts.stories
    .map((s) => ({
      ...s,
      datasets: s.data.datasets.map((id) => datasetById.get(id)!),
      language: s.data.language ?? defaultLang,
      translations: {},
    }))
    .sort((a, b) => (a.data.published === b.data.published ? a.id.localeCompare(b.id) : a.data.published < b.data.published ? 1 : -1));
  for (const s of stories) for (const d of new Set(s.datasets)) d.stories.push(s);
  linkTranslations(stories);
  return { catalog: parts.catalog, organizations, themes, datasets, stories };
}

/**
 * Links each story with its translations both ways: an original and every translation of it (`translationOf`)
 * each get the others by language. The reader has checked that each original exists once per language.
 */
function linkTranslations(stories: StoryModel[]): void {
  const byId = new Map(stories.map((s) => [s.id, s]));
  const families = new Map<StoryModel, StoryModel[]>();
  for (const s of stories) {
    const original = s.data.translationOf === undefined ? s : byId.get(s.data.translationOf);
    if (!original) continue;
    const family = families.get(original) ?? [];
    if (!families.has(original)) families.set(original, family);
    if (!family.includes(original)) family.push(original);
    if (s !== original) family.push(s);
  }
  for (const family of families.values())
    for (const s of family) for (const other of family) if (other !== s) s.translations[other.language] = other.id;
}
