// One language's Pagefind bundle, built in a process of its own so that the languages of a site are indexed at
// once, each on its own core (src/integrations/pagefind.ts starts them):
//   node src/integrations/pagefind-language.ts <language's root folder> <language>
// indexes the dataset and story pages under the folder into <folder>/pagefind and prints how many pages it holds.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { failIfLost } from './exit-guard.ts';

/** Pagefind's default UI, modular UI, component UI and highlighter. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * The pages that carry data-pagefind-body, relative to a language's root: dataset and story pages only (a test
 * checks no other page has it). Naming their folders keeps the other languages' folders, under the default
 * language's root, out of its bundle.
 */
const SEARCHED_PAGES = '{datasets,stories}/**/*.html';

/** Indexes the pages under `root` (all in `lang`) into `root`/pagefind; returns how many pages it holds. */
export async function indexLanguage(root: string, lang: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: lang });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: root, glob: SEARCHED_PAGES });
  if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
  const bundle = path.join(root, 'pagefind');
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await close();
  // The search page drives Pagefind's own API (src/client/search.ts): its ready-made interfaces are files no page
  // links to.
  for (const file of fs.readdirSync(bundle)) if (UNUSED.test(file)) fs.rmSync(path.join(bundle, file));
  // The pages Pagefind kept (those with data-pagefind-body), not the files it read.
  const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return entry.languages[lang]?.page_count ?? 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root, lang] = process.argv.slice(2);
  if (!root || !lang) {
    console.error('usage: pagefind-language.ts <folder> <language>');
    process.exit(2);
  }
  // Pagefind's indexer killed (out of memory) leaves a promise that never settles: exit 1, not 0.
  const pages = await failIfLost(
    () => indexLanguage(root, lang),
    () => console.error(`Pagefind stopped before it wrote the ${lang} search index`),
  );
  console.log(pages);
}
