// A story in Chromium: its charts show with and without JavaScript, "Show the data" reveals each chart's
// table, a <Query>'s "Change this question" opens the same answer live, the dataset page lists the story, and
// axe finds nothing.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sampleDist } from '../helpers/astro-build.ts';
import { axe } from '../../scripts/lib/browser.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite(sampleDist);
const story = '/stories/911-calls-april-2018/';

describe('a data story', () => {
  it.each([true, false])('shows its charts as images with JavaScript %s', async (javaScriptEnabled) => {
    const context = await site.browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(site.url + story);
    const charts = page.locator('figure.story-chart svg[role="img"]');
    expect(await charts.count()).toBe(4);
    for (const chart of await charts.all()) {
      expect(await chart.isVisible()).toBe(true);
      expect((await chart.boundingBox())!.height).toBeGreaterThan(100);
    }
    await context.close();
  });

  it('reveals the table of a chart\'s data on "Show the data"', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + story);
    const figure = page.locator('figure', { hasText: 'Calls by hour of the day' });
    expect(await figure.getByRole('table').isVisible()).toBe(false);
    await figure.getByText('Show the data').click();
    expect(await figure.getByRole('table').isVisible()).toBe(true);
    expect(await figure.locator('tbody tr').count()).toBe(24);
    await page.close();
  });

  it('opens a printed question, by "Change this question", in the dataset page\'s Summarise tab with the same answer', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + story);
    const figure = page.locator('figure.story-query').first();
    const cells = (table: Locator) =>
      table.locator('tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
    const printed = {
      caption: await figure.locator('caption').textContent(),
      rows: await cells(figure.locator('table')),
    };
    expect(printed.rows.length).toBeGreaterThan(5);
    await figure.getByRole('link', { name: 'Change this question' }).click();
    await page.waitForURL('**/datasets/boec-911-calls-april-2018/#ask=boec_911_calls_april_2018&*');
    expect(await page.getByRole('tab', { name: 'Summarise' }).getAttribute('aria-selected')).toBe('true');
    const live = page.locator('[data-ask-table]');
    await live.locator('tbody tr').first().waitFor({ timeout: 60_000 });
    expect({ caption: await live.locator('caption').textContent(), rows: await cells(live) }).toEqual(printed);
    expect(await page.locator('[data-ask-chart] svg[role="img"]').count()).toBe(1);
    await page.close();
  });

  it('prints its charts and their data tables, without the navigation', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + story);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('figure.story-chart svg').first().isVisible()).toBe(true);
    expect(await page.locator('figure.story-chart table').first().isVisible()).toBe(true);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    await page.close();
  });

  it('is listed on the page of the dataset it uses, and links back to it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/datasets/boec-911-calls-april-2018/`);
    await page.getByRole('link', { name: "How busy was Portland's 911 center in April 2018?" }).click();
    await page.waitForURL(`**${story}`);
    expect(
      await page.getByRole('link', { name: "Calls to Portland's 911 center, April 2018" }).count(),
    ).toBeGreaterThan(0);
    await page.close();
  });

  it('has no axe violations', async () => {
    const context = await site.browser.newContext({ bypassCSP: true });
    for (const path of [story, '/stories/trimet-stops/', '/stories/portland-budget-by-service-area/', '/stories/']) {
      const page = await context.newPage();
      await page.goto(site.url + path);
      expect(await axe(page), path).toEqual([]);
      await page.close();
    }
    await context.close();
  });
});
