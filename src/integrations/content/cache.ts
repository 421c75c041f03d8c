// The one read of content/ per build (and per change in dev), shared by the Astro config, the integrations,
// the content layer and every page. Shared through globalThis: Astro loads these modules in several graphs.
import path from 'node:path';
import { nodeContentFs, type ContentFs } from '../../lib/content/content-fs.ts';
import type { CatalogContent, CatalogModel } from '../../lib/content/model.ts';
import { modelOf } from '../../lib/content/model.ts';
import { readCatalog } from '../../lib/content/read-catalog.ts';
import { renderDatasets } from '../../lib/content/render.ts';
import { ContentError } from '../../lib/problems.ts';

interface Read {
  content: CatalogContent;
  /** Set once the Markdown has been rendered into the model. */
  rendered?: Promise<CatalogModel>;
}

/** How often a content folder was read in this process, and how often each of its files. */
export interface ReadStats {
  reads: number;
  /** Times each file's text was read, by absolute path, over all reads. */
  files: Map<string, number>;
}

interface State {
  reads: Map<string, Read>;
  stats: Map<string, ReadStats>;
  render?: (markdown: string) => Promise<string>;
}

const state = ((globalThis as { __cdcContent?: State }).__cdcContent ??= { reads: new Map(), stats: new Map() });

/** What content/ holds, read once per process (and again after `forgetCatalog`). */
export function loadCatalogOnce(dir: string, fs: ContentFs = nodeContentFs): CatalogContent {
  const key = path.resolve(dir);
  let read = state.reads.get(key);
  if (!read) {
    const stats = readStats(key);
    stats.reads++;
    const counted: ContentFs = {
      ...fs,
      readText: (file) => {
        stats.files.set(file, (stats.files.get(file) ?? 0) + 1);
        return fs.readText(file);
      },
    };
    read = { content: readCatalog(key, { fs: counted }) };
    state.reads.set(key, read);
  }
  return read.content;
}

/** The reads of `dir` so far in this process (a build should show one). */
export function readStats(dir: string): ReadStats {
  const key = path.resolve(dir);
  let stats = state.stats.get(key);
  if (!stats) {
    stats = { reads: 0, files: new Map() };
    state.stats.set(key, stats);
  }
  return stats;
}

/** The model of content/; a read with errors throws them all (in dev, the error overlay lists them). */
export function loadValidCatalog(dir: string, fs?: ContentFs): CatalogModel {
  const content = loadCatalogOnce(dir, fs);
  if (content.problems.some((p) => p.severity === 'error')) throw new ContentError(content.problems);
  return modelOf(content);
}

/** Remembers the site's Markdown renderer; the content loader hands it over before any page renders. */
export function useMarkdownRenderer(render: (markdown: string) => Promise<string>): void {
  state.render = render;
}

/** The model with every dataset's Markdown rendered to HTML, rendered once per read. */
export function loadRenderedCatalog(dir: string): Promise<CatalogModel> {
  const model = loadValidCatalog(dir);
  const read = state.reads.get(path.resolve(dir))!;
  const render = state.render;
  if (!render) throw new Error('the Markdown renderer is not set: the content loader runs before pages');
  read.rendered ??= renderDatasets(model.datasets, render).then(() => model);
  return read.rendered;
}

/** Forget what was read, so the next load reads content/ again. */
export function forgetCatalog(dir: string): void {
  state.reads.delete(path.resolve(dir));
}

/** `derive(model)` computed once per read of `dir`: a build reads once, the dev server after each change. */
export function perCatalogRead<T>(dir: () => string, derive: (model: CatalogModel) => T): () => T {
  const derived = new WeakMap<CatalogContent, T>();
  return () => {
    const model = loadValidCatalog(dir());
    const content = loadCatalogOnce(dir());
    if (!derived.has(content)) derived.set(content, derive(model));
    return derived.get(content)!;
  };
}
