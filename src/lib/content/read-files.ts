// Walks content/ and parses each file against its schema: catalog.yaml, organizations/, themes/,
// datasets/<slug>/index.md and stories/. Problems are collected, never thrown, so one run reports them all.
import path from 'node:path';
import type { z } from 'zod';
import {
  CatalogSchema,
  DatasetSchema,
  datasetSlug,
  ID_PATTERN,
  isListPageId,
  StorySchema,
  type Catalog,
  type Dataset,
  type Story,
} from '../../schemas/index.ts';
import type { Problem } from '../problems.ts';
import type { ContentFs } from './content-fs.ts';
import { checkedValue } from './error-map.ts';
import type { Entry } from './model.ts';
import { parseFrontMatter, parseYamlFile, type YamlSource } from './yaml-source.ts';

export interface ReadContext {
  fs: ContentFs;
  problems: Problem[];
  /** A path as shown in problems: relative to the working directory. */
  rel(abs: string): string;
}

export interface ParsedDataset {
  id: string;
  file: string;
  /** Absolute path of the dataset folder. */
  dir: string;
  src: YamlSource;
  /** Undefined when the front matter does not match the schema (its problems are reported). */
  data: Dataset | undefined;
}

export interface ParsedStory {
  id: string;
  file: string;
  src: YamlSource;
  /** Lines before the body, to turn a line of the body into a line of the file. */
  bodyOffset: number;
  data: Story | undefined;
}

/** Whether `value` is a URL-safe id (of a dataset, organization, theme or story). */
export const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);

function checkId(id: string, file: string, what: string, ctx: ReadContext): boolean {
  if (ID_PATTERN.test(id)) return true;
  const message = `the ${what} "${id}" is not URL-safe; rename it with lower-case letters, digits and hyphens only`;
  ctx.problems.push({ file, field: '', message, severity: 'error', rule: 'file-name' });
  return false;
}

export function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export interface CatalogFile {
  data: Catalog | undefined;
  file: string;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function readCatalogFile(root: string, ctx: ReadContext): CatalogFile {
  const abs = path.join(root, 'catalog.yaml');
  const file = ctx.rel(abs);
  if (ctx.fs.size(abs) === undefined) {
    const message = "is missing; create it with the portal's name, city, baseUrl, publisher and contactPoint";
    ctx.problems.push({ file, field: '', message, severity: 'error', rule: 'missing-catalog' });
    return { data: undefined, file, lineOf: () => undefined };
  }
  const src = parseYamlFile(ctx.fs.readText(abs));
  return { data: checkedValue(file, src, CatalogSchema, ctx.problems), file, lineOf: src.lineOf };
}

/** An entry of a YAML folder, with the line of each key (for problems found after parsing). */
export type YamlEntry<T> = Entry<T> & { lineOf(path: readonly PropertyKey[]): number | undefined };

/** Every `<id>.yaml` of a folder (organizations, themes) that matches `schema`. */
export function readYamlDir<S extends z.ZodType>(dir: string, schema: S, ctx: ReadContext): YamlEntry<z.output<S>>[] {
  const out: YamlEntry<z.output<S>>[] = [];
  const seen = new Map<string, string>();
  for (const f of ctx.fs.list(dir).filter((f) => !f.isDirectory && /\.ya?ml$/.test(f.name)).sort(byName)) {
    const abs = path.join(dir, f.name);
    const file = ctx.rel(abs);
    const id = f.name.replace(/\.ya?ml$/, '');
    if (!checkId(id, file, 'file name', ctx)) continue;
    const twin = seen.get(id);
    if (twin) {
      ctx.problems.push({ file, field: '', message: `has the same id "${id}" as ${twin}; remove or rename one of them`, severity: 'error', rule: 'duplicate-id' });
      continue;
    }
    seen.set(id, file);
    const src = parseYamlFile(ctx.fs.readText(abs));
    const data = checkedValue(file, src, schema, ctx.problems);
    if (data !== undefined) out.push({ id, file, data, lineOf: src.lineOf });
  }
  return out;
}

/** The folder names under datasets/, whether or not their index.md is valid. */
export function datasetFolders(root: string, ctx: ReadContext): string[] {
  return ctx.fs.list(path.join(root, 'datasets')).filter((d) => d.isDirectory).sort(byName).map((d) => d.name);
}

export function readDatasetFiles(root: string, ctx: ReadContext): ParsedDataset[] {
  const out: ParsedDataset[] = [];
  for (const name of datasetFolders(root, ctx)) {
    const dir = path.join(root, 'datasets', name);
    const abs = path.join(dir, 'index.md');
    if (ctx.fs.size(abs) === undefined) {
      const message = 'has no index.md; every dataset folder needs one (run npm run new:dataset to create it)';
      ctx.problems.push({ file: ctx.rel(dir), field: '', message, severity: 'error', rule: 'missing-index' });
      continue;
    }
    const file = ctx.rel(abs);
    if (!checkId(name, file, 'folder name (the dataset slug)', ctx)) continue;
    if (isListPageId(name)) {
      const message = `the folder name (the dataset slug) "${name}" is only digits, the URL of a page of the list of datasets (/datasets/${name}/); rename the folder, e.g. to "${datasetSlug(name)}"`;
      ctx.problems.push({ file, field: '', message, severity: 'error', rule: 'file-name' });
      continue;
    }
    const src = parseFrontMatter(ctx.fs.readText(abs));
    out.push({ id: name, file, dir, src, data: checkedValue(file, src, DatasetSchema, ctx.problems) });
  }
  return out;
}

/** stories/<slug>.mdx, or stories/<slug>/index.mdx with its images beside it. */
export function readStoryFiles(root: string, ctx: ReadContext): ParsedStory[] {
  const out: ParsedStory[] = [];
  const storiesDir = path.join(root, 'stories');
  for (const f of ctx.fs.list(storiesDir).sort(byName)) {
    const abs = f.isDirectory ? path.join(storiesDir, f.name, 'index.mdx') : path.join(storiesDir, f.name);
    if (!f.isDirectory && !/\.mdx?$/.test(f.name)) continue;
    if (f.isDirectory && ctx.fs.size(abs) === undefined) continue;
    const id = f.isDirectory ? f.name : f.name.replace(/\.mdx?$/, '');
    const file = ctx.rel(abs);
    if (!checkId(id, file, 'story name', ctx)) continue;
    const text = ctx.fs.readText(abs);
    const src = parseFrontMatter(text);
    const bodyOffset = text.split('\n').length - src.body.split('\n').length;
    out.push({ id, file, src, bodyOffset, data: checkedValue(file, src, StorySchema, ctx.problems) });
  }
  return out;
}
