// The pages of a language's search index, and the one order Pagefind is given them in. Pagefind's index depends on
// that order (the same pages added in another order give other files), so every way of building the site (pages fed
// to the indexers as they render, a sharded site's merge reading them from disk) gives them in this order, and the
// pages that search indexes render in it too (their getStaticPaths sort by `inSearchOrder`).
import fs from 'node:fs';
import path from 'node:path';

/** The folders of the pages that carry data-pagefind-body (a test checks no other page has it). */
const SEARCHED_FOLDERS = ['datasets', 'stories'] as const;

/** The routes of those pages (Astro's `route` of a dataset's and a story's page); their folders hold lists too. */
const SEARCHED_ROUTES = /\/(datasets|stories)\/\[slug\]$/;

/** Whether pages of the route `route` (as Astro writes it: `/[...lang]/datasets/[slug]`) go into search. */
export function isSearchedRoute(route: string): boolean {
  return SEARCHED_ROUTES.test(route);
}

/** Whether a page's HTML is one for search: Pagefind indexes only pages with data-pagefind-body. */
export function isSearchedHtml(html: string): boolean {
  return html.includes('data-pagefind-body');
}

/** A page of a search index: its language, and its file relative to that language's root. */
export interface SearchedPage {
  lang: string;
  file: string;
}

/**
 * The page at `pathname` (a path of the site, without its base) if search indexes it: a dataset's or a story's own
 * page, in the default language at the site's root, or under another language's folder (`languages`: the
 * catalog's, the default first).
 */
export function searchedPage(pathname: string, languages: readonly string[]): SearchedPage | undefined {
  const parts = pathname.split('/').filter(Boolean);
  const lang = parts.length > 0 && languages.indexOf(parts[0]!) > 0 ? parts.shift()! : languages[0];
  const [folder, name] = parts;
  if (!lang || parts.length !== 2 || !(SEARCHED_FOLDERS as readonly string[]).includes(folder!)) return undefined;
  return { lang, file: `${folder}/${name}/index.html` };
}

/** Compares names by their UTF-16 code units, as the same on every machine (no locale). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Items sorted by their names (their slugs), in the order their pages go into the search index. */
export function inSearchOrder<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareNames(nameOf(a), nameOf(b)));
}

/** Compares search index files (`folder/name/index.html`) in the order Pagefind is given them: by folder, then name. */
export function compareSearchOrder(a: string, b: string): number {
  const [fa, na] = a.split('/');
  const [fb, nb] = b.split('/');
  return compareNames(fa!, fb!) || compareNames(na!, nb!);
}

/** Search index files in search order. */
export function searchOrder(files: readonly string[]): string[] {
  return [...files].sort(compareSearchOrder);
}

/**
 * The pages written under a language's root folder that may go into search (`folder/name/index.html` of its
 * searched folders), in search order: those folders' lists among them, which have no data-pagefind-body.
 */
export function searchedFiles(root: string): string[] {
  const files: string[] = [];
  for (const folder of SEARCHED_FOLDERS) {
    const dir = path.join(root, folder);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'index.html')))
        files.push(`${folder}/${entry.name}/index.html`);
    }
  }
  return searchOrder(files);
}
