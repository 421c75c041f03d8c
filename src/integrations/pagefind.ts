// Builds the Pagefind search index while Astro renders: only dataset and story pages are indexed (they
// carry data-pagefind-body; site chrome is outside that element). The build-time middleware in
// search-feed.ts passes each such page to the index as it is rendered; the index is written at the end.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type NewFileResponse } from 'pagefind';

type Feed = (url: string, html: string) => void;

// Shared through globalThis: the middleware runs in the build's page-rendering module graph.
const shared = globalThis as { __cdcSearchFeed?: Feed };

/** Where the middleware sends rendered pages during a build; undefined otherwise (dev, tests). */
export function searchFeed(): Feed | undefined {
  return shared.__cdcSearchFeed;
}

export function pagefind(): AstroIntegration {
  let started = 0;
  let pending: Array<Promise<NewFileResponse>> = [];
  let indexReady: ReturnType<typeof createIndex> | undefined;
  return {
    name: 'cdc-pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./search-feed.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': () => {
        started = performance.now();
        pending = [];
        indexReady = createIndex({ forceLanguage: 'en' });
        shared.__cdcSearchFeed = (url, content) => {
          pending.push(
            indexReady!.then(({ index, errors }) => {
              if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
              return index.addHTMLFile({ url, content });
            }),
          );
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete shared.__cdcSearchFeed;
        const { index, errors } = await indexReady!;
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await Promise.all(pending);
        const failed = added.flatMap((a) => a.errors);
        if (failed.length) throw new Error(`Pagefind could not index the site: ${failed.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(fileURLToPath(dir), 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        logger.info(`search index: ${added.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s, alongside the page build`);
      },
    },
  };
}
