// The catalog model: everything under content/, read once, validated and joined. Pages, exports, per-dataset
// files, the search index, the validator and the importers all take this one model.
import type { Catalog, Dataset, Organization, Story, TableSchema, Theme } from '../../schemas/index.ts';
import type { Problem } from '../problems.ts';

export interface Entry<T> {
  /** The file or folder name: the id in URLs and references. */
  id: string;
  /** Path relative to the working directory, as shown in problems. */
  file: string;
  data: T;
}

export interface ResourceFile {
  /** Absolute path on disk. */
  absolutePath: string;
  /** Size in bytes. */
  bytes: number;
}

export interface DatasetModel extends Entry<Dataset> {
  /** Markdown description (the body of index.md). */
  body: string;
  /** Absolute path of the dataset folder. */
  dir: string;
  /** Local files by resource index (undefined for remote resources). */
  files: (ResourceFile | undefined)[];
  /** Table Schemas by resource index, with `schema: <file>` references resolved. */
  schemas: (TableSchema | undefined)[];
  /** The line of the key at a field path in index.md, for problems found later (validator, profiles). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Its publisher. */
  organization: OrganizationModel;
  /** Its themes, in the order the dataset lists them. */
  themes: ThemeModel[];
  /** The stories that use its data, newest first. */
  stories: StoryModel[];
  /** The collection it is part of (`isPartOf`), if any. */
  parent?: DatasetModel;
  /** The datasets that name it as their parent, newest first. */
  children: DatasetModel[];
  /** HTML of the body and of the Markdown fields, once the site's Markdown renderer has filled it. */
  html?: RenderedDataset;
}

export interface RenderedDataset {
  body: string;
  /** By field name (`methodology`, `caveats` …), for the fields that have a value. */
  fields: Record<string, string>;
  /**
   * The Markdown of `translations`, by language code and then by field name, for the fields that have a value:
   * `description` is the body's translation, e.g. `{ es: { description: '<p>…</p>', caveats: '<p>…</p>' } }`.
   */
  translations?: Record<string, Record<string, string>>;
}

export interface OrganizationModel extends Entry<Organization> {
  /** Its datasets, newest first. */
  datasets: DatasetModel[];
}

export interface ThemeModel extends Entry<Theme> {
  /** Its datasets, newest first. */
  datasets: DatasetModel[];
}

export interface StoryModel extends Entry<Story> {
  /** The MDX source after the front matter. */
  body: string;
  /** The datasets it lists, in its order. */
  datasets: DatasetModel[];
  /** The language it is written in: its `language`, else the catalog's default language. */
  language: string;
  /** The slugs of the same story in other languages, by language code: its original and the original's other translations. */
  translations: Record<string, string>;
}

export interface CatalogModel {
  catalog: Catalog;
  /** By name. */
  organizations: OrganizationModel[];
  /** By name. */
  themes: ThemeModel[];
  /** Newest `modified` first. */
  datasets: DatasetModel[];
  /** Newest `published` first. */
  stories: StoryModel[];
}

/** What a read of content/ gives: the valid part of the catalog, and every problem found. */
export interface CatalogContent extends Omit<CatalogModel, 'catalog'> {
  /** Undefined when catalog.yaml is missing or invalid. */
  catalog: Catalog | undefined;
  /** Where catalog.yaml is, and the line of each of its keys (for problems found later, as in its policy). */
  catalogFile: { file: string; lineOf(path: readonly PropertyKey[]): number | undefined };
  problems: Problem[];
}

/** The model of a read without errors; throws if catalog.yaml could not be read. */
export function modelOf(content: CatalogContent): CatalogModel {
  const { catalog, organizations, themes, datasets, stories } = content;
  if (!catalog) throw new Error('content/catalog.yaml is missing or invalid');
  return { catalog, organizations, themes, datasets, stories };
}
