// The portal in Spanish in Chromium (issue #15): every kind of Spanish page passes axe with JavaScript on and off,
// on a phone and on a desktop; the language switch works by keyboard; Spanish search uses the Spanish index; the
// home page suggests Spanish to a browser that prefers it, once.
import path from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe } from '../../scripts/lib/browser.ts';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { repoRoot, sampleDist } from '../helpers/astro-build.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite(sampleDist);
const content = readCatalog(path.join(repoRoot, 'content'));

const translated = content.datasets.find((d) => d.data.translations?.['es'])!;
const untranslated = content.datasets.find(
  (d) => !d.data.translations?.['es'] && d.data.resources.some((r) => r.path),
)!;
const spanishStory = content.stories.find((s) => s.data.language === 'es')!;
const englishStory = content.stories.find((s) => !s.data.language && s.id !== spanishStory.data.translationOf)!;

/** One Spanish page of each kind. */
const spanishPages = [
  '/es/',
  '/es/datasets/',
  `/es/datasets/${translated.id}/`,
  `/es/datasets/${untranslated.id}/`,
  `/es/datasets/${translated.id}/history/`,
  '/es/datasets/format/csv/',
  '/es/organizations/',
  `/es/organizations/${translated.data.organization}/`,
  '/es/themes/',
  `/es/themes/${translated.data.themes[0]}/`,
  '/es/stories/',
  `/es/stories/${spanishStory.id}/`,
  `/es/stories/${englishStory.id}/`,
  '/es/search/',
  '/es/changes/',
  '/es/quality/',
  '/es/request/',
  '/es/api/',
];

const PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 800 };
const MODES: [string, BrowserContextOptions, boolean][] = [
  ['with JavaScript, 320 px wide', { viewport: PHONE }, true],
  ['with JavaScript, 1280 px wide', { viewport: DESKTOP }, true],
  ['without JavaScript, 320 px wide', { viewport: PHONE }, false],
  ['without JavaScript, 1280 px wide', { viewport: DESKTOP }, false],
];

/**
 * Serves every page of `context` as a browser without JavaScript shows it: no script runs (no custom element
 * upgrades) and what <noscript> holds is shown. Done by rewriting the HTML rather than by turning JavaScript off,
 * because axe itself needs timers, which Chromium stops on a page whose scripts are disabled.
 */
async function withoutJavaScript(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const body = (await response.text())
      .replace(/<script\b[\s\S]*?<\/script>/g, '')
      .replace(/<noscript>([\s\S]*?)<\/noscript>/g, '$1');
    return route.fulfill({ response, body });
  });
}

describe('every kind of Spanish page', () => {
  it('is one of the sample: a translated and an untranslated dataset, the Spanish story and an English one', () => {
    expect([translated.id, untranslated.id, spanishStory.id, englishStory.id].every(Boolean)).toBe(true);
    expect(spanishStory.data.translationOf).toBeDefined();
  });

  it.each(MODES)('has no axe violations (WCAG 2.1 A and AA) %s', async (_mode, options, javaScript) => {
    const context = await site.browser.newContext({ ...options, bypassCSP: true });
    if (!javaScript) await withoutJavaScript(context);
    const page = await context.newPage();
    const failures: string[] = [];
    for (const url of spanishPages) {
      const response = await page.goto(site.url + url, { waitUntil: 'load' });
      expect(response?.status(), url).toBe(200);
      expect(await page.getAttribute('html', 'lang'), url).toBe('es');
      if (url === '/es/search/') {
        // Without JavaScript no custom element runs: the search page's no-script text is what the reader gets.
        const upgraded = await page.evaluate(() => customElements.get('cdc-search') !== undefined);
        expect(upgraded).toBe(javaScript);
      }
      for (const v of await axe(page))
        failures.push(`${url}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    await context.close();
    expect(failures).toEqual([]);
  });
});

describe('a reader who prefers Spanish', () => {
  it('switches an English dataset page to Spanish by keyboard and lands on the same dataset', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/datasets/${translated.id}/`);
    const toSpanish = page.locator('nav.language-switch a[data-language-switch][hreflang="es"]');
    await toSpanish.focus();
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Español');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/es/datasets/${translated.id}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    // And back: the switch on the Spanish page leads to the English page.
    await page.locator('a[data-language-switch][hreflang="en"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/datasets/${translated.id}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  const results = (page: Page) =>
    page.locator('[data-results] .result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

  it.each([
    ['árboles', ['sf-street-trees-sample', 'paris-remarkable-trees']],
    ['presupuesto', ['portland-budget-history', 'budget-in-brief-operating-capital']],
  ])('searches for “%s” in Spanish and finds the Spanish pages of %j', async (query, slugs) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/es/search/`);
    await page.getByRole('searchbox', { name: 'Buscar en los conjuntos de datos' }).pressSequentially(query, {
      delay: 20,
    });
    await expect.poll(async () => (await results(page)).length).toBeGreaterThan(0);
    const hrefs = await results(page);
    for (const slug of slugs) expect(hrefs).toContain(`/es/datasets/${slug}/`);
    expect(hrefs.filter((h) => !h.startsWith('/es/'))).toEqual([]);
    // Only the Spanish index was read: Pagefind names each language's files by its code.
    const indexes = fetched.filter((f) => f.includes('/pagefind/') && f.endsWith('.pf_meta'));
    expect(indexes.length).toBeGreaterThan(0);
    // The Spanish pages' own bundle, /es/pagefind/, and its Spanish index only.
    expect(indexes.every((f) => f.startsWith('/es/pagefind/pagefind.es_'))).toBe(true);
    await context.close();
  });
});

describe("the home page's language suggestion", () => {
  const suggestion = (page: Page) => page.locator('[data-suggest="es"]');

  it('offers Spanish to a browser that prefers it, links to /es/, and is gone once dismissed and on the next visit', async () => {
    const context = await site.browser.newContext({ locale: 'es-MX' });
    // Chromium gives a context only its locale; a Mexican browser lists Spanish as well.
    await context.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['es-MX', 'es'] }));
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    expect(await page.evaluate(() => navigator.languages)).toEqual(['es-MX', 'es']);
    await expect.poll(() => suggestion(page).isVisible()).toBe(true);
    expect(await suggestion(page).getAttribute('lang')).toBe('es');
    expect(await suggestion(page).getByRole('link').getAttribute('href')).toBe('/es/');
    await suggestion(page).getByRole('button', { name: 'No, gracias' }).click();
    expect(await suggestion(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.reload();
    await page.waitForFunction(() => customElements.get('cdc-language-suggestion') !== undefined);
    expect(await suggestion(page).isVisible()).toBe(false);
    await context.close();
  });

  it('is not offered to an English browser, nor on the Spanish home page', async () => {
    const context = await site.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.waitForFunction(() => customElements.get('cdc-language-suggestion') !== undefined);
    expect(await page.locator('.language-suggestion:visible').count()).toBe(0);
    await context.close();
    const spanish = await site.browser.newContext({ locale: 'es-MX' });
    const es = await spanish.newPage();
    await es.goto(`${site.url}/es/`);
    await es.waitForFunction(() => customElements.get('cdc-language-suggestion') !== undefined);
    expect(await es.locator('.language-suggestion:visible').count()).toBe(0);
    await spanish.close();
  });
});
