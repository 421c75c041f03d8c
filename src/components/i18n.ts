// The page's language for components, taken from its URL (Astro.currentLocale), with t() and links bound to it:
// `const { t, u, lang } = pageLanguage(Astro);`
import { i18n as routing } from 'astro:config/client';
import { t as translate, type Vars } from '../lib/i18n.ts';
import type { MessageKey } from '../i18n/en.ts';
import { isLang, type Lang } from '../i18n/languages.ts';
import { localePath, unlocalizedPath, withBase } from '../lib/url.ts';
import { u as link } from './links.ts';
import {
  datasetTexts,
  localizeCatalog,
  localizeDataset,
  localizeOrganization,
  type LocalizedCatalog,
  type LocalizedDataset,
  type LocalizedNamed,
  type LocalText,
} from '../lib/content/localize.ts';
import type { DatasetModel } from '../lib/content/model.ts';

/** The site's default language: the first of catalog.yaml's `languages` (astro.config.mjs passes them to Astro). */
export const defaultLang: Lang = isLang(routing?.defaultLocale) ? routing.defaultLocale : 'en';

/** Every language of the site, the default first. */
export const languages: readonly string[] = routing?.locales.map((l) => (typeof l === 'string' ? l : l.path)) ?? [
  defaultLang,
];

export interface PageLanguage {
  lang: Lang;
  t: (key: MessageKey | (string & {}), vars?: Vars) => string;
  /** A link to a page in this page's language (page paths end in `/`), or to a file (one copy for all languages). */
  u: (path: string) => string;
  /** The same for the page in another language: `uIn('es', '/datasets/')` → `/es/datasets/`. */
  uIn: (lang: Lang, path: string) => string;
  /** The page's path in the default language, without `base`: `/es/datasets/x/` → `/datasets/x/`. */
  pagePath: string;
  /** A dataset's title in this page's language where staff translated it, else the original (its `lang` says which). */
  titleOf: (d: Pick<DatasetModel, 'data'>) => LocalText;
  summaryOf: (d: Pick<DatasetModel, 'data'>) => LocalText;
  /** An organization's or a theme's name and description. */
  named: (e: { data: { name: string; description?: string | undefined } }) => LocalizedNamed;
  /** The portal's own name, tagline and description. */
  siteText: (c: Parameters<typeof localizeCatalog>[0]) => LocalizedCatalog;
  /** Every text of a dataset, for its own page. */
  localized: (d: Pick<DatasetModel, 'id' | 'data' | 'schemas' | 'html'>) => LocalizedDataset;
}

export function pageLanguage(astro: { currentLocale: string | undefined; url: URL }): PageLanguage {
  const lang = isLang(astro.currentLocale) ? astro.currentLocale : defaultLang;
  const root = withBase(import.meta.env.BASE_URL, '/');
  const path = astro.url.pathname.startsWith(root) ? `/${astro.url.pathname.slice(root.length)}` : astro.url.pathname;
  return {
    lang,
    pagePath: unlocalizedPath(path, languages),
    t: (key, vars = {}) => translate(key, vars, lang),
    u: (path) => link(localePath(path, lang, defaultLang)),
    uIn: (other, path) => link(localePath(path, other, defaultLang)),
    titleOf: (d) => datasetTexts(d, lang, defaultLang).title,
    summaryOf: (d) => datasetTexts(d, lang, defaultLang).summary,
    named: (e) => localizeOrganization(e, lang, defaultLang),
    localized: (d) => localizeDataset(d, lang, defaultLang),
    siteText: (c) => localizeCatalog(c, lang, defaultLang),
  };
}
