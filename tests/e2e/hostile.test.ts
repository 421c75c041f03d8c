// In Chromium, hostile metadata renders as text: nothing runs, and the feed parses as XML.
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';
import { fixtureDist } from '../helpers/astro-build.ts';

const site = servedSite(fixtureDist);

describe('a dataset page with hostile metadata', () => {
  it('runs no script from the metadata or the description, and shows the text as written', async () => {
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(`${site.url}/datasets/hostile-metadata/`);
    await page
      .getByRole('link', { name: 'a javascript link' })
      .count()
      .then((n) => expect(n).toBe(0));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('h1').textContent()).toBe(
      'Quotes " \' & ampersands < less-than > and émojis 🌳 — «Ünïcödé»',
    );
    const ld = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(ld ?? '').name).toBe('Quotes " \' & ampersands < less-than > and émojis 🌳 — «Ünïcödé»');
    await page.close();
  });

  it('leaves the Atom feeds well-formed XML', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    for (const feed of ['/feeds/datasets.xml', '/feeds/stories.xml']) {
      const errors = await page.evaluate(async (url) => {
        const xml = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        return doc.getElementsByTagName('parsererror').length;
      }, feed);
      expect(errors, feed).toBe(0);
    }
    await page.close();
  });
});
