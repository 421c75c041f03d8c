// The Pagefind index of the built sample catalog: one record per dataset and story, with filters.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { repoRoot, sampleDist, TEST_TODAY } from '../helpers/astro-build.ts';
import { htmlPages } from '../helpers/dist.ts';
import { freshnessFacet } from '../../src/lib/quality/describe.ts';
import { freshnessOf } from '../../src/lib/quality/freshness.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import { facetValues } from '../../src/lib/search-facets.ts';

const content = readCatalog(path.join(repoRoot, 'content'));

describe('the search index', () => {
  it('has, in each language of the catalog, its own index with exactly one record per dataset and per story', () => {
    const [first, ...others] = content.catalog!.languages;
    for (const [lang, prefix] of [[first!, ''] as const, ...others.map((l) => [l, `${l}/`] as const)]) {
      const file = path.join(sampleDist, prefix, 'pagefind/pagefind-entry.json');
      const entry = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(Object.keys(entry.languages), lang).toEqual([lang]);
      expect(entry.languages[lang].page_count, lang).toBe(content.datasets.length + content.stories.length);
    }
  });

  it('is built from dataset and story pages only: no other page is marked searchable', () => {
    // src/integrations/pagefind-language.ts indexes the datasets/ and stories/ folders of each language.
    const marked = htmlPages(sampleDist).filter((p) =>
      fs.readFileSync(path.join(sampleDist, p), 'utf8').includes('data-pagefind-body'),
    );
    expect(marked.length).toBe(content.catalog!.languages.length * (content.datasets.length + content.stories.length));
    for (const p of marked) expect(p).toMatch(/^([a-z]{2}\/)?(datasets|stories)\/[^/]+\/index\.html$/);
  });

  it('marks every dataset page as searchable, with every facet, and keeps the site chrome out', () => {
    for (const d of content.datasets) {
      const html = fs.readFileSync(path.join(sampleDist, `datasets/${d.id}/index.html`), 'utf8');
      expect(html.match(/data-pagefind-body/g)?.length, d.id).toBe(1);
      const org = content.organizations.find((o) => o.id === d.data.organization)!.data.name;
      const themes = d.data.themes.map((t) => content.themes.find((x) => x.id === t)!.data.name);
      for (const [facet, values] of Object.entries(
        facetValues(d.data, {
          organization: org,
          themes,
          freshness: freshnessFacet(freshnessOf(d.data.modified, d.data.accrualPeriodicity, TEST_TODAY)),
        }),
      )) {
        for (const v of values)
          expect(html, `${d.id} ${facet}`).toContain(`<span data-pagefind-filter="${facet}">${escapeHtml(v)}</span>`);
      }
      const body = html.slice(html.indexOf('data-pagefind-body'));
      expect(body).not.toContain('class="site-header"');
      expect(html.indexOf('class="site-header"')).toBeLessThan(html.indexOf('data-pagefind-body'));
      expect(body.slice(0, body.indexOf('</main>'))).not.toContain('class="site-footer"');
    }
  });
});
