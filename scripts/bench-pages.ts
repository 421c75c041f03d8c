// npm run bench:pages: builds the sample catalog and, in headless Chromium, weighs every page a resident
// lands on (home, search, each dataset page, each story): the bytes fetched until the page has loaded, gzip
// as a CDN serves them, before any preview is opened; lists scripts that block rendering; then runs
// Lighthouse (mobile, its default throttling) on the home page, dataset pages, search and a story.
// Usage: npm run bench:pages [-- --dist <built dir>]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launch, recordResponses } from './lib/browser.ts';
import { serve } from './lib/serve.ts';
import { isLang } from '../src/i18n/languages.ts';

const BUDGET_KB = 30;
const { values } = parseArgs({ options: { dist: { type: 'string' } } });
const root = path.resolve(import.meta.dirname, '..');
let dist = values.dist ? path.resolve(values.dist) : '';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-bench-pages-'));

if (!dist) {
  dist = path.join(work, 'dist');
  process.stdout.write('building the sample catalog… ');
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CDC_OUT_DIR: dist },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0) {
    console.error(`build failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
    process.exit(1);
  }
  console.log('done');
}

// The pages of each language: the default at the root, every other under its code (`es/`).
const prefixes = [
  '',
  ...fs
    .readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && isLang(d.name) && fs.existsSync(path.join(dist, d.name, 'index.html')))
    .map((d) => `${d.name}/`),
];
const pagesOf = (prefix: string) => {
  const at = (dir: string) => path.join(dist, prefix, dir);
  const tag = prefix ? ` (${prefix.slice(0, -1)})` : '';
  return [
    { kind: `home${tag}`, url: `/${prefix}` },
    { kind: `search${tag}`, url: `/${prefix}search/` },
    ...fs
      .readdirSync(at('datasets'), { withFileTypes: true })
      .filter(
        (d) =>
          d.isDirectory() &&
          fs.existsSync(path.join(at('datasets'), d.name, 'index.html')) &&
          !['format', 'page'].includes(d.name) &&
          !/^\d+$/.test(d.name),
      )
      .map((d) => ({ kind: `dataset${tag}`, url: `/${prefix}datasets/${d.name}/` })),
    ...(fs.existsSync(at('stories'))
      ? fs
          .readdirSync(at('stories'), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => ({ kind: `story${tag}`, url: `/${prefix}stories/${d.name}/` }))
      : []),
  ];
};
const pages = prefixes.flatMap(pagesOf);

const server = await serve(dist, { gzip: true });
const browser = await launch();
const results: { kind: string; url: string; kb: number; blocking: string[] }[] = [];
for (const p of pages) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const { snapshot } = recordResponses(page, server.url);
  await page.goto(server.url + p.url, { waitUntil: 'networkidle' });
  const bytes = (await snapshot()).reduce((a, f) => a + f.gzip, 0);
  // Classic scripts in <head> without async/defer hold up the first paint.
  const blocking = await page.evaluate(() =>
    [...document.head.querySelectorAll('script[src]')]
      .filter(
        (s) =>
          (s as HTMLScriptElement).type !== 'module' &&
          !(s as HTMLScriptElement).async &&
          !(s as HTMLScriptElement).defer,
      )
      .map((s) => (s as HTMLScriptElement).src),
  );
  results.push({ kind: p.kind, url: p.url, kb: bytes / 1000, blocking });
  await page.close();
}
await browser.close();

// Lighthouse: the home page, the median and the heaviest dataset page, search, and the first story.
const datasets = results.filter((r) => r.kind.startsWith('dataset')).sort((a, b) => a.kb - b.kb);
const second = prefixes[1];
const audited = [
  { label: 'home', url: '/' },
  { label: 'dataset (median weight)', url: datasets[Math.floor(datasets.length / 2)]?.url },
  { label: 'dataset (heaviest)', url: datasets.at(-1)?.url },
  { label: 'search', url: '/search/' },
  { label: 'story', url: results.find((r) => r.kind === 'story')?.url },
  ...(second ? [{ label: `home (${second.slice(0, -1)})`, url: `/${second}` }] : []),
].filter((a): a is { label: string; url: string } => !!a.url);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
const scores: string[] = [];
for (const a of audited) {
  const run = await lighthouse(server.url + a.url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const lhr = run!.lhr;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failing = Object.values(lhr.audits)
    .filter(
      (x) =>
        x.score !== null &&
        x.score < 0.9 &&
        !['informative', 'notApplicable', 'manual'].includes(x.scoreDisplayMode) &&
        !x.id.endsWith('-insight'),
    )
    .map((x) => `${x.id}${x.displayValue ? ` (${x.displayValue})` : ''}`);
  scores.push(
    `| ${a.label} | ${a.url} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${failing.join(', ') || '—'} |`,
  );
}
chrome.kill();
await server.close();
if (!values.dist) fs.rmSync(work, { recursive: true, force: true });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
console.log(`\nPage weight: bytes fetched until load, gzip, no preview opened (Chromium, 412 px wide)`);
console.log('| page | pages | median (kB) | largest (kB) | largest page | render-blocking scripts |');
console.log('|---|---|---|---|---|---|');
for (const kind of [...new Set(results.map((r) => r.kind))]) {
  const rows = results.filter((r) => r.kind === kind);
  if (!rows.length) continue;
  const largest = rows.reduce((a, b) => (b.kb > a.kb ? b : a));
  console.log(
    `| ${kind} | ${rows.length} | ${median(rows.map((r) => r.kb)).toFixed(1)} | ${largest.kb.toFixed(1)} | ${largest.url} | ${rows.reduce((n, r) => n + r.blocking.length, 0)} |`,
  );
}
const over = results.filter((r) => r.kind.startsWith('dataset') && r.kb > BUDGET_KB);
console.log('\nLighthouse (mobile: simulated slow 4G and a 4× slower CPU; gzip as a static host serves it)');
console.log('| page | url | performance | accessibility | best practices | SEO | audits under 0.9 |');
console.log('|---|---|---|---|---|---|---|');
for (const row of scores) console.log(row);
console.log(
  `\nBudget (design.md): a dataset page ≤ ${BUDGET_KB} kB gzip with no render-blocking script. ${over.length ? `Over: ${over.map((r) => `${r.url} ${r.kb.toFixed(1)} kB`).join(', ')}` : 'Every dataset page is within it.'}`,
);
