// The SQL tab of a dataset's preview in Chromium, with the site's Content-Security-Policy: nothing loads until the
// tab opens, then the engine comes from the site itself; a join of the dataset's two tables returns the rows
// computed here from the CSV files; a missing column gets a message that points to the column list; it all works
// by keyboard, and axe finds nothing wrong with a result on screen.
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
const budget = content.datasets.find((d) => d.id === 'budget-in-brief')!;
const rowsOf = (name: string) =>
  Papa.parse<Record<string, string>>(
    fs.readFileSync(budget.files.find((f) => f?.absolutePath.endsWith(name))!.absolutePath, 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data;
const measures = rowsOf('budget-in-brief-kpm.csv');
const budgets = rowsOf('budget-in-brief-ocrb.csv');

const JOIN = `SELECT k.Bureau, k."Fiscal Year", k."Key Performance Measure", o.Amount
FROM budget_in_brief_kpm AS k
JOIN budget_in_brief_ocrb AS o
  ON o.Bureau = k.Bureau AND o."Fiscal Year" = k."Fiscal Year" AND o."Budget Type" = k."Budget Type"
WHERE o."Budget Category" = 'Operating'`;
// The same join, written here over the parsed files.
const joined = measures
  .flatMap((k) =>
    budgets
      .filter(
        (o) =>
          o['Bureau'] === k['Bureau'] &&
          o['Fiscal Year'] === k['Fiscal Year'] &&
          o['Budget Type'] === k['Budget Type'] &&
          o['Budget Category'] === 'Operating',
      )
      .map((o) => [k['Bureau'], k['Fiscal Year'], k['Key Performance Measure'], o['Amount']].join('|')),
  )
  .sort();

const panel = (page: Page) => page.locator('[data-tabpanel="sql"]').first();
const status = (page: Page) => panel(page).locator('[data-status]').textContent();

async function openSqlTab(page: Page): Promise<void> {
  await page.goto(`${site.url}/datasets/${budget.id}/`);
  await page.getByRole('button', { name: 'Open the interactive preview' }).first().click();
  await page.getByRole('tab', { name: 'Query with SQL' }).first().click();
  await expect
    .poll(() => status(page), { timeout: 30_000 })
    .toBe(
      `Ready to query budget_in_brief_ocrb, budget_in_brief_kpm. Rows in all: ${(budgets.length + measures.length).toLocaleString('en')}.`,
    );
}

async function resultRows(page: Page): Promise<string[]> {
  return panel(page)
    .locator('[data-body] tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).join('|')));
}

describe('the SQL tab', () => {
  it('loads nothing until it is opened, then only files of the site itself, under the Content-Security-Policy', async () => {
    const page = await site.browser.newPage();
    const { requested, violations } = watchRequests(page);
    await page.goto(`${site.url}/datasets/${budget.id}/`);
    await page.getByRole('button', { name: 'Open the interactive preview' }).first().click();
    await expect
      .poll(() => page.locator('[data-tabpanel="rows"] [data-body] td').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(requested.filter((u) => /duckdb|\.wasm$/.test(u))).toEqual([]);

    await openSqlTab(page);
    const wasm = requested.filter((u) => u.endsWith('.wasm'));
    expect(wasm.length).toBeGreaterThan(1); // the engine, in parts
    for (const u of wasm) expect(u).toMatch(new RegExp(`^${site.url}/_astro/duckdb-eh-\\d+\\.[\\w-]+\\.wasm$`));
    expect(requested.some((u) => u.endsWith('/budget-in-brief-kpm.csv'))).toBe(true);
    expect(requested.every((u) => u.startsWith(site.url) || u.startsWith('blob:'))).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('joins the two tables of a dataset and returns the rows the files give', async () => {
    expect(joined.length).toBeGreaterThan(10);
    const page = await site.browser.newPage();
    await openSqlTab(page);
    await panel(page).getByLabel('SQL query').fill(JOIN);
    await panel(page).getByRole('button', { name: 'Run' }).click();
    await expect
      .poll(() => panel(page).locator('[data-caption]').textContent())
      .toBe(`Result of the query. Rows: ${joined.length}`);
    expect(await panel(page).locator('th').allTextContents()).toEqual([
      'Bureau',
      'Fiscal Year',
      'Key Performance Measure',
      'Amount',
    ]);
    expect((await resultRows(page)).sort()).toEqual(joined);

    // The query is in the page's address: the link runs it again on a fresh page.
    const again = await site.browser.newPage();
    await again.goto(page.url());
    await expect
      .poll(() => panel(again).locator('[data-caption]').textContent(), { timeout: 30_000 })
      .toBe(`Result of the query. Rows: ${joined.length}`);
    expect(await panel(again).getByLabel('SQL query').inputValue()).toBe(JOIN.trim());
    await again.close();
    await page.close();
  });

  it('says plainly that a column does not exist, and points to the column list', async () => {
    const page = await site.browser.newPage();
    await openSqlTab(page);
    await panel(page).getByLabel('SQL query').fill('SELECT "Fiscal year", bureau_name FROM budget_in_brief_kpm');
    await panel(page).getByRole('button', { name: 'Run' }).click();
    const error = panel(page).getByRole('alert');
    await expect
      .poll(() => error.textContent())
      .toMatch(/^There is no column named “bureau_name”\. Check the column list below/);
    expect(await error.textContent()).not.toMatch(/Binder Error|LINE 1|at /);
    const list = await panel(page).getByRole('list', { name: 'Tables and their columns' }).textContent();
    expect(list).toContain('"Key Performance Measure"');
    // Each column with its type as SQL sees it, read from the engine once the table is loaded.
    expect(list).toContain('"Key Performance Measure" VARCHAR');
    expect(list).toContain('"Amount" BIGINT');
    await page.close();
  });

  it('works by keyboard: Tab to the query, type it, Ctrl+Enter; Tab to Run, Enter', async () => {
    const page = await site.browser.newPage();
    await openSqlTab(page);
    const query = panel(page).getByLabel('SQL query');
    for (let i = 0; i < 10 && !(await query.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await query.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('SELECT count(*) AS n FROM budget_in_brief_kpm');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => resultRows(page)).toEqual([String(measures.length)]);

    await page.keyboard.press('Control+A');
    await page.keyboard.type('SELECT count(*) AS n FROM budget_in_brief_ocrb');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Run');
    await page.keyboard.press('Enter');
    await expect.poll(() => resultRows(page)).toEqual([String(budgets.length)]);
    await page.close();
  });

  it('cancels while the engine starts, and starts again at the next Run', async () => {
    const page = await site.browser.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/duckdb-eh-2\.[\w-]+\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.url}/datasets/${budget.id}/`);
    await page.getByRole('button', { name: 'Open the interactive preview' }).first().click();
    await page.getByRole('tab', { name: 'Query with SQL' }).first().click();
    await expect.poll(() => status(page)).toBe('Starting the SQL engine (about 8 MB, downloaded once)…');
    await panel(page).getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => status(page)).toBe('Cancelled. Press Run to start again.');
    release();
    await panel(page).getByRole('button', { name: 'Run' }).click();
    await expect.poll(() => panel(page).locator('[data-body] tr').count(), { timeout: 30_000 }).toBe(100);
    await page.close();
  });

  it('tells a browser without WebAssembly to download the files instead', async () => {
    const page = await site.browser.newPage();
    await page.addInitScript(() => Object.defineProperty(window, 'WebAssembly', { value: undefined }));
    await page.goto(`${site.url}/datasets/${budget.id}/`);
    await page.getByRole('button', { name: 'Open the interactive preview' }).first().click();
    await page.getByRole('tab', { name: 'Query with SQL' }).first().click();
    await expect
      .poll(() => panel(page).getByRole('alert').textContent())
      .toMatch(/^This browser cannot run the SQL engine .* Download the files from the list below/);
    expect(await panel(page).getByRole('link', { name: 'download the file' }).count()).toBe(2);
    await page.close();
  });

  it('has no axe violations with a result shown', async () => {
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await openSqlTab(page);
    await panel(page).getByRole('button', { name: 'Run' }).click();
    await expect.poll(() => panel(page).locator('[data-body] tr').count()).toBe(100);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});
