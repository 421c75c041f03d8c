// On a 320 px wide screen (WCAG 2.1 reflow, 1.4.10), for the sample and for a real imported catalog with many
// organizations: no page type scrolls sideways; search results come before the filters, which fold behind a
// "Filters (n)" button; a filter with many values shows its top ones, "Show all n" and a box to find one.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, axe } from '../../scripts/lib/browser.ts';
import { serve, type Server } from '../../scripts/lib/serve.ts';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { FACET_TOP } from '../../src/lib/facet-view.ts';
import { realContent, realDist, repoRoot, sampleDist } from '../helpers/astro-build.ts';
import { measureOverflow } from '../helpers/overflow.ts';

const PHONE = { width: 320, height: 640 };
/** A word in nearly every dataset of both catalogs, so the search has many results and every filter has values. */
const QUERY = 'data';

let browser: Browser;
const servers: Record<'sample' | 'real', Server> = {} as Record<'sample' | 'real', Server>;
beforeAll(async () => {
  servers.sample = await serve(sampleDist);
  servers.real = await serve(realDist);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await servers.sample?.close();
  await servers.real?.close();
});

const catalogs = {
  sample: readCatalog(path.join(repoRoot, 'content')),
  real: readCatalog(realContent),
};

/** One URL of every page type, picking the entries with the longest titles and names, where text is most likely to overflow. */
function pageTypes(which: 'sample' | 'real'): string[] {
  const c = catalogs[which];
  const longest = <T extends { id: string }>(items: T[], text: (x: T) => string) =>
    [...items].sort((a, b) => text(b).length - text(a).length)[0]!.id;
  const keywordsOf = (d: (typeof c.datasets)[number]) => d.data.keywords.join(' ');
  return [
    '/',
    '/datasets/',
    `/datasets/${longest(c.datasets, (d) => d.data.title)}/`,
    `/datasets/${longest(c.datasets, keywordsOf)}/`,
    '/organizations/',
    `/organizations/${longest(
      c.organizations.filter((o) => o.datasets.length),
      (o) => o.data.name,
    )}/`,
    '/themes/',
    `/themes/${longest(
      c.themes.filter((t) => t.datasets.length),
      (t) => t.data.name,
    )}/`,
    '/stories/',
    ...c.stories.map((s) => `/stories/${s.id}/`),
    '/api/',
    '/no-such-page/',
  ];
}

async function phone(which: 'sample' | 'real', options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ viewport: PHONE, ...options });
  return { context, page: await context.newPage(), url: servers[which].url };
}

/** Searches for QUERY on /search/ and waits for the results and the filter counts. */
async function search(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/search/?q=${QUERY}`);
  await page.locator('[data-results] li').first().waitFor();
  await page.locator('[data-facet-group="organization"]:not([hidden])').waitFor({ state: 'attached' });
}

/** Opens the filters, every filter loaded on demand, and every long filter's full list ("Show all n" becomes
 *  "Show the top n" once clicked). */
async function openEveryFilter(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Filters/ }).click();
  const closed = page.locator('[data-facet-open][aria-expanded="false"]');
  while (await closed.count()) await closed.first().click();
  // Each opened filter shows its values once its index is loaded.
  for (const group of await page.locator('[data-facet-group]:not([hidden])').all())
    await group.locator('li').first().waitFor();
  const more = page.getByRole('button', { name: /^Show all/ });
  while (await more.count()) await more.first().click();
}

const describeOverflow = (where: string, o: { scrollWidth: number; elements: string[] }) =>
  o.scrollWidth > PHONE.width || o.elements.length
    ? [`${where} is ${o.scrollWidth}px wide${o.elements.length ? `: ${o.elements.join('; ')}` : ''}`]
    : [];

describe.each(['sample', 'real'] as const)('the %s catalog at 320 px', (which) => {
  it('has real content at the scale the test is about', () => {
    const c = catalogs[which];
    if (which === 'real') {
      expect(c.datasets.length).toBeGreaterThan(200);
      expect(c.organizations.filter((o) => o.datasets.length).length).toBeGreaterThan(40);
    }
    expect(c.stories.length).toBeGreaterThan(0);
  });

  it('scrolls no page type sideways (data tables scroll in their own box)', async () => {
    const { context, page, url } = await phone(which);
    const wide: string[] = [];
    for (const p of pageTypes(which)) {
      await page.goto(url + p);
      wide.push(...describeOverflow(p, await measureOverflow(page)));
    }
    await search(page, url);
    await openEveryFilter(page);
    wide.push(...describeOverflow(`/search/?q=${QUERY} with every filter open`, await measureOverflow(page)));
    await context.close();
    expect(wide).toEqual([]);
  });

  it('keeps every scroll box reachable by keyboard and named (axe, with the filters open)', async () => {
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    const url = servers[which].url;
    const failures: string[] = [];
    for (const p of [
      `/datasets/${catalogs[which].datasets[0]!.id}/`,
      ...catalogs[which].stories.map((s) => `/stories/${s.id}/`),
    ]) {
      await page.goto(url + p);
      for (const v of await axe(page))
        failures.push(`${p}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    await search(page, url);
    await openEveryFilter(page);
    for (const v of await axe(page))
      failures.push(`/search/: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    await context.close();
    expect(failures).toEqual([]);
  });
});

describe('the search filters on a phone (real catalog)', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await phone('real'));
    await search(page, servers.real.url);
  });
  afterAll(() => context.close());

  it('put the results first, with the filters folded behind a button that says it is collapsed', async () => {
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#search-filter-panel').isVisible()).toBe(false);
    const button = (await toggle.boundingBox())!;
    const firstResult = (await page.locator('[data-results] li').first().boundingBox())!;
    // The first result is on the first screen, right below the button.
    expect(firstResult.y).toBeGreaterThan(button.y);
    expect(firstResult.y).toBeLessThan(PHONE.height);
  });

  it('open by keyboard, and the button counts the ticked filters', async () => {
    const toggle = page.locator('[data-filters-toggle]');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('group', { name: 'Format' }).isVisible()).toBe(true);
    const box = page.getByRole('group', { name: 'Format' }).getByRole('checkbox').first();
    await box.focus();
    // Marks the box, to tell it from the one that replaces it when the list is drawn again.
    await box.evaluate((el) => el.setAttribute('data-before', ''));
    await page.keyboard.press('Space');
    await page.waitForURL(/f\.format=/);
    await expect.poll(() => toggle.textContent()).toBe('Filters (1)');
    // The list is drawn again with the new counts: the new ticked box has the focus.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return el?.checked === true && el.isConnected && !el.hasAttribute('data-before');
        }),
      )
      .toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.textContent()).toBe('Filters');
  });

  it('show an organization filter of many values as its top values by count, with "Show all n"', async () => {
    await search(page, servers.real.url);
    await page.locator('[data-filters-toggle]').click();
    const group = page.getByRole('group', { name: 'Organization' });
    const boxes = group.getByRole('checkbox');
    // Organizations are loaded on demand: the filter opens by its name, then shows its values.
    const opener = group.getByRole('button', { name: 'Organization' });
    expect(await opener.getAttribute('aria-expanded')).toBe('false');
    expect(await boxes.count()).toBe(0);
    await opener.click();
    await expect.poll(() => boxes.count()).toBe(FACET_TOP);
    const counts = async () =>
      (await group.locator('label .count').allTextContents()).map((c) => Number(c.replace(/\D/g, '')));
    const top = await counts();
    expect(top).toEqual([...top].sort((a, b) => b - a));
    const more = group.getByRole('button', { name: /^Show all \d+$/ });
    const total = Number((await more.textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(40);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await group.locator('[data-facet-count]').textContent()).toBe(`Showing ${FACET_TOP} of ${total}`);

    await more.focus();
    await page.keyboard.press('Enter');
    expect(await boxes.count()).toBe(total);
    const all = await counts();
    expect(Math.max(...all.slice(FACET_TOP))).toBeLessThanOrEqual(Math.min(...top));
    const fewer = group.getByRole('button', { name: `Show the top ${FACET_TOP}` });
    expect(await fewer.getAttribute('aria-expanded')).toBe('true');
    await fewer.click();
    expect(await boxes.count()).toBe(FACET_TOP);
  });

  it('find a value as you type in a labelled box, with the number shown read out', async () => {
    const group = page.getByRole('group', { name: 'Organization' });
    const find = group.getByRole('searchbox', { name: 'Find an organization' });
    const status = group.locator('[data-facet-count]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await find.focus();
    await page.keyboard.type('police');
    const names = await group.locator('label').allTextContents();
    const found = names.filter((n) => /police/i.test(n));
    expect(found.length).toBeGreaterThan(0);
    expect(names.filter((n) => n !== 'Find an organization')).toEqual(found);
    expect(await status.textContent()).toMatch(new RegExp(`^Showing ${found.length} of \\d+$`));
    expect(await group.getByRole('button', { name: /^Show all/ }).isVisible()).toBe(false);
    // The first value found is the next stop for the keyboard, and ticks with the space bar.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForURL(/f\.organization=/);
    await expect.poll(() => page.locator('[data-filters-toggle]').textContent()).toBe('Filters (1)');
  });

  it('do not move the results while the search and its filter counts load (no layout shift)', async () => {
    const fresh = await context.newPage();
    await fresh.goto(`${servers.real.url}/search/?q=${QUERY}`);
    await fresh.locator('[data-results] li').first().waitFor();
    await fresh.locator('[data-facet-group="organization"]:not([hidden])').waitFor({ state: 'attached' });
    await fresh.waitForTimeout(500);
    const cls = await fresh.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!e.hadRecentInput) sum += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 100);
        }),
    );
    await fresh.close();
    expect(cls).toBeLessThan(0.01);
  });
});

describe('the search page on a wide screen', () => {
  it('shows the filters beside the results, with no button to fold them', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await search(page, servers.real.url);
    expect(await page.locator('[data-filters-toggle]').isVisible()).toBe(false);
    expect(await page.getByRole('group', { name: 'Organization' }).isVisible()).toBe(true);
    const filters = (await page.locator('.search-filters').boundingBox())!;
    const results = (await page.locator('.search-results').boundingBox())!;
    expect(filters.x + filters.width).toBeLessThanOrEqual(results.x);
    await context.close();
  });
});

describe('the search page on a phone without JavaScript', () => {
  it('still reaches every filter through the browse pages (organizations, themes, formats)', async () => {
    const { context, page, url } = await phone('real', { javaScriptEnabled: false });
    await page.goto(`${url}/search/?q=${QUERY}`);
    expect(await page.locator('[data-filters-toggle]').isVisible()).toBe(false);
    for (const name of ['Datasets by organization', 'Datasets by theme']) {
      expect(await page.getByRole('link', { name }).isVisible()).toBe(true);
    }
    await page.getByRole('link', { name: 'Datasets by organization' }).click();
    await page.waitForURL('**/organizations/');
    const o = await measureOverflow(page);
    expect(describeOverflow('/organizations/', o)).toEqual([]);
    await context.close();
  });
});
