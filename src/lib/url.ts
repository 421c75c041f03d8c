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
