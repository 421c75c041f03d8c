// The interactive preview in Chromium: open it, scroll through every row, sort, filter, change the chart,
// see a map for GeoJSON; accessible with the preview open; without JavaScript the profile still shows.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { repoRoot, sampleDist } from '../helpers/astro-build.ts';
import { axe } from '../../scripts/lib/browser.ts';
import { servedSite, watchRequests } from '../helpers/served-site.ts';

const site = servedSite(sampleDist);
const content = readCatalog(path.join(repoRoot, 'content'));
const calls = content.datasets.find((d) => d.id === 'boec-911-calls-april-2018')!;
const callsRows = Papa.parse<string[]>(fs.readFileSync(calls.files[0]!.absolutePath, 'utf8').replace(/^\uFEFF/, ''), {
  skipEmptyLines: true,
}).data.slice(1);

async function openPreview(page: Page, slug: string): Promise<void> {
  await page.goto(`${site.url}/datasets/${slug}/`);
  await page.getByRole('button', { name: 'Open the interactive preview' }).first().click();
}

const status = (page: Page) => page.locator('[data-status]').first().textContent();
const firstCell = (page: Page, column = 0) =>
  page.locator('[data-body] tr:not([aria-hidden]) td').nth(column).textContent();

describe('the interactive preview of a CSV', () => {
  it('loads every row, scrolls to the last one, sorts and filters', async () => {
    const page = await site.browser.newPage();
    await openPreview(page, calls.id);
    await expect
      .poll(() => status(page), { timeout: 20_000 })
      .toBe(`All ${callsRows.length.toLocaleString('en')} rows loaded. Sort by a column, or filter with a word.`);
    expect(await page.locator('[data-body] tr:not([aria-hidden])').count()).toBeLessThan(60); // windowed
    expect(await firstCell(page)).toBe(callsRows[0]![0]);

    await page
      .locator('[data-scroll]')
      .first()
      .evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect
      .poll(async () => page.locator('[data-body] tr:not([aria-hidden])').last().locator('td').first().textContent())
      .toBe(callsRows[callsRows.length - 1]![0]);

    const waits = callsRows.map((r) => Number(r[1])).filter((n) => !Number.isNaN(n));
    await page.getByRole('button', { name: 'answer_wait' }).click();
    await page.getByRole('button', { name: 'answer_wait' }).click();
    await expect.poll(() => firstCell(page, 1)).toBe(String(Math.max(...waits)));
    expect(await page.locator('th[aria-sort="descending"]').count()).toBe(1);

    await page.getByLabel('Filter rows').fill('Landline');
    const landline = callsRows.filter((r) => r.some((c) => c.toLowerCase().includes('landline'))).length;
    await expect.poll(() => status(page)).toBe(`${landline.toLocaleString('en')} rows shown.`);
    await page.close();
  });

  it('draws a suggested chart with a text description and its data as a table, and redraws when the type changes', async () => {
    const page = await site.browser.newPage();
    await openPreview(page, calls.id);
    await expect.poll(() => page.locator('[data-chart] svg').count(), { timeout: 20_000 }).toBe(1);
    const description = await page.locator('[data-chart-description]').textContent();
    expect(description).toMatch(
      /^Line chart of rows per day of call_start_dt, over 30 days from 2018-04-01 to 2018-04-30\./,
    );
    expect(await page.locator('[data-chart] svg').getAttribute('aria-label')).toBe(description);
    await page.getByLabel('Chart type').selectOption('bar');
    await page.getByLabel('Column', { exact: true }).first().selectOption({ label: 'group_name' });
    await expect
      .poll(() => page.locator('[data-chart-description]').textContent())
      .toMatch(/^Bar chart of rows for each value of group_name: 14 bars\. Largest: BOEC Non Emergency \(30,398\)\./);
    await page.getByText('The data of this chart, as a table').click();
    expect(await page.locator('[data-chart-table] tbody tr').count()).toBe(14);
    await page.close();
  });

  it('has no axe violations with the preview and its chart open', async () => {
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.url}/datasets/${calls.id}/`);
    await page.getByRole('button', { name: 'Open the interactive preview' }).first().click();
    await expect.poll(() => page.locator('[data-chart] svg').count(), { timeout: 20_000 }).toBe(1);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it("loads nothing before the reader opens it, and runs with the site's Content-Security-Policy", async () => {
    const page = await site.browser.newPage();
    const { requested, violations } = watchRequests(page);
    await page.goto(`${site.url}/datasets/${calls.id}/`);
    expect(requested.some((u) => u.endsWith('.csv'))).toBe(false);
    await page.getByRole('button', { name: 'Open the interactive preview' }).first().click();
    await expect.poll(() => page.locator('[data-chart] svg').count(), { timeout: 20_000 }).toBe(1);
    expect(requested.some((u) => u.endsWith(calls.data.resources[0]!.path!))).toBe(true);
    expect(requested.every((u) => u.startsWith(site.url))).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('the interactive preview of GeoJSON', () => {
  it('draws a map of the features, which a property can colour', async () => {
    const page = await site.browser.newPage();
    await openPreview(page, 'trimet-stops-2012');
    await expect.poll(() => page.locator('[data-map] svg').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('[data-map] figcaption').textContent()).toBe(
      'Map of 7,120 features (Point), coloured by —.',
    );
    await page.getByLabel('Colour by').selectOption('type');
    await expect
      .poll(() => page.locator('[data-map] figcaption').textContent())
      .toBe('Map of 7,120 features (Point), coloured by type.');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('shows the profile and the first rows, and no preview button', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/datasets/${calls.id}/`);
    expect(await page.getByRole('button', { name: 'Open the interactive preview' }).count()).toBe(0);
    expect(await page.getByText(`${callsRows.length.toLocaleString('en')} rows and 5 columns.`).isVisible()).toBe(true);
    await page.getByText('First 10 rows').click();
    expect(await page.locator('details.sample tbody tr').count()).toBe(10);
    await context.close();
  });

  it('says why a remote resource has no preview', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/datasets/seattle-neighborhood-boundaries/`);
    expect(
      await page.getByText('This resource is on another site, so the portal does not preview it').isVisible(),
    ).toBe(true);
    await page.close();
  });
});
