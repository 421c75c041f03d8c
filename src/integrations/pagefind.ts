// Builds the Pagefind search index of the site: only dataset and story pages are indexed (they carry
// data-pagefind-body); site chrome is outside that element and never indexed. One bundle per language (/pagefind/,
// /es/pagefind/), each built in a process of its own (src/integrations/pagefind-language.ts).
//
// In a build, the indexers start with the pages: each rendered page's HTML goes to its language's indexer as Astro
// renders it, so indexing runs on the other core while the build renders, and only the writing of the bundles is
// left once the pages are done. When there is not the memory for every language's indexer at once, and in the merge
// of a sharded build, they index the pages from disk after the build, as many at once as fit.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { isSearchedRoute, searchedFiles, searchedPage, searchOrder } from '../lib/build/search-pages.ts';
import type { IndexerAnswer, IndexerMessage } from './pagefind-language.ts';

const LANGUAGE_INDEXER = fileURLToPath(new URL('./pagefind-language.ts', import.meta.url));

/**
 * What Pagefind's indexer holds at its peak, per page (while it writes its files): measured 3.3 GB for the 10,000
 * pages of one language, and over 11 GB for 50,000 (docs/scaling.md).
 */
const PEAK_BYTES_PER_PAGE = 350_000;

/** How many languages to index at once: each on a core of its own, all their indexers' peaks in free memory. */
export function indexersAtOnce(languages: number, pagesPerLanguage: number, cores: number, freeBytes: number): number {
  const fit = Math.floor((freeBytes * 0.75) / Math.max(1, pagesPerLanguage * PEAK_BYTES_PER_PAGE));
  return Math.max(1, Math.min(languages, cores, fit));
}

/** A language's indexer process: told what to index, then to finish; `pages` settles with its bundle's pages. */
interface Indexer {
  tell(message: IndexerMessage): void;
  pages: Promise<number>;
  stop(): void;
}

function startIndexer(lang: string): Indexer {
  const child = spawn(process.execPath, [LANGUAGE_INDEXER, lang], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  let answer: IndexerAnswer | undefined;
  child.on('message', (message: IndexerAnswer) => (answer = message));
  const pages = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0 && answer) resolve(answer.pages);
      else
        reject(
          new Error(
            `Pagefind stopped before it wrote the ${lang} search index (${signal ? `killed: ${signal}` : `exit ${code}`}); the system may have run out of memory (docs/scaling.md)`,
          ),
        );
    });
  });
  // Awaited when the build finishes; a failure before that must not end the build on its own.
  pages.catch(() => undefined);
  // Until it is told to finish, the indexer does not keep the build running: a build that fails while its pages
  // render exits, and the indexer with it (it stops when its channel closes).
  child.unref();
  child.channel?.unref();
  return {
    tell: (message) => {
      if (message.kind === 'finish') {
        child.ref();
        child.channel?.ref();
      }
      if (child.connected) child.send(message);
    },
    pages,
    stop: () => child.kill(),
  };
}

/** Indexes the languages' folders from disk, `width` indexers at a time; stops them all at the first failure. */
async function indexFromDisk(folders: { root: string; lang: string }[], width: number): Promise<number[]> {
  const running = new Set<Indexer>();
  const counts: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < folders.length) {
      const i = next++;
      const indexer = startIndexer(folders[i]!.lang);
      running.add(indexer);
      indexer.tell({ kind: 'finish', root: folders[i]!.root });
      counts[i] = await indexer.pages;
      running.delete(indexer);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(width, folders.length) }, worker));
  } catch (error) {
    for (const indexer of running) indexer.stop();
    throw error;
  }
  return counts;
}

/**
 * Each language's folder in the site `out`, which its bundle indexes: the default language's pages at the site's
 * root (its bundle at /pagefind/), each other's under its code (/es/pagefind/), so that its results are that
 * language's pages, with its stemming.
 */
function languageRoots(out: string, languages: readonly string[]): { root: string; lang: string }[] {
  return languages.map((lang, i) => ({ root: i === 0 ? out : path.join(out, lang), lang }));
}

/** `pathname` of a request's URL without the site's base. */
function sitePath(url: string, base: string): string {
  const { pathname } = new URL(url);
  const prefix = base.replace(/\/$/, '');
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

/** `languages`: the catalog's, the default first (content/catalog.yaml). */
export function pagefind(languages: readonly string[]): AstroIntegration {
  let base = '/';
  /** The indexers fed as pages render, by language (none when they index from disk after the build). */
  let fed: Map<string, Indexer> | undefined;
  let finishing: Promise<number[]> | undefined;
  /** When the indexers were told to finish (fed), or started (from disk). */
  let started = 0;
  /** The page of route `route` at `pathname` if search indexes it (a dataset's or story's, not a list beside them). */
  const searched = (route: string, pathname: string) =>
    isSearchedRoute(route) ? searchedPage(pathname, languages) : undefined;

  /** Astro's prerenderer, with each searched page's HTML sent to its language's indexer as it renders. */
  const feeding = (prerenderer: AstroPrerenderer): AstroPrerenderer => ({
    ...prerenderer,
    getStaticPaths: async () => {
      const paths = await prerenderer.getStaticPaths();
      const files = new Map<string, string[]>(languages.map((lang) => [lang, []]));
      for (const { pathname, route } of paths) {
        const page = searched(route.route, pathname);
        if (page) files.get(page.lang)?.push(page.file);
      }
      const most = Math.max(...[...files.values()].map((f) => f.length));
      if (indexersAtOnce(languages.length, most, os.availableParallelism(), os.freemem()) >= languages.length) {
        fed = new Map(languages.map((lang) => [lang, startIndexer(lang)]));
        for (const [lang, indexer] of fed) indexer.tell({ kind: 'expect', files: searchOrder(files.get(lang)!) });
      }
      return paths;
    },
    render: async (request, options) => {
      const result = await prerenderer.render(request, options);
      const page = fed && searched(options.routeData.route, sitePath(request.url, base));
      const response = result instanceof Response ? result : result.response;
      if (!page || response.status !== 200) return result;
      const html = await response.text();
      fed!.get(page.lang)!.tell({ kind: 'page', file: page.file, html });
      const again = new Response(html, { status: response.status, headers: response.headers });
      return result instanceof Response ? again : { ...result, response: again };
    },
  });

  return {
    name: 'cdc-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => setPrerenderer(feeding),
      // Every page is written: the fed indexers index what they were not given (pages copied from the previous
      // build) and write their bundles, while the other integrations finish.
      'astro:build:generated': ({ dir }) => {
        if (!fed) return;
        const indexers = languageRoots(fileURLToPath(dir), languages).map(({ root, lang }) => {
          fed!.get(lang)!.tell({ kind: 'finish', root });
          return fed!.get(lang)!.pages;
        });
        started = performance.now();
        finishing = Promise.all(indexers);
        finishing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          let counts: number[];
          let how: string;
          if (finishing) {
            counts = await finishing;
            how = 'indexed as they rendered, then written';
          } else {
            started = performance.now();
            const folders = languageRoots(fileURLToPath(dir), languages);
            const most = Math.max(...folders.map((f) => searchedFiles(f.root).length));
            const width = indexersAtOnce(languages.length, most, os.availableParallelism(), os.freemem());
            counts = await indexFromDisk(folders, width);
            how = `${width} at once`;
          }
          logger.info(
            `search index: ${counts.reduce((a, b) => a + b, 0)} pages in ${languages.length} languages, ${how} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
          );
        } catch (error) {
          for (const indexer of fed?.values() ?? []) indexer.stop();
          logger.error(`${(error as Error).message}: dist/ has no search, and the build failed.`);
          process.exitCode = 1;
        } finally {
          fed = undefined;
          finishing = undefined;
        }
      },
    },
  };
}
