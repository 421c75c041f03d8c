// What a person sees in Chromium: every page passes axe, works at 320 px, by keyboard and without JavaScript.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { repoRoot, sampleDist } from '../helpers/astro-build.ts';
import { axe } from '../../scripts/lib/browser.ts';
import { htmlPages } from '../helpers/dist.ts';
import { csvToJson, geojsonToCsv } from '../../src/lib/convert.ts';

const site = servedSite(sampleDist);

const content = readCatalog(path.join(repoRoot, 'content'));
const urlOf = (page: string) => `/${page.replace(/index\.html$/, '')}`;

describe('every page of the sample site', () => {
  it('has no axe violations (WCAG 2.1 A and AA) in Chromium', async () => {
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const failures: string[] = [];
    const pages = htmlPages(sampleDist);
    for (const p of pages) {
      await page.goto(site.url + urlOf(p));
      for (const v of await axe(page))
        failures.push(`${urlOf(p)}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    await context.close();
    expect(pages.length).toBeGreaterThan(30);
    // The sample content/ is in the project's git repository, so its history pages are among them.
    expect(pages).toContain('changes/index.html');
    expect(pages).toContain(`datasets/${content.datasets[0]!.id}/history/index.html`);
    expect(failures).toEqual([]);
  });

  it('loads under its Content-Security-Policy with nothing refused and no error in the console', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    let current = '';
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${current}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${current}: ${e.message}`));
    for (const p of htmlPages(sampleDist)) {
      current = urlOf(p);
      await page.goto(site.url + current, { waitUntil: 'networkidle' });
    }
    await context.close();
    expect(errors).toEqual([]);
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const p of [
      'index.html',
      'datasets/index.html',
      `datasets/${content.datasets[0]!.id}/index.html`,
      'organizations/index.html',
      'search/index.html',
      '404.html',
    ]) {
      await page.goto(site.url + urlOf(p));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${urlOf(p)} is ${width}px wide`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });
});

describe('a resident without JavaScript', () => {
  it('goes from the home page to a dataset and downloads its file', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    const dataset = content.datasets.find((d) => d.data.resources.some((r) => r.path))!;
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: 'Datasets', exact: true }).first().click();
    await page.waitForURL('**/datasets/');
    // Follow the pagination until the dataset shows.
    while (!(await page.getByRole('link', { name: dataset.data.title, exact: true }).count())) {
      await page.getByRole('link', { name: 'Next page' }).click();
    }
    await page.getByRole('link', { name: dataset.data.title, exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(dataset.data.title);
    const resource = dataset.data.resources.find((r) => r.path)!;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('link', { name: `Download ${resource.path}` })
        .first()
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(resource.path);
    await context.close();
  });

  it('searches from any page by submitting the form to /search/', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/organizations/`);
    await page.getByRole('searchbox', { name: 'Search the datasets' }).fill('trees');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=trees');
    await expect.poll(() => page.getByRole('link', { name: 'All datasets, newest first' }).count()).toBe(1);
    await context.close();
  });
});

describe('a file in another format', () => {
  const trees = content.datasets.find((d) => d.id === 'sf-street-trees-sample')!;
  const lines = content.datasets.find((d) => d.id === 'trimet-rail-lines-2012')!;
  const fileOf = (d: typeof trees) => path.join(repoRoot, 'content/datasets', d.id, d.data.resources[0]!.path!);

  it.each([
    ['a CSV as JSON', trees, 'Or as JSON: sf-street-trees-sample.json', 'sf-street-trees-sample.json'],
    ['GeoJSON as CSV', lines, 'Or as CSV: trimet-rail-lines-2012.csv', 'trimet-rail-lines-2012.csv'],
  ])('downloads %s, made in the browser from the file itself', async (_, dataset, label, name) => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${site.url}/datasets/${dataset.id}/`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: label }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(name);
    const made = fs.readFileSync(await download.path(), 'utf8');
    const source = fs.readFileSync(fileOf(dataset));
    const r = dataset.data.resources[0]!;
    if (name.endsWith('.json')) expect(JSON.parse(made)).toEqual(JSON.parse(csvToJson(source, r.dialect ?? {})));
    else expect(made).toBe(geojsonToCsv(source.toString('utf8')));
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: name }).textContent())
      .toBe(`${name} downloaded.`);
    // The copy is not on the site: the page read the original, from this site only.
    expect(requested.some((u) => u.endsWith(`/${name}`))).toBe(false);
    expect(requested.some((u) => u.endsWith(`/${r.path}`))).toBe(true);
    expect(requested.every((u) => u.startsWith(site.url) || u.startsWith('blob:'))).toBe(true);
    expect((await fetch(`${site.url}/datasets/${dataset.id}/${name}`)).status).toBe(404);
    await context.close();
  });

  it('says so when the file cannot be read, and the original stays a link away', async () => {
    const page = await site.browser.newPage();
    await page.route(`**/${trees.data.resources[0]!.path}`, (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(`${site.url}/datasets/${trees.id}/`);
    await page.getByRole('button', { name: 'Or as JSON: sf-street-trees-sample.json' }).click();
    await expect
      .poll(() => page.locator('cdc-convert [role="status"]').first().textContent())
      .toBe(
        'The copy could not be made (the file could not be fetched (HTTP 503)). The original file above has the same data.',
      );
    expect(await page.getByRole('button', { name: 'Or as JSON: sf-street-trees-sample.json' }).isEnabled()).toBe(true);
    await page.close();
  });

  it('is not offered without JavaScript, where the original file is the download', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/datasets/${trees.id}/`);
    expect(await page.getByRole('button', { name: /^Or as JSON/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: `Download ${trees.data.resources[0]!.path}` }).count()).toBeGreaterThan(
      0,
    );
    await context.close();
  });
});

describe('a keyboard user', () => {
  it('reaches the skip link first and jumps to the main content', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/datasets/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});
