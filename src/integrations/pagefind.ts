// Builds the Pagefind search index after Astro has written the site: only dataset and story pages are
// indexed (they carry data-pagefind-body); site chrome is outside that element and never indexed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { failIfLost } from './exit-guard.ts';

/** Pagefind's default UI, modular UI, component UI and highlighter. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export function pagefind(): AstroIntegration {
  return {
    name: 'cdc-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await failIfLost(
          async () => {
            const started = performance.now();
            // One index per language, from each page's <html lang>: the Spanish search page searches Spanish pages,
            // with Spanish stemming.
            const { index, errors } = await createIndex({});
            if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
            const added = await index.addDirectory({ path: out });
            if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
            const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
            if (written.errors.length)
              throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
            // The search page drives Pagefind's own API (src/client/search.ts): its ready-made interfaces are files no
            // page links to.
            for (const file of fs.readdirSync(path.join(out, 'pagefind')))
              if (UNUSED.test(file)) fs.rmSync(path.join(out, 'pagefind', file));
            await close();
            logger.info(
              `search index: ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
            );
          },
          () =>
            logger.error(
              'Pagefind stopped before it wrote the search index (the system may have run out of memory; see docs/scaling.md): dist/ has no search and the build failed.',
            ),
        );
      },
    },
  };
}
