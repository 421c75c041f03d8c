// Reading a built site: its HTML pages and the URLs they load or link to.
import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/** The public HTML pages of a built site (the staff CMS under admin/ is not one of them). */
export function htmlPages(dir: string): string[] {
  return listFiles(dir).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
}

export interface Reference {
  tag: string;
  attr: string;
  value: string;
}

/** Every URL-valued attribute in an HTML page (href, src, srcset, action, content of og:image …). */
export function references(html: string): Reference[] {
  const out: Reference[] = [];
  const tagRe = /<([a-zA-Z][\w-]*)\b([^>]*)>/g;
  for (const m of html.matchAll(tagRe)) {
    const tag = (m[1] ?? '').toLowerCase();
    const attrs = m[2] ?? '';
    for (const a of attrs.matchAll(/\s(href|src|srcset|action|poster|data)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
      out.push({ tag, attr: (a[1] ?? '').toLowerCase(), value: decode(a[3] ?? a[4] ?? a[5] ?? '') });
    }
  }
  return out;
}

/** URLs in CSS `url(...)` and `@import` inside a page. */
export function cssUrls(html: string): string[] {
  return [...html.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
}

function decode(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
