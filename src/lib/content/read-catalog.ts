// Reads content/ into the catalog model: parses every file, checks references, files and stories, and joins
// the valid part. Every problem is collected, so one run reports them all.
import path from 'node:path';
import { OrganizationSchema, ThemeSchema } from '../../schemas/index.ts';
import type { Problem } from '../problems.ts';
import { checkCollections } from './check-collections.ts';
import { checkDataset, type CheckedDataset } from './check-datasets.ts';
import { checkStory, checkStoryTranslations } from './check-stories.ts';
import { columnNames, translationProblems, type Translated } from './check-translations.ts';
import { catalogLanguages } from './languages.ts';
import { nodeContentFs, type ContentFs } from './content-fs.ts';
import { joinCatalog } from './join.ts';
import type { CatalogContent, Entry } from './model.ts';
import { datasetFolders, readCatalogFile, readDatasetFiles, readStoryFiles, readYamlDir, type ReadContext, type YamlEntry } from './read-files.ts';

export interface ReadOptions {
  fs?: ContentFs;
  /** Base for the file names in problems. Default: the working directory. */
  cwd?: string;
}

/** Reads `contentDir`, validates every file against its schema and every cross-reference, and reports all problems. */
export function readCatalog(contentDir: string, options: ReadOptions = {}): CatalogContent {
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(contentDir);
  const problems: Problem[] = [];
  const ctx: ReadContext = {
    fs: options.fs ?? nodeContentFs,
    problems,
    rel: (abs) => path.relative(cwd, abs).split(path.sep).join('/') || abs,
  };
  const catalogFile = readCatalogFile(root, ctx);
  const catalog = catalogFile.data;
  const languages = catalogLanguages(catalog);
  // Translations are checked where the lines of the files are at hand; the entries of the model carry no lines.
  const withoutLines = <T extends Translated['data']>(entries: YamlEntry<T>[]): Entry<T>[] =>
    entries.map(({ lineOf, ...entry }) => {
      problems.push(...translationProblems({ ...entry, lineOf }, languages));
      return entry;
    });
  const organizations = withoutLines(readYamlDir(path.join(root, 'organizations'), OrganizationSchema, ctx));
  const themes = withoutLines(readYamlDir(path.join(root, 'themes'), ThemeSchema, ctx));
  const known = { organizations: new Set(organizations.map((o) => o.id)), themes: new Set(themes.map((t) => t.id)) };
  const checked = readDatasetFiles(root, ctx)
    .map((d) => checkDataset(d, known, ctx))
    .filter((d): d is CheckedDataset => d !== undefined);
  for (const d of checked)
    problems.push(...translationProblems({ file: d.file, data: d.data, lineOf: d.src.lineOf }, languages, columnNames(d.schemas)));
  const folders = new Set(datasetFolders(root, ctx));
  const datasets = checkCollections(checked, folders, ctx);
  const storyFiles = readStoryFiles(root, ctx);
  const linked = checkStoryTranslations(storyFiles, languages, ctx);
  const stories = storyFiles.flatMap((s) =>
    s.data && checkStory({ ...s, data: s.data }, datasets, folders, ctx) && linked.has(s.id) ? [{ id: s.id, file: s.file, data: s.data, body: s.src.body }] : [],
  );
  return { ...joinCatalog({ catalog, organizations, themes, datasets, stories }), catalogFile, problems };
}

export type { CatalogContent, DatasetModel, StoryModel } from './model.ts';
export type { ContentFs } from './content-fs.ts';
export { nodeContentFs } from './content-fs.ts';
