// The Summarise tab in Chromium: it answers over every row (a file of more rows than the preview's 200,000 cap,
// checked against a computation over all of them), by keyboard alone, from a link, in Spanish, with clear messages
// for a question it cannot answer, nothing loaded before it is opened, and no axe violations.
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
const file = calls.files[0]!.absolutePath;
const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
const column = (name: string) => header!.indexOf(name);

// The real call log four times over: 297,856 rows, more than the rows preview keeps (200,000).
const COPIES = 4;
const body = text.slice(text.indexOf('\n') + 1);
const big = text.slice(0, text.indexOf('\n') + 1) + body.repeat(COPIES);
const bigRows = Array.from({ length: COPIES }, () => rows).flat();

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const answerRows = (page: Page) =>
  page
    .locator('[data-ask-table] tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
const status = (page: Page) => page.locator('[data-ask-status]').textContent();

describe('the Summarise tab', () => {
  it('gives the median answer wait by group over every row of a file longer than the preview cap', async () => {
    const page = await site.browser.newPage();
    await page.route(`**/${calls.data.resources[0]!.path}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/csv', body: big }),
    );
    await page.goto(`${site.url}/datasets/${calls.id}/`);
    await page.getByRole('button', { name: 'Summarise this table' }).click();
    await page.getByLabel('Group by').first().selectOption('group_name');
    await page.getByLabel('What to measure').selectOption('median');
    await page.getByLabel('Of the column').selectOption('answer_wait');
    await page.getByRole('button', { name: 'Answer' }).click();
    await expect.poll(() => status(page), { timeout: 30_000 }).toMatch(/^Answered/);
    expect(await status(page)).toBe(
      `Answered from ${bigRows.length.toLocaleString('en')} of ${bigRows.length.toLocaleString('en')} rows: 14 lines.`,
    );

    const byGroup = new Map<string, number[]>();
    for (const r of bigRows) {
      const wait = r[column('answer_wait')]!;
      const list = byGroup.get(r[column('group_name')]!) ?? [];
      if (/^\d+$/.test(wait)) list.push(Number(wait));
      byGroup.set(r[column('group_name')]!, list);
    }
    const expected = [...byGroup]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([g, v]) => [g, v.length ? (Math.round(median(v) * 100) / 100).toLocaleString('en') : '(no value)']);
    expect(await answerRows(page)).toEqual(expected);

    // The count of rows per group is the file's, four times the real log's: every row was read.
    await page.getByLabel('What to measure').selectOption('count');
    await page.getByRole('button', { name: 'Answer' }).click();
    await expect.poll(() => page.locator('[data-ask-heading]').textContent()).toBe('Number of rows by group_name');
    const counts = await answerRows(page);
    const wireless = bigRows.filter((r) => r[column('group_name')] === 'BOEC Wireless').length;
    expect(counts.find((r) => r[0] === 'BOEC Wireless')?.[1]).toBe(wireless.toLocaleString('en'));
    await page.close();
  });

  it('works by keyboard alone: open, choose, answer, and move between tabs with the arrow keys', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/datasets/${calls.id}/`);
    await page.getByRole('button', { name: 'Summarise this table' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-group'))).toBe('0');
    await page.keyboard.type('call_start_dt');
    await page.keyboard.press('Tab');
    await page.keyboard.type('hour of');
    for (let i = 0; i < 30; i++) {
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Answer') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^Answered/);
    const hours = new Array<number>(24).fill(0);
    for (const r of rows) hours[Number(/ (\d+):/.exec(r[0]!)![1])]!++;
    expect(await answerRows(page)).toEqual(
      hours.map((n, h) => [`${String(h).padStart(2, '0')}:00`, n.toLocaleString('en')]),
    );
    expect(await page.locator('[data-ask-description]').textContent()).toMatch(/^Bar chart of Number of rows/);
    // What a screen reader is given: the answer announced in the status region, the chart as an image named by its
    // description, the table named by its caption.
    const heading = 'Number of rows by call_start_dt (hour of the day)';
    expect(await page.getByRole('status').filter({ hasText: 'Answered from' }).textContent()).toBe(
      `Answered from ${rows.length.toLocaleString('en')} of ${rows.length.toLocaleString('en')} rows: 24 lines.`,
    );
    expect(await page.getByRole('img', { name: /^Bar chart of Number of rows by call_start_dt/ }).count()).toBe(1);
    expect(await page.getByRole('table', { name: heading }).locator('tbody tr').count()).toBe(24);
    expect(await page.getByRole('region', { name: heading }).getAttribute('tabindex')).toBe('0');

    await page.getByRole('tab', { name: 'Summarise' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Rows and chart');
    expect(await page.locator('[data-tabpanel="rows"]').isVisible()).toBe(true);
    expect(await page.locator('[data-tabpanel="ask"]').isVisible()).toBe(false);
    await page.close();
  });

  it('answers a linked question in Spanish, and explains the problems of one it cannot answer', async () => {
    const page = await site.browser.newPage();
    await page.goto(
      `${site.url}/es/datasets/${calls.id}/#ask=boec_911_calls_april_2018&group=call_start_dt&bin=weekday&sort=value-desc`,
    );
    await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^Respuesta/);
    const days = await answerRows(page);
    expect(days).toHaveLength(7);
    expect(days[0]![0]).toBe('lunes');
    await page.goto(
      `${site.url}/datasets/${calls.id}/#ask=boec_911_calls_april_2018&group=wait&measure=sum&of=group_name&where=answer_wait&op=%3E&value=soon`,
    );
    await page.reload();
    const problem = page.locator('[data-ask-problem]');
    await expect.poll(() => problem.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await problem.locator('p').allTextContents()).toEqual([
      'There is no column "wait" in this file. Its columns are: call_start_dt, answer_wait, talk_time, group_name, cell.',
      '"soon" is not a number or date that "answer_wait" can be compared with. Write it like the column\'s values.',
      '"group_name" does not hold numbers, so its "Sum" cannot be measured. Measure the number of rows or of different values instead.',
    ]);
    await page.close();
  });

  it('loads nothing before it is opened, then only from the site, and its link and download carry the answer', async () => {
    const page = await site.browser.newPage();
    const { requested } = watchRequests(page);
    await page.goto(`${site.url}/datasets/${calls.id}/`);
    const before = requested.length;
    expect(requested.some((u) => /ask|\.csv$/.test(u))).toBe(false);
    await page.getByRole('button', { name: 'Summarise this table' }).click();
    await page.getByRole('button', { name: 'Answer' }).click();
    await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^Answered/);
    expect(requested.length).toBeGreaterThan(before);
    expect(requested.every((u) => u.startsWith(site.url))).toBe(true);
    // The rows preview was not opened, so its worker never loaded.
    expect(requested.some((u) => u.includes('preview.worker'))).toBe(false);
    expect(await answerRows(page)).toEqual([[rows.length.toLocaleString('en')]]);
    expect(await page.locator('[data-ask-description]').textContent()).toBe(
      `The answer is ${rows.length.toLocaleString('en')}.`,
    );
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download this answer as CSV' }).click();
    const csv = fs.readFileSync(await (await download).path(), 'utf8');
    expect(csv.trim()).toBe(`Number of rows\r\n${rows.length}`);
    expect(await page.getByRole('link', { name: 'Link to this question' }).getAttribute('href')).toBe(
      '#ask=boec_911_calls_april_2018&',
    );
    await page.close();
  });

  it('can be cancelled while it reads the file, and asked again', async () => {
    const page = await site.browser.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let requests = 0;
    await page.route(`**/${calls.data.resources[0]!.path}`, async (route) => {
      // The first read is held back until the reader has cancelled it.
      if (requests++ === 0) await held;
      await route.fulfill({ status: 200, contentType: 'text/csv', body: text });
    });
    await page.goto(`${site.url}/datasets/${calls.id}/`);
    await page.getByRole('button', { name: 'Summarise this table' }).click();
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await expect.poll(() => cancel.isVisible()).toBe(true);
    // Cancelled while the file is being read: its request is out and held.
    await expect.poll(() => requests).toBe(1);
    await cancel.click();
    expect(await status(page)).toBe('Stopped. Press Answer to read the file again.');
    expect(await cancel.isVisible()).toBe(false);
    release();
    await page.getByRole('button', { name: 'Answer' }).click();
    await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^Answered/);
    expect(requests).toBe(2);
    await page.close();
  });

  it('says to download the file when the browser cannot run the summary', async () => {
    const page = await site.browser.newPage();
    await page.addInitScript(() => {
      // An old browser: no Web Workers.
      delete (window as { Worker?: unknown }).Worker;
    });
    await page.goto(`${site.url}/datasets/${calls.id}/`);
    await page.getByRole('button', { name: 'Summarise this table' }).click();
    const problem = page.locator('[data-ask-problem]');
    await expect
      .poll(() => problem.textContent())
      .toBe('This browser cannot run the summary (it needs Web Workers). Download the file instead.');
    await page.close();
  });

  it('has no axe violations with a question answered and a condition added', async () => {
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(
      `${site.url}/datasets/${calls.id}/#ask=boec_911_calls_april_2018&group=call_start_dt&bin=day&group=group_name&bin=&measure=mean&of=talk_time&where=cell&op=%3D&value=1`,
    );
    await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^Answered/);
    await expect.poll(() => page.locator('[data-ask-chart] svg[role="img"]').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});
