// One language's Pagefind bundle, built in a process of its own so that the languages of a site are indexed at
// once, each on its own core, and while the build renders its pages (src/integrations/pagefind.ts starts them).
//
//   node src/integrations/pagefind-language.ts <language>               (started by the build, with an IPC channel)
//   node src/integrations/pagefind-language.ts <language's folder> <language>      (indexes what is on disk)
//
// With an IPC channel it takes the messages of `IndexerMessage`: the pages to expect, each page's HTML as it renders,
// and the order to finish; it indexes each page as soon as every page before it in search order has come
// (src/lib/build/search-pages.ts), reads from disk at the end those that never came (pages the incremental build
// copied), writes <folder>/pagefind and answers with how many pages the bundle holds.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { compareSearchOrder, isSearchedHtml, searchedFiles } from '../lib/build/search-pages.ts';
import { failIfLost } from './exit-guard.ts';

/** What the build says to a language's indexer. */
export type IndexerMessage =
  /** The pages the build will render, in search order. */
  | { kind: 'expect'; files: string[] }
  /** A page's HTML, as it rendered (`file` relative to the language's root). */
  | { kind: 'page'; file: string; html: string }
  /** Every page is on disk under `root`: index the rest and write the bundle. */
  | { kind: 'finish'; root: string };

/** What the indexer answers once its bundle is written. */
export interface IndexerAnswer {
  pages: number;
}

/** Pagefind's default UI, modular UI, component UI and highlighter. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * How many rendered pages an indexer keeps while it waits for an earlier one: pages render a few at a time, so a
 * handful arrive out of order; a page the build copied instead never arrives, and the pages after it are read from
 * disk at the end rather than held.
 */
const MAX_HELD = 256;

/** How many pages are read from disk ahead of the one Pagefind indexes. */
const AHEAD = 16;

/** A language's index, given its pages in search order whichever order they come in. */
export class LanguageIndex {
  readonly #index: PagefindIndex;
  #expected: string[] = [];
  /** How many of the expected pages were indexed (or found not to be for search) as they came. */
  #next = 0;
  /** The last page added (pages are added in search order). */
  #last: string | undefined;
  /** Rendered pages waiting for their turn: their HTML, or undefined when it was not kept (read from disk). */
  readonly #held = new Map<string, string | undefined>();
  #kept = 0;

  private constructor(index: PagefindIndex) {
    this.#index = index;
  }

  static async create(lang: string): Promise<LanguageIndex> {
    // The labels of facts lists ("Format", "Last updated"…) are words every page repeats: no result is found by them,
    // and its excerpt is no place for them. What else every page repeats is marked data-pagefind-ignore where written.
    const { index, errors } = await createIndex({ forceLanguage: lang, excludeSelectors: ['dt'] });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return new LanguageIndex(index);
  }

  /** Adds a page if it is one for search (a list in the same folder is not); in order either way. */
  async #add(file: string, html: string): Promise<void> {
    if (!isSearchedHtml(html)) return;
    if (this.#last !== undefined && compareSearchOrder(this.#last, file) >= 0)
      throw new Error(`the search index was given ${file} after ${this.#last}, out of order`);
    this.#last = file;
    const added = await this.#index.addHTMLFile({ sourcePath: file, content: html });
    if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
  }

  expect(files: string[]): void {
    this.#expected = files;
  }

  /** A page as it rendered: indexed with every held page it unblocks. */
  async page(file: string, html: string): Promise<void> {
    const keep = this.#kept < MAX_HELD;
    this.#held.set(file, keep ? html : undefined);
    if (keep) this.#kept++;
    for (;;) {
      const next = this.#expected[this.#next];
      const held = next === undefined ? undefined : this.#held.get(next);
      if (next === undefined || held === undefined) return;
      this.#held.delete(next);
      this.#kept--;
      this.#next++;
      await this.#add(next, held);
    }
  }

  /** Indexes the pages under `root` not added yet, in search order, and writes the bundle; returns its pages. */
  async finish(root: string): Promise<number> {
    const given = new Set(this.#expected.slice(0, this.#next));
    const rest = searchedFiles(root).filter((file) => !given.has(file));
    // Pagefind takes the pages in the order they are sent: the next ones are read, and sent, while it indexes one.
    const read = (file: string) => this.#held.get(file) ?? fs.promises.readFile(path.join(root, file), 'utf8');
    const reads = rest.slice(0, AHEAD).map((file) => Promise.resolve(read(file)));
    const adding: Promise<void>[] = [];
    for (let i = 0; i < rest.length; i++) {
      if (i + AHEAD < rest.length) reads.push(Promise.resolve(read(rest[i + AHEAD]!)));
      const added = this.#add(rest[i]!, await reads.shift()!);
      added.catch(() => undefined);
      adding.push(added);
      if (adding.length > AHEAD) await adding.shift();
    }
    await Promise.all(adding);
    const bundle = path.join(root, 'pagefind');
    const written = await this.#index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await this.#index.deleteIndex();
    await close();
    // The search page drives Pagefind's own API (src/client/search.ts): its ready-made interfaces are files no page
    // links to.
    for (const file of fs.readdirSync(bundle)) if (UNUSED.test(file)) fs.rmSync(path.join(bundle, file));
    // The pages Pagefind kept (those with data-pagefind-body), not the files it read.
    const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  }
}

/** Indexes the pages under `root` (all in `lang`) into `root`/pagefind; returns how many pages it holds. */
export async function indexLanguage(root: string, lang: string): Promise<number> {
  return (await LanguageIndex.create(lang)).finish(root);
}

/** Takes the build's messages in turn until it says finish; answers with the bundle's pages. */
function serve(lang: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let work = LanguageIndex.create(lang);
    let finished = false;
    process.on('message', (message: IndexerMessage) => {
      // The last message: from now on only Pagefind's work keeps this process running, so that Pagefind's indexer
      // killed (its promises never settle) empties the event loop and is reported (failIfLost), not waited for.
      if (message.kind === 'finish') process.channel?.unref();
      work = work.then(async (index) => {
        if (message.kind === 'expect') index.expect(message.files);
        else if (message.kind === 'page') await index.page(message.file, message.html);
        else {
          finished = true;
          const answer: IndexerAnswer = { pages: await index.finish(message.root) };
          process.send!(answer, () => {
            process.disconnect();
            resolve();
          });
        }
        return index;
      });
      work.catch(reject);
    });
    // The build stopped (it failed, or was interrupted) before it asked for the bundle: nothing to write.
    process.on('disconnect', () => {
      if (!finished) process.exit(1);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const streamed = process.send !== undefined && args.length === 1;
  if (!(streamed || args.length === 2)) {
    console.error('usage: pagefind-language.ts <folder> <language>');
    process.exit(2);
  }
  const lang = args.at(-1)!;
  // Pagefind's indexer killed (out of memory) leaves a promise that never settles: exit 1, not 0.
  await failIfLost(
    async () => {
      if (streamed) await serve(lang);
      else console.log(await indexLanguage(args[0]!, lang));
    },
    () => console.error(`Pagefind stopped before it wrote the ${lang} search index`),
  ).catch((error: unknown) => {
    console.error(`Pagefind could not build the ${lang} search index: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
