// Search as a resident uses it in Chromium: live results, filters with counts, shareable URLs, Back, no JavaScript.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';
import type { Page } from 'playwright-core';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { repoRoot, sampleDist } from '../helpers/astro-build.ts';
import { axe } from '../../scripts/lib/browser.ts';

const site = servedSite(sampleDist);

const content = readCatalog(path.join(repoRoot, 'content'));

/** A column name that appears in exactly one dataset's data dictionary, and nowhere in any other dataset or in a
 *  story (a story's <Query> prints the columns it asks about, and stories are searched too). */
function uniqueColumn(): { column: string; slug: string; title: string } {
  const owners = new Map<string, Set<string>>();
  for (const d of content.datasets)
    for (const s of d.schemas)
      for (const f of s?.fields ?? []) owners.set(f.name, (owners.get(f.name) ?? new Set()).add(d.id));
  const everything = new Map([
    ...content.datasets.map((d) => [d.id, JSON.stringify(d.data).toLowerCase() + d.body.toLowerCase()] as const),
    ...content.stories.map(
      (s) => [`story:${s.id}`, JSON.stringify(s.data).toLowerCase() + s.body.toLowerCase()] as const,
    ),
  ]);
  for (const [column, slugs] of owners) {
    if (slugs.size !== 1 || !/^[a-z]+_[a-z]+$/.test(column)) continue;
    const slug = [...slugs][0]!;
    const elsewhere = [...everything].some(([id, text]) => id !== slug && text.includes(column.toLowerCase()));
    if (!elsewhere) return { column, slug, title: content.datasets.find((d) => d.id === slug)!.data.title };
  }
  throw new Error('no column name unique to one dataset in the sample catalog');
}

const resultTitles = (page: Page) => page.locator('[data-results] .result-title a').allTextContents();
const status = (page: Page) => page.locator('[data-status]').textContent();

describe('the search page', () => {
  it('finds a dataset by a column name that only its data dictionary contains, as the reader types', async () => {
    const { column, title } = uniqueColumn();
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/`);
    await page.getByRole('searchbox', { name: 'Search the datasets' }).pressSequentially(column, { delay: 20 });
    await expect.poll(() => resultTitles(page)).toEqual([title]);
    await expect.poll(() => status(page)).toBe(`1 dataset found for “${column}”`);
    expect(new URL(page.url()).searchParams.get('q')).toBe(column);
    await page.close();
  });

  it('narrows results with a filter, updates the counts, and Back undoes the filter', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/?q=portland`);
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(3);
    const before = (await status(page))!;
    const csv = page.getByRole('group', { name: 'Format' }).getByRole('checkbox', { name: /^CSV/ });
    const csvLabel = await page
      .getByRole('group', { name: 'Format' })
      .locator('label', { hasText: /^CSV/ })
      .textContent();
    const csvCount = Number(/\((\d+)\)/.exec(csvLabel ?? '')?.[1]);
    await csv.check();
    await expect.poll(() => status(page)).not.toBe(before);
    expect(await status(page)).toBe(`${csvCount} datasets found for “portland”`);
    expect(await page.locator('[data-results] .badge').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('CSV')]),
    );
    const geojson = page.getByRole('group', { name: 'Format' }).getByRole('checkbox', { name: /^GeoJSON/ });
    expect(await geojson.count()).toBe(0); // no CSV-filtered result is GeoJSON-only, so the value has no count left
    expect(new URL(page.url()).searchParams.getAll('f.format')).toEqual(['CSV']);
    await page.goBack();
    await expect.poll(() => status(page)).toBe(before);
    await expect
      .poll(() => page.getByRole('group', { name: 'Format' }).getByRole('checkbox', { name: /^CSV/ }).isChecked())
      .toBe(false);
    await page.close();
  });

  it('restores the query and filters from a shared URL', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/?q=budget&f.theme=Budget+and+finance&sort=updated`);
    expect(await page.getByRole('searchbox', { name: 'Search the datasets' }).inputValue()).toBe('budget');
    await expect.poll(() => page.getByRole('checkbox', { name: /^Budget and finance/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Sort by').inputValue()).toBe('updated');
    const expected = content.datasets
      .filter((d) => d.data.themes.includes('budget-finance'))
      .sort((a, b) => (a.data.modified < b.data.modified ? 1 : a.data.modified > b.data.modified ? -1 : 0));
    const titles = await resultTitles(page);
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(expected.map((d) => d.data.title)).toContain(t);
    await page.close();
  });

  it('says when nothing matches, offers to clear the filters, and shows the themes', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/?q=zzzyxq`);
    await expect.poll(() => status(page)).toBe('0 datasets found for “zzzyxq”');
    expect(await page.getByText('No datasets match your search.').isVisible()).toBe(true);
    expect(await page.locator('[data-empty] .tiles a').count()).toBe(content.themes.length);
    await page.close();
  });

  it('works with the keyboard alone: type, tick a filter with Space, reach a result', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/`);
    await page.keyboard.press('Tab'); // skip link
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-q'; i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.type('trees');
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => !!document.activeElement?.closest('[data-results]'));
    }
    expect(reached).toBe(true);
    await page.close();
  });

  it('has no axe violations with results and filters shown', async () => {
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.url}/search/?q=portland`);
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('without JavaScript, offers the browse pages, which reach every dataset', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/search/?q=trees`);
    expect(await page.locator('[data-browse]').isVisible()).toBe(true);
    expect(await page.locator('[data-browse] noscript').innerHTML()).toContain('Search needs JavaScript.');
    expect(await page.locator('[data-results]').isVisible()).toBe(false);
    const reached = new Set<string>();
    for (const href of [
      '/datasets/',
      ...(await page
        .locator('a[href^="/datasets/format/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))),
    ]) {
      await page.goto(site.url + href);
      for (const a of await page
        .locator('main a[href^="/datasets/"]')
        .evaluateAll((as) => as.map((x) => x.getAttribute('href')!))) {
        const m = /^\/datasets\/([^/]+)\/$/.exec(a);
        if (m) reached.add(m[1]!);
      }
    }
    // /datasets/ is paginated: follow its pages too.
    for (let n = 2; ; n++) {
      const res = await page.goto(`${site.url}/datasets/${n}/`);
      if (!res || res.status() !== 200) break;
      for (const a of await page.locator('main h2 a').evaluateAll((as) => as.map((x) => x.getAttribute('href')!)))
        reached.add(a.split('/')[2]!);
    }
    expect([...reached].filter((s) => content.datasets.some((d) => d.id === s)).sort()).toEqual(
      content.datasets.map((d) => d.id).sort(),
    );
    await context.close();
  });
});
