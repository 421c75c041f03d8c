// Every page exists in every language of the catalog: the default language at the site's own URLs, each other
// under its code. Pages' getStaticPaths go through forEachLanguage, which sets the `[...lang]` route parameter.
import { defaultLanguage } from '../lib/content/languages.ts';
import type { Lang } from '../i18n/languages.ts';
import { loadSite } from './catalog.ts';
import { shardPaths } from '../lib/build/shard.ts';

interface Path {
  params: Record<string, string | number | undefined>;
}

/** `lang` is undefined for the default language (no prefix), the language's code for the others. */
export type LangParam = string | undefined;

/**
 * The paths of a page in every language: `pathsFor(lang, langParam)` gives those of one language (paginate()
 * needs `langParam` among its `params`).
 */
export async function forEachLanguage<P extends Path>(
  pathsFor: (lang: Lang, langParam: LangParam) => P[] | Promise<P[]>,
): Promise<P[]> {
  const { catalog } = await loadSite();
  const first = defaultLanguage(catalog);
  const out: P[] = [];
  for (const lang of catalog.languages) {
    const langParam = lang === first ? undefined : lang;
    for (const p of await pathsFor(lang, langParam)) out.push({ ...p, params: { ...p.params, lang: langParam } });
  }
  // A sharded build (--shard i/n) renders its part of the pages only.
  return shardPaths(out);
}

/** The paths of a page that has one URL per language. */
export const inEveryLanguage = () => forEachLanguage(() => [{ params: {} }]);
