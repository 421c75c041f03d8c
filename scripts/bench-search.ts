// npm run bench:search: builds a generated catalog of N datasets (default 10,000), then in headless Chromium
// measures the bytes fetched for the first search (gzip, as a CDN serves them) and the time from the last
// keystroke to results painted for 20 queries. Usage: npm run bench:search [-- --size 10000] [--realistic]
// [--real-data ../shared/data] [--dist <built dir>] [--keep]. --realistic: 200 organizations, 20 themes, 15 formats.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCatalog } from './lib/generate-catalog.ts';
import { launch, recordResponses, type Fetched } from './lib/browser.ts';
import { serve } from './lib/serve.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    dist: { type: 'string' },
    keep: { type: 'boolean', default: false },
    realistic: { type: 'boolean', default: false },
    'real-data': { type: 'string', default: path.resolve(import.meta.dirname, '../../shared/data') },
  },
});
const root = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-bench-search-'));
let dist = values.dist ? path.resolve(values.dist) : '';
const n = Number(values.size);
let indexSeconds = NaN;

if (!dist) {
  const content = path.join(work, 'content');
  dist = path.join(work, 'dist');
  process.stdout.write(`generating ${n} datasets… `);
  const generated = generateCatalog(path.join(root, 'content'), content, n, {
    realistic: values.realistic,
    realData: values['real-data'],
  });
  if (generated) process.stdout.write(generated.note ? `(${generated.note}) ` : `(${generated.realTexts} real texts) `);
  process.stdout.write('building… ');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CDC_CONTENT_DIR: content, CDC_OUT_DIR: dist },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    console.error(`build failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
    process.exit(1);
  }
  indexSeconds = Number(/search index: .* in ([\d.]+) s$/m.exec(result.stdout)?.[1]);
  console.log('done');
}

const server = await serve(dist);
const browser = await launch();
const page = await browser.newPage();
const { snapshot, reset } = recordResponses(page, server.url);

await page.goto(`${server.url}/search/`);
await page.waitForLoadState('networkidle');
const pageBytes = (await snapshot()).reduce((s, f) => s + f.gzip, 0);
reset();

// The first query: focus loads the library, typing runs the search. Its time runs from the last keystroke to the
// first results painted, as for the other queries.
await page.evaluate(() => {
  const w = window as unknown as { lastKey: number; painted: number };
  document.querySelector('#search-q')!.addEventListener('input', () => (w.lastKey = performance.now()));
  const list = document.querySelector('[data-results]')!;
  const observer = new MutationObserver(() => {
    if (!list.children.length) return;
    observer.disconnect();
    requestAnimationFrame(() => (w.painted = performance.now()));
  });
  observer.observe(list, { childList: true });
});
const input = page.getByRole('searchbox', { name: 'Search the datasets' });
await input.focus();
await input.pressSequentially('trees', { delay: 30 });
await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length > 0);
const untilResults = await snapshot();
await page.waitForFunction(() => (window as unknown as { painted?: number }).painted !== undefined);
const firstMs = await page.evaluate(() => {
  const w = window as unknown as { lastKey: number; painted: number };
  return w.painted - w.lastKey - 150;
});
await page.waitForFunction(() => document.querySelectorAll('[data-facet-group] li').length > 0);
await page.waitForLoadState('networkidle');
const first = await snapshot();
const sum = (xs: Fetched[]) => xs.reduce((s, f) => s + f.gzip, 0);
const filterBytes = sum(first) - sum(untilResults);

// 20 queries: time from the last keystroke to the results painted (minus the 150 ms debounce).
const queries = [
  'budget',
  'police',
  'bike',
  'trees',
  'permits',
  'neighborhood',
  'fire',
  'pets',
  'noise',
  'light rail',
  'stops',
  'paris',
  'offense',
  'demographics',
  'calls',
  'bureau',
  'seattle',
  'boston',
  'zillow',
  'lookup',
];
const times: number[] = [];
for (const q of queries) {
  await input.fill('');
  await page.waitForTimeout(250);
  await input.pressSequentially(q.slice(0, -1), { delay: 20 });
  // Let the searches for the prefix finish, so only the last keystroke's search is timed.
  await page.waitForTimeout(700);
  const ms = await page.evaluate(
    async (last) =>
      new Promise<number>((resolve) => {
        const list = document.querySelector('[data-results]')!;
        const box = document.querySelector<HTMLInputElement>('#search-q')!;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (list.children.length) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        });
        list.replaceChildren();
        observer.observe(list, { childList: true });
        box.value += last;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    q.slice(-1),
  );
  times.push(ms - 150);
}
await browser.close();
await server.close();
const worst = Math.max(firstMs, ...times);
times.sort((a, b) => a - b);
const kb = (b: number) => (b / 1000).toFixed(1);
const kind = values.realistic ? 'realistic generated datasets' : 'generated datasets';
console.log(`\nSearch benchmark: ${values.dist ? dist : `${n} ${kind}`} (${os.cpus().length} cores)`);
console.log(`| measure | value |\n|---|---|`);
console.log(`| search page before typing (HTML+CSS+JS, gzip) | ${kb(pageBytes)} kB |`);
console.log(`| first query: fetched until the first results are painted (gzip) | ${kb(sum(untilResults))} kB |`);
console.log(`| first query with the filter counts that follow (gzip) | ${kb(sum(first))} kB |`);
console.log(`| … of which the filter index | ${kb(filterBytes)} kB |`);
console.log(
  `| keystroke → results painted, after debounce: median | ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms |`,
);
console.log(`| … worst of ${times.length} | ${times[times.length - 1]!.toFixed(0)} ms |`);
console.log(`| … the first query (loads the library and index) | ${firstMs.toFixed(0)} ms |`);
console.log(`| … worst, the first query included | ${worst.toFixed(0)} ms |`);
if (!Number.isNaN(indexSeconds))
  console.log(
    `| Pagefind, once the pages were written (it indexes them as they render) | ${indexSeconds.toFixed(1)} s |`,
  );
console.log('\nFetched for the first query:');
for (const f of first.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(f.gzip).padStart(7)} kB  ${f.url}`);
console.log(
  '\nBudgets (design.md, issue #16): first search ≤ 150 kB before the first results, ≤ 250 kB with filter counts;' +
    ' keystroke to results ≤ 100 ms median after the debounce, ≤ 300 ms worst (first query included).',
);
if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
else console.log(`kept in ${work}`);
