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

/** Indexes the pages under `root` (all in `lang`) into `root`/pagefind; returns how many pages it holds. */
async function indexFolder(root: string, lang: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: lang });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: root });
  if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
  const bundle = path.join(root, 'pagefind');
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  // The search page drives Pagefind's own API (src/client/search.ts): its ready-made interfaces are files no page
  // links to.
  for (const file of fs.readdirSync(bundle)) if (UNUSED.test(file)) fs.rmSync(path.join(bundle, file));
  // The pages Pagefind kept (those with data-pagefind-body), not the files it read.
  const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return entry.languages[lang]?.page_count ?? 0;
}

/** Runs `work` with the folders `dirs` moved out of the site (the other languages' pages), then puts them back. */
async function asideWhile<T>(dirs: string[], work: () => Promise<T>): Promise<T> {
  // Beside the site's folder, not in it: Pagefind would index a hidden folder too.
  const moved = dirs
    .filter((d) => fs.existsSync(d))
    .map((d) => [
      d,
      path.join(path.dirname(path.dirname(d)), `.${path.basename(path.dirname(d))}-${path.basename(d)}-aside`),
    ]);
  for (const [from, to] of moved) fs.renameSync(from!, to!);
  try {
    return await work();
  } finally {
    for (const [from, to] of moved) fs.renameSync(to!, from!);
  }
}

/** `languages`: the catalog's, the default first (content/catalog.yaml). */
export function pagefind(languages: readonly string[]): AstroIntegration {
  return {
    name: 'cdc-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await failIfLost(
          async () => {
            const started = performance.now();
            // One Pagefind bundle per language, indexed one after the other so that only one language's pages are
            // in Pagefind's memory at a time (two languages at once took 20 GB at 50,000 datasets): the default
            // language's at /pagefind/, each other's under its folder (/es/pagefind/), built from that folder so
            // its results are that language's pages, with its stemming.
            let pages = 0;
            for (const [i, lang] of languages.entries()) {
              const root = i === 0 ? out : path.join(out, lang);
              const others = i === 0 ? languages.slice(1).map((l) => path.join(out, l)) : [];
              pages += await asideWhile(others, () => indexFolder(root, lang));
            }
            await close();
            logger.info(
              `search index: ${pages} pages in ${languages.length} languages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
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
