// Astro content-layer loaders over readCatalog(): one read of content/ feeds every collection.
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../problems.ts';
import { DatasetSchema, markdownFields, type Dataset } from '../../schemas/index.ts';
import { readCatalog, type CatalogContent } from './read-catalog.ts';

type Kind = 'catalog' | 'organizations' | 'themes' | 'datasets';

/** Front-matter fields of a dataset written in Markdown (`markdown: true` in src/schemas/dataset.ts). */
export const MARKDOWN_FIELDS = markdownFields(DatasetSchema) as (keyof Dataset & string)[];
export type MarkdownField = keyof Dataset & string;
/** Where the loader keeps their rendered HTML in an entry's data. */
export const RENDERED_KEY = '__html';

/** The rendered HTML of a Markdown field of a dataset entry, if it has one. */
export function renderedField(data: object, field: MarkdownField): string | undefined {
  return (data as Record<string, Record<string, string> | undefined>)[RENDERED_KEY]?.[field];
}

// Shared through globalThis: astro.config and the content layer load this module in different module graphs.
const cache = ((globalThis as { __cdcCatalogCache?: Map<string, CatalogContent> }).__cdcCatalogCache ??= new Map());

/** The content of `dir`, read once per process (and again after a change in dev). */
export function loadCatalogOnce(dir: string): CatalogContent {
  const key = path.resolve(dir);
  let content = cache.get(key);
  if (!content) {
    content = readCatalog(key);
    cache.set(key, content);
  }
  return content;
}

/** The content of `dir` for pages: a read with errors throws them all (in dev, the error overlay lists them). */
export function loadValidCatalog(dir: string): CatalogContent {
  const content = loadCatalogOnce(dir);
  if (content.problems.some((p) => p.severity === 'error')) throw new ContentError(content.problems);
  return content;
}

/**
 * `derive(content)` for the current read of `dir`, computed once per read: a build reads content/ once, the
 * dev server again after each change, and every page asks.
 */
export function perCatalogRead<T>(dir: () => string, derive: (content: CatalogContent) => T): () => T {
  const derived = new WeakMap<CatalogContent, T>();
  return () => {
    const content = loadValidCatalog(dir());
    if (!derived.has(content)) derived.set(content, derive(content));
    return derived.get(content)!;
  };
}

/** Forget what was read, so the next load reads content/ again. */
export function forgetCatalog(dir: string): void {
  cache.delete(path.resolve(dir));
}

type LoadContext = Parameters<Loader['load']>[0];

// In dev, one watcher per content folder: any file added, changed or removed under it drops the cached read
// and re-runs every collection's load (debounced, so a save that touches several files reloads once).
interface Live {
  loads: Map<Kind, () => Promise<void>>;
  watcher?: NonNullable<LoadContext['watcher']>;
  timer?: ReturnType<typeof setTimeout>;
}
const live = ((globalThis as { __cdcLive?: Map<string, Live> }).__cdcLive ??= new Map());

function reloadOnChange(dir: string, kind: Kind, context: LoadContext, load: (context: LoadContext) => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const key = path.resolve(dir);
  const state: Live = live.get(key) ?? { loads: new Map() };
  live.set(key, state);
  state.loads.set(kind, () => load(context));
  // A restarted dev server comes with a new watcher.
  if (state.watcher === watcher) return;
  state.watcher = watcher;
  watcher.add(key);
  const onEvent = (changed: string) => {
    if (!path.resolve(changed).startsWith(key + path.sep)) return;
    clearTimeout(state.timer);
    state.timer = setTimeout(async () => {
      forgetCatalog(dir);
      try {
        for (const reload of state.loads.values()) await reload();
        logger.info(`Reloaded content after a change to ${path.relative(process.cwd(), changed)}`);
      } catch (error) {
        // Keep serving what was loaded before; the problems are printed in full.
        logger.error(error instanceof Error ? error.message : String(error));
      }
    }, 50);
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
}

/** A loader for one collection of the catalog in `dir`. Any content error fails the load with every problem listed. */
export function catalogLoader(dir: string, kind: Kind): Loader {
  const load = async ({ store, renderMarkdown, generateDigest }: LoadContext): Promise<void> => {
    const content = loadValidCatalog(dir);
    store.clear();
    if (kind === 'catalog' && content.catalog) {
      store.set({ id: 'catalog', data: content.catalog });
    }
    if (kind === 'organizations' || kind === 'themes') {
      for (const e of content[kind]) store.set({ id: e.id, data: { ...e.data }, filePath: e.file, digest: generateDigest(e.data as Record<string, unknown>) });
    }
    if (kind === 'datasets') {
      for (const e of content.datasets) {
        const data = { ...e.data } as Record<string, unknown>;
        // Markdown fields of the front matter, rendered by the same (safe) pipeline as the body.
        const html: Record<string, string> = {};
        for (const field of MARKDOWN_FIELDS) {
          const text = e.data[field];
          if (typeof text === 'string' && text) html[field] = (await renderMarkdown(text)).html;
        }
        data[RENDERED_KEY] = html;
        store.set({ id: e.id, data, body: e.body, filePath: e.file, digest: generateDigest({ data, body: e.body }), rendered: await renderMarkdown(e.body) });
      }
    }
  };
  return {
    name: `cdc-${kind}`,
    load: async (context) => {
      await load(context);
      reloadOnChange(dir, kind, context, load);
    },
  };
}
