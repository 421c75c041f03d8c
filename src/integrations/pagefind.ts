// Builds the Pagefind search index after Astro has written the site: only dataset and story pages are indexed
// (they carry data-pagefind-body); site chrome is outside that element and never indexed. One bundle per
// language (/pagefind/, /es/pagefind/), each built in a process of its own (src/integrations/pagefind-language.ts),
// several at once when the machine has the cores and the memory for them.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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

/** The dataset and story pages under a language's root (the pages it indexes). */
function searchedPages(root: string): number {
  return ['datasets', 'stories']
    .map((folder) => path.join(root, folder))
    .filter((dir) => fs.existsSync(dir))
    .reduce((n, dir) => n + fs.readdirSync(dir).length, 0);
}

/** Indexes the languages' folders, `width` child processes at a time; stops them all at the first failure. */
async function indexLanguages(folders: { root: string; lang: string }[], width: number): Promise<number[]> {
  const running = new Set<ChildProcess>();
  const one = ({ root, lang }: { root: string; lang: string }) =>
    new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, [LANGUAGE_INDEXER, root, lang], { stdio: ['ignore', 'pipe', 'inherit'] });
      running.add(child);
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      child.on('error', reject);
      child.on('close', (code, signal) => {
        running.delete(child);
        if (code === 0) resolve(Number(out.trim()));
        else
          reject(
            new Error(
              `Pagefind stopped before it wrote the ${lang} search index (${signal ? `killed: ${signal}` : `exit ${code}`}); the system may have run out of memory (docs/scaling.md)`,
            ),
          );
      });
    });
  const counts: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < folders.length) {
      const i = next++;
      counts[i] = await one(folders[i]!);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(width, folders.length) }, worker));
  } catch (error) {
    for (const child of running) child.kill();
    throw error;
  }
  return counts;
}

/** `languages`: the catalog's, the default first (content/catalog.yaml). */
export function pagefind(languages: readonly string[]): AstroIntegration {
  return {
    name: 'cdc-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        // The default language's pages at the site's root (its bundle at /pagefind/), each other's under its folder
        // (/es/pagefind/), indexed from that folder so its results are that language's pages, with its stemming.
        const folders = languages.map((lang, i) => ({ root: i === 0 ? out : path.join(out, lang), lang }));
        const width = indexersAtOnce(languages.length, searchedPages(out), os.availableParallelism(), os.freemem());
        try {
          const counts = await indexLanguages(folders, width);
          logger.info(
            `search index: ${counts.reduce((a, b) => a + b, 0)} pages in ${languages.length} languages (${width} at once) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
          );
        } catch (error) {
          logger.error(`${(error as Error).message}: dist/ has no search, and the build failed.`);
          process.exitCode = 1;
        }
      },
    },
  };
}
