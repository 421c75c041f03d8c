// The Pagefind index of the built sample catalog: one record per dataset and story, with filters.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { repoRoot, sampleDist, TEST_TODAY } from '../helpers/astro-build.ts';
import { htmlPages } from '../helpers/dist.ts';
import { freshnessFacet } from '../../src/lib/quality/describe.ts';
import { freshnessOf } from '../../src/lib/quality/freshness.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import { facetValues } from '../../src/lib/search-facets.ts';

const content = readCatalog(path.join(repoRoot, 'content'));

/** The text Pagefind holds for each page of a language's bundle (what a search matches and its excerpts show). */
function searchedTexts(bundle: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of fs.readdirSync(path.join(bundle, 'fragment'))) {
    const raw = zlib.gunzipSync(fs.readFileSync(path.join(bundle, 'fragment', file))).toString('utf8');
    const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    texts.set(fragment.url, fragment.content);
  }
  return texts;
}

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

  it('searches what a dataset says, its columns, formats, publisher, place and themes, not the labels around them', () => {
    const texts = searchedTexts(path.join(sampleDist, 'pagefind'));
    const d = content.datasets.find((x) => x.id === 'sf-street-trees-sample')!;
    const text = texts.get(`/datasets/${d.id}/`)!;
    const org = content.organizations.find((o) => o.id === d.data.organization)!.data.name;
    const themes = d.data.themes.map((id) => content.themes.find((x) => x.id === id)!.data.name);
    for (const said of [d.data.title, org, d.data.spatial, ...themes, ...d.data.keywords]) expect(text).toContain(said);
    const r = d.data.resources[0]!;
    expect(text).toContain(r.title);
    expect(text).toContain(r.format);
    for (const f of d.schemas[0]!.fields) {
      expect(text).toContain(f.name);
      if (f.description) expect(text).toContain(f.description);
    }
    // Words every dataset page has, figures no one searches for, and states that change from one build to the next
    // (how long ago it was updated) are left out of the index and of the results' excerpts.
    const noise = ['text/csv', 'Download ', 'Columns of', 'utf-8', ' kB', d.data.contactPoint.email, ' ago', 'Report'];
    noise.push('Published by', 'Last updated', 'Encoding');
    for (const n of noise) expect(text, n).not.toContain(n);
    expect(text).not.toMatch(/\b(integer|string|datetime)\b/);
    // The same holds on every dataset page, in every language.
    for (const [url, t] of [...texts, ...searchedTexts(path.join(sampleDist, 'es/pagefind'))])
      expect(t, url).not.toMatch(/text\/csv|application\/(geo\+)?json|Download |Descargar |Report a problem|Informar/);
  });
});
