// npm run bench:preview: the previews' budgets on a 100 MB CSV made by repeating the rows of the real Portland
// 911 call log: build-time profiling throughput (and no second profile of an unchanged file), then in headless
// Chromium the time to the first rows of the interactive preview, the longest main-thread task while it
// loads, and the page's memory once the row cap is reached; the same for the summary and for SQL, over every row.
// Usage: npm run bench:preview [-- --mb 100]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { profileDelimited } from '../src/lib/profile/profile.ts';
import type { Page } from 'playwright-core';
import { launch } from './lib/browser.ts';
import { serve } from './lib/serve.ts';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '100' } } });
const root = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-bench-preview-'));
const slug = 'boec-911-calls-april-2018';
const source = path.join(root, 'content/datasets', slug, `${slug}.csv`);

// A big file: the header once, then the real rows again and again.
const text = fs.readFileSync(source, 'utf8');
const header = text.slice(0, text.indexOf('\n') + 1);
const body = text.slice(header.length);
const target = Number(values.mb) * 1e6;
const content = path.join(work, 'content');
fs.mkdirSync(path.join(content, 'datasets', slug), { recursive: true });
for (const f of ['catalog.yaml']) fs.copyFileSync(path.join(root, 'content', f), path.join(content, f));
for (const d of ['organizations', 'themes'])
  fs.cpSync(path.join(root, 'content', d), path.join(content, d), { recursive: true });
fs.mkdirSync(path.join(content, 'stories'));
const big = path.join(content, 'datasets', slug, `${slug}.csv`);
const out = fs.openSync(big, 'w');
fs.writeSync(out, header);
let written = header.length;
while (written < target) written += fs.writeSync(out, body);
fs.closeSync(out);
fs.copyFileSync(
  path.join(root, 'content/datasets', slug, 'index.md'),
  path.join(content, 'datasets', slug, 'index.md'),
);
const mb = fs.statSync(big).size / 1e6;

// Build-time profile: throughput, then the cache.
const cacheDir = path.join(work, 'cache');
const first = await profileDelimited(big, { cacheDir, missingValues: ['', 'NULL'] });
const second = await profileDelimited(big, { cacheDir, missingValues: ['', 'NULL'] });

// The built page, served, in Chromium.
const dist = path.join(work, 'dist');
const build = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CDC_CONTENT_DIR: content, CDC_OUT_DIR: dist },
});
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
/** Records the page's main-thread tasks over 50 ms (run in the page, now or before its scripts). */
function observeLongTasks(): void {
  const w = window as unknown as { longTasks: number[] };
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
}
const watchLongTasks = (p: Page) => p.evaluate(observeLongTasks);
const longTasksOf = (p: Page) => p.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);

const server = await serve(dist);
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${server.url}/datasets/${slug}/`);
await watchLongTasks(page);
const opened = await page.evaluate(() => performance.now());
await page.getByRole('button', { name: 'Open the interactive preview' }).first().click();
await page.waitForFunction(() => document.querySelector('[data-body] tr:not([aria-hidden]) td') !== null, null, {
  timeout: 30_000,
});
const firstRows = (await page.evaluate(() => performance.now())) - opened;
await page.waitForFunction(
  () => /preview stops at|rows loaded\. Sort/.test(document.querySelector('[data-status]')?.textContent ?? ''),
  null,
  { timeout: 120_000 },
);
const loadedMs = (await page.evaluate(() => performance.now())) - opened;
const statusText = await page.locator('[data-status]').first().textContent();
const longTasks = await longTasksOf(page);
const client = await page.context().newCDPSession(page);
await client.send('HeapProfiler.collectGarbage');
const heap = await page.evaluate(
  () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN,
);
await page.close();

// The summary on a fresh page: "count by hour of day" from the click that opens the tab (the file read in full,
// the engine loaded), then a second question on the rows already read; the longest main-thread task throughout;
// what the tab fetched besides the file (gzip, as a CDN serves it); the renderer processes' peak memory.
const ask = await browser.newPage();
const engine: Promise<number>[] = [];
ask.on('response', (res) => {
  if (!res.url().endsWith('.csv'))
    engine.push(
      res.body().then(
        (b) => gzipSync(b).length,
        () => 0,
      ),
    );
});
await ask.goto(`${server.url}/datasets/${slug}/`);
await watchLongTasks(ask);
const pageWeight = (await Promise.all(engine)).reduce((a, b) => a + b, 0);
engine.length = 0;
const rendererMemory = () => {
  let kb = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return kb * 1024;
};
const baseline = rendererMemory();
let peak = baseline;
const sampler = setInterval(() => (peak = Math.max(peak, rendererMemory())), 50);
const answered = (heading: RegExp) =>
  ask.waitForFunction(
    (h) =>
      new RegExp(h).test(document.querySelector('[data-ask-heading]')?.textContent ?? '') &&
      /^Answered/.test(document.querySelector('[data-ask-status]')?.textContent ?? ''),
    heading.source,
    { timeout: 120_000 },
  );
const askOpened = await ask.evaluate(() => performance.now());
await ask.getByRole('button', { name: 'Summarise this table' }).click();
await ask.getByLabel('Group by').first().selectOption('call_start_dt');
await ask.getByLabel('Dates by').first().selectOption('hour-of-day');
await ask.getByRole('button', { name: 'Answer' }).click();
await answered(/hour of the day/);
const firstAnswer = (await ask.evaluate(() => performance.now())) - askOpened;
await ask.getByLabel('Group by').first().selectOption('group_name');
await ask.getByLabel('What to measure').selectOption('median');
await ask.getByLabel('Of the column').selectOption('answer_wait');
const asked = await ask.evaluate(() => performance.now());
await ask.getByRole('button', { name: 'Answer' }).click();
await answered(/Median/);
const secondAnswer = (await ask.evaluate(() => performance.now())) - asked;
clearInterval(sampler);
const askStatus = await ask.locator('[data-ask-status]').textContent();
const askLongTasks = await longTasksOf(ask);
const engineBytes = (await Promise.all(engine)).reduce((a, b) => a + b, 0);
await ask.close();

// SQL on a fresh page, opened by a link to a query (the SQL tab alone, so that the rows' preview does not read the
// file at the same time): from the navigation to the answer of "calls by hour of day" (the engine downloaded and
// started, every row read), then a second query; the same long tasks, bytes (besides the page's own) and memory.
const sql = await browser.newPage();
const sqlFetched: Promise<{ raw: number; gzip: number }>[] = [];
// Weighed from the served files: a response whose body the page reads as a stream has none left to give here.
sql.on('response', (res) => {
  const url = new URL(res.url());
  if (url.protocol === 'blob:' || url.origin !== server.url || url.pathname.endsWith('.csv')) return;
  // The page's own files (its HTML, stylesheet, fonts and the preview's button) were weighed above.
  if (/\/$|\.css$|\.woff2$|Preview\.astro/.test(url.pathname)) return;
  const file = path.join(dist, decodeURIComponent(url.pathname), url.pathname.endsWith('/') ? 'index.html' : '');
  const bytes = fs.readFileSync(file);
  sqlFetched.push(Promise.resolve({ raw: bytes.length, gzip: gzipSync(bytes).length }));
});
await sql.addInitScript(observeLongTasks);
const sqlBaseline = rendererMemory();
let sqlPeak = sqlBaseline;
const sqlSampler = setInterval(() => (sqlPeak = Math.max(sqlPeak, rendererMemory())), 50);
const sqlStatus = () => sql.locator('[data-tabpanel="sql"] [data-status]').first().textContent();
const sqlAnswer = async (query: string) => {
  await sql.locator('[data-tabpanel="sql"] [data-query]').first().fill(query);
  const before = await sql.locator('[data-tabpanel="sql"] [data-caption]').first().textContent();
  await sql.locator('[data-tabpanel="sql"] [data-run]').first().click();
  await sql.waitForFunction(
    (b) => {
      const caption = document.querySelector('[data-tabpanel="sql"] [data-caption]')?.textContent ?? '';
      return (
        (caption && caption !== b) || !document.querySelector<HTMLElement>('[data-tabpanel="sql"] [data-error]')?.hidden
      );
    },
    before,
    { timeout: 300_000 },
  );
};
// A link to the query opens the SQL tab and runs it: timed from the navigation's start.
const byHour = `SELECT hour(strptime(call_start_dt, '%m/%d/%Y %H:%M')) AS hour, count(*) AS calls FROM ${slug.replaceAll('-', '_')} GROUP BY 1 ORDER BY 1`;
await sql.goto(`${server.url}/datasets/${slug}/#sql=${slug.replaceAll('-', '_')}&query=${encodeURIComponent(byHour)}`);
await sql.waitForFunction(
  () =>
    document.querySelector('[data-tabpanel="sql"] [data-caption]')?.textContent ||
    document.querySelector<HTMLElement>('[data-tabpanel="sql"] [data-error]')?.hidden === false,
  null,
  { timeout: 300_000 },
);
const sqlFirst = await sql.evaluate(() => performance.now());
const sqlFirstStatus = await sqlStatus();
const sqlAsked = await sql.evaluate(() => performance.now());
await sqlAnswer(
  `SELECT group_name, median(answer_wait) AS wait, count(*) AS calls FROM ${slug.replaceAll('-', '_')} GROUP BY 1 ORDER BY 3 DESC`,
);
const sqlSecond = (await sql.evaluate(() => performance.now())) - sqlAsked;
clearInterval(sqlSampler);
const sqlLastStatus = await sqlStatus();
const sqlError = await sql.locator('[data-tabpanel="sql"] [data-error]').first().textContent();
const sqlLongTasks = await longTasksOf(sql);
const sqlBytes = (await Promise.all(sqlFetched)).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), {
  raw: 0,
  gzip: 0,
});
await browser.close();
await server.close();

console.log(
  `\nPreview benchmark: a ${mb.toFixed(0)} MB CSV (the Portland 911 call log repeated), ${os.cpus().length} cores`,
);
console.log('| measure | value | budget |\n|---|---|---|');
console.log(
  `| build-time profile: ${first.rows.toLocaleString('en')} rows | ${first.seconds.toFixed(1)} s = ${(mb / first.seconds).toFixed(0)} MB/s | — |`,
);
console.log(
  `| profile again, file unchanged | ${second.seconds === 0 ? 'read from cache (0 s)' : `${second.seconds.toFixed(1)} s`} | not profiled again |`,
);
console.log(`| preview: first rows on screen after the click | ${firstRows.toFixed(0)} ms | ≤ 1,000 ms |`);
console.log(`| preview: rows loaded until the cap | ${(loadedMs / 1000).toFixed(1)} s | — |`);
console.log(
  `| preview: longest main-thread task while loading | ${longTasks.length ? Math.max(...longTasks).toFixed(0) : 'none over 50'} ms (${longTasks.length} long tasks) | no task > 50 ms |`,
);
console.log(
  `| page JS heap after loading (main thread; rows live in the worker) | ${(heap / 1e6).toFixed(1)} MB | bounded by the row cap |`,
);
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
console.log(
  `| summary: "count by hour of day" after the tab opens (file read in full) | ${(firstAnswer / 1000).toFixed(2)} s | ≤ 3 s |`,
);
console.log(
  `| summary: the next question ("median answer_wait by group_name") | ${secondAnswer.toFixed(0)} ms | ≤ 1,000 ms |`,
);
console.log(
  `| summary: longest main-thread task | ${askLongTasks.length ? Math.max(...askLongTasks).toFixed(0) : 'none over 50'} ms (${askLongTasks.length} long tasks) | no task > 50 ms |`,
);
console.log(
  `| summary: fetched besides the file (gzip) | ${kB(engineBytes)} (the page itself: ${kB(pageWeight)}) | — |`,
);
console.log(`| summary: renderer memory, peak above the page's | ${((peak - baseline) / 1e6).toFixed(0)} MB | — |`);
console.log(
  `| SQL: "calls by hour of day" after the tab opens (engine started, every row read) | ${(sqlFirst / 1000).toFixed(2)} s | — |`,
);
console.log(`| SQL: the next query ("median answer_wait by group_name") | ${sqlSecond.toFixed(0)} ms | — |`);
console.log(
  `| SQL: longest main-thread task | ${sqlLongTasks.length ? Math.max(...sqlLongTasks).toFixed(0) : 'none over 50'} ms (${sqlLongTasks.length} long tasks) | no task > 50 ms |`,
);
console.log(
  `| SQL: the engine's files, fetched when the tab opens | ${(sqlBytes.raw / 1e6).toFixed(1)} MB, ${(sqlBytes.gzip / 1e6).toFixed(1)} MB gzip | each file < 25 MiB |`,
);
console.log(`| SQL: renderer memory, peak above the page's | ${((sqlPeak - sqlBaseline) / 1e6).toFixed(0)} MB | — |`);
console.log(`\nStatus shown: ${statusText}`);
console.log(`Summary status: ${askStatus}`);
console.log(`SQL status: ${sqlFirstStatus} / ${sqlLastStatus}${sqlError ? ` / error: ${sqlError}` : ''}`);
fs.rmSync(work, { recursive: true, force: true });
