// Site URLs that respect Astro's `base` (a site served under a sub-path, as on GitHub Pages).

/** `withBase('/portal/', '/datasets/')` → `/portal/datasets/`. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** The absolute URL of a site path, from the catalog's base URL: used for canonical links and exports. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** Whether a site path is a page (every page URL ends in `/`) rather than a file such as `/data.json`. */
export function isPagePath(path: string): boolean {
  return (path.split(/[?#]/, 1)[0] ?? '').endsWith('/');
}

/**
 * A site path in a language: pages of the default language are at their own paths, those of any other under its
 * code (`/es/datasets/`); files exist once for every language, so their paths never change.
 */
export function localePath(path: string, lang: string, defaultLang: string): string {
  return lang === defaultLang || !isPagePath(path) ? path : `/${lang}/${path.replace(/^\/+/, '')}`;
}

/** The path of the same page in the default language: `/es/datasets/` → `/datasets/` (paths without `base`). */
export function unlocalizedPath(path: string, languages: readonly string[]): string {
  const m = /^\/([^/]+)(\/.*)$/.exec(path);
  return m && languages.includes(m[1]!) ? m[2]! : path;
}

/**
 * A page's URL in every language (hreflang alternates in the sitemap), from its URL under `root` (the site's URL
 * with its base): every page exists in every language, so they follow from the URL alone. Undefined for a site in
 * one language, or a URL outside `root`.
 */
export function alternateUrls(
  url: string,
  root: string,
  languages: readonly string[],
): { url: string; lang: string }[] | undefined {
  const [first] = languages;
  if (!first || languages.length < 2 || !url.startsWith(root)) return undefined;
  const path = unlocalizedPath(`/${url.slice(root.length)}`, languages);
  return languages.map((lang) => ({ url: root + localePath(path, lang, first).slice(1), lang }));
}
