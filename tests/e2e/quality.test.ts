// Freshness and quality as a resident meets them in Chromium: the "Overdue" search filter, the overdue badge,
// and a dataset's checklist, which opens by keyboard and reads with JavaScript off.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { freshnessOf } from '../../src/lib/quality/freshness.ts';
import { repoRoot, sampleDist, TEST_TODAY } from '../helpers/astro-build.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite(sampleDist);
const content = readCatalog(path.join(repoRoot, 'content'));
const overdue = content.datasets
  .filter((d) => freshnessOf(d.data.modified, d.data.accrualPeriodicity, TEST_TODAY).status === 'overdue')
  .map((d) => d.data.title)
  .sort();
const resultTitles = async (page: Page) =>
  (await page.locator('[data-results] .result-title a').allTextContents()).sort();

describe('freshness in search', () => {
  it('narrows the results to the overdue datasets with the "Overdue" filter, each with its badge', async () => {
    expect(overdue.length).toBeGreaterThan(0);
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/?q=portland`);
    await expect.poll(async () => (await resultTitles(page)).length, { timeout: 20_000 }).toBeGreaterThan(3);
    const all = await resultTitles(page);
    // The filter starts closed (its counts load when opened).
    const updates = page.getByRole('group', { name: 'Updates' });
    await updates.getByRole('button', { name: 'Updates' }).click();
    await updates.getByRole('checkbox', { name: /^Overdue/ }).check();
    // Wait for the filtered results themselves (the list empties while the search runs).
    await expect
      .poll(async () => ((n) => n > 0 && n < all.length)((await resultTitles(page)).length), { timeout: 20_000 })
      .toBe(true);
    const shown = await resultTitles(page);
    expect(shown.length).toBeGreaterThan(0);
    // Every result is overdue, and the overdue ones among the first results before filtering are still there.
    expect(shown.filter((title) => !overdue.includes(title))).toEqual([]);
    expect(shown).toEqual(expect.arrayContaining(all.filter((title) => overdue.includes(title))));
    const badges = await page.locator('[data-results] [data-overdue]:not([hidden])').count();
    expect(badges).toBe((await resultTitles(page)).length);
    expect(new URL(page.url()).searchParams.getAll('f.freshness')).toEqual(['Overdue']);
    await page.close();
  });
});

describe("a dataset's quality", () => {
  it('opens its checklist from the keyboard, and reads it all without JavaScript', async () => {
    const slug = 'boec-911-calls-april-2018';
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/datasets/${slug}/`);
    const summary = page.getByText('How the score is made');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-check="on-schedule"]').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.close();

    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${site.url}/datasets/${slug}/`);
    expect(await plain.locator('.quality-score').textContent()).toMatch(/Quality score: \d+ out of 100/);
    expect(await plain.locator('[data-freshness]').textContent()).toMatch(/overdue/);
    await plain.goto(`${site.url}/quality/`);
    expect(await plain.locator('[data-formula] tbody tr').count()).toBe(14);
    await noJs.close();
  });
});
