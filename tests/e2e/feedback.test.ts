// Reporting a problem and requesting a dataset in Chromium: axe finds nothing, and a keyboard reader without
// JavaScript reaches the links, which are plain links to a mail program or to GitHub.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axe } from '../../scripts/lib/browser.ts';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { repoRoot, sampleDist } from '../helpers/astro-build.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite(sampleDist);
const content = readCatalog(path.join(repoRoot, 'content'));

describe('the Request a dataset page', () => {
  it('has no axe violations (WCAG 2.1 A and AA)', async () => {
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.url}/request/`);
    const violations = await axe(page);
    await context.close();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it('is reached from the footer and its email link is focused by keyboard, with JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Request a dataset' }).click();
    await page.waitForURL('**/request/');
    const link = page.getByRole('link', { name: 'Request a dataset by email' });
    let focused = '';
    for (let i = 0; i < 40 && !focused.startsWith('mailto:'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    }
    expect(focused).toBe(await link.getAttribute('href'));
    expect(focused).toMatch(/^mailto:opendata@example\.org\?subject=Dataset%20request/);
    await context.close();
  });
});

describe('a dataset page', () => {
  it('offers "Report a problem with this dataset" by email to its contact, with JavaScript off', async () => {
    const dataset = content.datasets[0]!;
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/datasets/${dataset.id}/`);
    await expect(page.getByRole('heading', { name: 'Report a problem with this dataset' }).count()).resolves.toBe(1);
    const href = await page
      .getByRole('link', { name: 'Report a problem with this dataset by email' })
      .getAttribute('href');
    expect(href).toMatch(new RegExp(`^mailto:${dataset.data.contactPoint.email.replace(/[.]/g, '\\.')}\\?subject=`));
    await context.close();
  });
});
