// The fixture catalog built under a sub-path (as on GitHub Pages): no link escapes it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_PATH as base, baseDist as out } from '../helpers/astro-build.ts';
import { htmlPages, references } from '../helpers/dist.ts';

describe('a build served under a base path', () => {
  it('prefixes every site-relative link, form and asset with the base path, and each resolves', () => {
    const pages = htmlPages(out);
    expect(pages.length).toBeGreaterThan(5);
    let checked = 0;
    for (const page of pages) {
      for (const ref of references(fs.readFileSync(path.join(out, page), 'utf8'))) {
        if (/^(https?:|mailto:|#)/.test(ref.value)) continue;
        checked++;
        expect(ref.value.startsWith(base), `${page}: <${ref.tag} ${ref.attr}="${ref.value}">`).toBe(true);
        const target = decodeURIComponent(ref.value.slice(base.length - 1).split(/[?#]/)[0] as string);
        const file = path.join(out, target.endsWith('/') ? `${target}index.html` : target);
        expect(fs.existsSync(file), `${page} → ${ref.value}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("puts the base path into the exports' absolute URLs too", () => {
    const dataJson = JSON.parse(fs.readFileSync(path.join(out, 'data.json'), 'utf8'));
    for (const d of dataJson.dataset) expect(new URL(d.identifier).pathname.startsWith(`${base}datasets/`)).toBe(true);
    expect(fs.readFileSync(path.join(out, 'robots.txt'), 'utf8')).toContain(`${base}sitemap-index.xml`);
  });
});
