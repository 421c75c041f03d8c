// Checks the built sample catalog (tests/.tmp/sample-dist, built once by the global set-up).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import { repoRoot, sampleDist } from '../helpers/astro-build.ts';
import { cssUrls, htmlPages, references } from '../helpers/dist.ts';

const content = readCatalog(path.join(repoRoot, 'content'));
const pages = htmlPages(sampleDist);
const read = (page: string) => fs.readFileSync(path.join(sampleDist, page), 'utf8');

describe('the built sample catalog', () => {
  it('has one page per dataset folder', () => {
    const folders = fs
      .readdirSync(path.join(repoRoot, 'content/datasets'))
      .filter((d) => fs.existsSync(path.join(repoRoot, 'content/datasets', d, 'index.md')));
    const built = pages.filter((p) => /^datasets\/[^/]+\/index\.html$/.test(p) && !/^datasets\/\d+\//.test(p));
    expect(built.length).toBe(folders.length);
    expect(built.map((p) => p.split('/')[1]).sort()).toEqual(folders.sort());
  });

  it("shows each dataset's title and links to each local file, which is served byte for byte", () => {
    for (const d of content.datasets) {
      const html = read(`datasets/${d.id}/index.html`);
      expect(html).toContain(`>${escapeHtml(d.data.title)}</h1>`);
      d.data.resources.forEach((r, i) => {
        if (!r.path) return;
        const href = `/datasets/${d.id}/${r.path}`;
        expect(
          references(html).some((ref) => ref.tag === 'a' && ref.value === href),
          `${d.id} links ${href}`,
        ).toBe(true);
        const served = fs.readFileSync(path.join(sampleDist, href));
        expect(served.equals(fs.readFileSync(d.files[i]!.absolutePath)), `${href} is the original file`).toBe(true);
      });
    }
  });

  it('lists every dataset on the paginated /datasets/ pages, newest first', () => {
    const listPages = pages
      .filter((p) => /^datasets\/(\d+\/)?index\.html$/.test(p))
      .sort((a, b) => a.length - b.length || a.localeCompare(b));
    const linked = listPages.flatMap((p) =>
      [...read(p).matchAll(/<h2><a href="\/datasets\/([^/"]+)\/">/g)].map((m) => m[1]),
    );
    const expected = [...content.datasets]
      .sort((a, b) =>
        a.data.modified === b.data.modified
          ? a.data.title.localeCompare(b.data.title)
          : a.data.modified < b.data.modified
            ? 1
            : -1,
      )
      .map((d) => d.id);
    expect(linked).toEqual(expected);
  });

  it('has a page for every organization and theme, listing their datasets', () => {
    for (const org of content.organizations) {
      const html = read(`organizations/${org.id}/index.html`);
      for (const d of content.datasets.filter((x) => x.data.organization === org.id))
        expect(html).toContain(`href="/datasets/${d.id}/"`);
    }
    for (const theme of content.themes) {
      const html = read(`themes/${theme.id}/index.html`);
      for (const d of content.datasets.filter((x) => x.data.themes.includes(theme.id)))
        expect(html).toContain(`href="/datasets/${d.id}/"`);
    }
  });

  it('makes no page load anything from another origin', () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      const html = read(page);
      // Anchors are navigation the reader chooses (external ones are marked rel="external"); everything else loads.
      const loads = references(html).filter((r) => !(r.tag === 'a' && r.attr === 'href'));
      for (const ref of loads) {
        if (ref.tag === 'link' && /^https?:/.test(ref.value)) {
          // Only canonical links may be absolute (to the catalog's own base URL); they load nothing.
          expect(ref.value.startsWith(content.catalog!.baseUrl), `${page}: <link href="${ref.value}">`).toBe(true);
          continue;
        }
        expect(ref.value, `${page}: <${ref.tag} ${ref.attr}>`).not.toMatch(/^(https?:)?\/\//);
      }
      for (const url of cssUrls(html)) expect(url, `${page}: CSS url()`).not.toMatch(/^(https?:)?\/\//);
      expect(html, `${page} has a Content-Security-Policy`).toContain(
        `http-equiv="content-security-policy" content="default-src 'self';`,
      );
    }
  });

  it('links only to pages and files that exist', () => {
    for (const page of pages) {
      for (const ref of references(read(page))) {
        if (!ref.value.startsWith('/') || ref.value.startsWith('//')) continue;
        const target = decodeURIComponent(ref.value.split(/[?#]/)[0] as string);
        const file = path.join(sampleDist, target.endsWith('/') ? `${target}index.html` : target);
        expect(fs.existsSync(file), `${page} → ${ref.value}`).toBe(true);
      }
    }
  });

  it('ships the staff CMS at /admin/ with its script from the npm package, and no public page loads or links it', () => {
    expect(fs.existsSync(path.join(sampleDist, 'admin/index.html'))).toBe(true);
    expect(fs.statSync(path.join(sampleDist, 'admin/sveltia-cms.js')).size).toBeGreaterThan(100_000);
    expect(fs.readFileSync(path.join(sampleDist, 'admin/config.yml'), 'utf8')).toContain(
      'publish_mode: editorial_workflow',
    );
    for (const page of pages)
      expect(
        references(read(page)).some((r) => r.value.includes('/admin')),
        page,
      ).toBe(false);
  });

  it('has a 404 page that offers a way on', () => {
    const html = read('404.html');
    expect(html).toContain('action="/search/"');
    expect(html).toContain('href="/datasets/"');
  });

  it('describes each histogram of a profile in words: its equal ranges, from the lowest to the highest value, and the count in each', () => {
    const html = read('datasets/portland-neighborhood-demographics/index.html');
    const labels = [...html.matchAll(/<svg class="histogram"[^>]*aria-label="([^"]*)"/g)].map((m) => m[1]!);
    expect(labels.length).toBeGreaterThan(50);
    const population = labels.find((l) => l.startsWith('Distribution of Population '))!;
    const m = /^Distribution of Population in (\d+) equal ranges from (\S+) to (\S+): ([\d, ]+)$/.exec(population)!;
    expect(m).not.toBeNull();
    const counts = m[4]!.split(', ').map(Number);
    expect(counts.length).toBe(Number(m[1]));
    // Every neighbourhood with a population is in one range (the file has one row per neighbourhood).
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(90);
    expect(m[2]).toBe('0');
    expect(m[3]).toMatch(/^\d+(\.\d+)?K$/);
  });
});
