// npm run bench: builds generated catalogs of N datasets and prints wall time, peak memory, pages/s and dist size;
// then, on each catalog, runs the dev server and times how long an edit to one dataset takes to show.
// Usage: npm run bench [-- --sizes 1000,10000] [--from content] [--realistic] [--real-data ../shared/data] [--keep]
//        [--parallel]
// --parallel: also builds each catalog with npm run build -- --parallel (one part per core) and compares the outputs.
// --realistic: 200 organizations, 20 themes, 15 formats and real catalogs' texts (scripts/lib/generate-realistic.ts).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCatalog } from './lib/generate-catalog.ts';
import type { PeakMemory } from './lib/peak-memory.ts';
import { differingFiles } from './lib/compare-sites.ts';
import { pagesOfBuild } from './lib/build-log.ts';
import { buildCacheDir } from '../src/lib/build/cache-dir.ts';
import { parseFrontMatter } from '../src/lib/content/yaml-source.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    from: { type: 'string', default: 'content' },
    keep: { type: 'boolean', default: false },
    realistic: { type: 'boolean', default: false },
    parallel: { type: 'boolean', default: false },
    'real-data': { type: 'string', default: path.resolve(import.meta.dirname, '../../shared/data') },
  },
});
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const root = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-bench-'));
const rssFile = path.join(work, 'rss.txt');
const rssHook = path.join(work, 'rss-hook.mjs');
fs.writeFileSync(
  rssHook,
  `import fs from 'node:fs';\nprocess.on('exit', () => fs.appendFileSync(${JSON.stringify(rssFile)}, process.resourceUsage().maxRSS + '\\n'));\n`,
);

interface Output {
  bytes: number;
  files: number;
  pages: number;
  /** The datasets' own files (their CSV, GeoJSON …, copied as they are). */
  dataBytes: number;
  dataFiles: number;
  largest: number;
}

/** What a build wrote: everything, and the part that is the datasets' own files (named as in `content`). */
function duBytes(dir: string, content?: string): Output {
  const dataFiles = new Set<string>();
  if (content)
    for (const d of fs.readdirSync(path.join(content, 'datasets'), { recursive: true, withFileTypes: true }))
      if (d.isFile() && d.name !== 'index.md') dataFiles.add(path.relative(content, path.join(d.parentPath, d.name)));
  const out: Output = { bytes: 0, files: 0, pages: 0, dataBytes: 0, dataFiles: 0, largest: 0 };
  for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const file = path.join(d.parentPath, d.name);
    const size = fs.statSync(file).size;
    out.files++;
    out.bytes += size;
    out.largest = Math.max(out.largest, size);
    if (d.name.endsWith('.html')) out.pages++;
    if (dataFiles.has(path.relative(dir, file))) {
      out.dataFiles++;
      out.dataBytes += size;
    }
  }
  return out;
}

/** Puts `prefix` before the title of dataset `slug` in `content`. */
function retitle(content: string, slug: string, prefix: string): void {
  const file = path.join(content, 'datasets', slug, 'index.md');
  const text = fs.readFileSync(file, 'utf8');
  const title = String((parseFrontMatter(text).data as { title?: unknown }).title);
  // A JSON string is a valid YAML scalar, whatever the title holds.
  fs.writeFileSync(file, text.replace(/^title: .*$/m, `title: ${JSON.stringify(`${prefix}, ${title}`)}`));
}

/** Starts `astro dev` on `content`, edits one dataset's title, and returns the seconds until its page shows it. */
async function devReloadSeconds(content: string): Promise<{ startup: number; reload: number }> {
  const port = 4393;
  const t0 = performance.now();
  const dev = spawn(
    process.execPath,
    [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CDC_CONTENT_DIR: content },
      stdio: process.env['BENCH_DEBUG'] ? 'inherit' : 'ignore',
    },
  );
  const slug = fs.readdirSync(path.join(content, 'datasets')).sort()[0]!;
  const url = `http://127.0.0.1:${port}/datasets/${slug}/`;
  const until = async (ok: (html: string) => boolean) => {
    for (;;) {
      const html = await fetch(url).then(
        (r) => (r.ok ? r.text() : ''),
        () => '',
      );
      if (ok(html)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  try {
    await until((html) => html.includes('<h1'));
    const startup = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    retitle(content, slug, 'Edited while the server runs');
    await until((html) => html.includes('Edited while the server runs'));
    return { startup, reload: (performance.now() - t1) / 1000 };
  } finally {
    dev.kill();
  }
}

const rows: string[][] = [];
const reloads: string[] = [];
const languageRows: string[] = [];
const outputRows: string[] = [];

interface Measured {
  seconds: number;
  /** What the build printed (without --silent, its pages). */
  stdout: string;
  /** The largest peak of one process, in MB: the build's own, or one of Pagefind's indexers. */
  peakMb: number;
  /** The peak of all the build's processes together, in MB (where /proc lets us sample them). */
  totalMb: number | undefined;
}

/**
 * Runs a build (`args` for Node) of `content` into `out` and measures it, with a sampler watching the memory of all
 * its processes; exits on a failed build.
 */
function measuredBuild(what: string, args: string[], env: Record<string, string>): Measured {
  const peakFile = path.join(work, 'peak.json');
  fs.rmSync(peakFile, { force: true });
  const sampler = spawn(
    process.execPath,
    [path.join(root, 'scripts/lib/peak-memory.ts'), String(process.pid), peakFile],
    { stdio: 'ignore' },
  );
  const t0 = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  sampler.kill();
  if (result.status !== 0) {
    const said = `${result.stdout}\n${result.stderr}`.trim();
    // A --silent build says nothing, not even why it failed: say how to see it.
    const again = `CDC_CONTENT_DIR=${env['CDC_CONTENT_DIR']} CDC_OUT_DIR=${env['CDC_OUT_DIR']} npm run build`;
    console.error(
      `\n${what} failed${result.signal ? ` (killed: ${result.signal})` : ''}:\n${said || `see why: ${again}`}`,
    );
    process.exit(1);
  }
  const ownPeak = peakRss();
  const sampled = fs.existsSync(peakFile) ? (JSON.parse(fs.readFileSync(peakFile, 'utf8')) as PeakMemory) : undefined;
  return {
    seconds,
    stdout: result.stdout,
    peakMb: Math.max(ownPeak, (sampled?.largest ?? 0) / 2 ** 20),
    totalMb: sampled ? sampled.total / 2 ** 20 : undefined,
  };
}

/**
 * `npm run build` of `content` into `out`, measured: a clean build (every page rendered, `--force`), or an
 * incremental one, which copies from the previous build the pages whose code and data did not change.
 */
function build(n: number, content: string, out: string, kind: 'clean' | 'incremental' = 'clean'): Measured {
  return measuredBuild(
    `build of ${n} datasets`,
    [path.join(root, 'scripts/build.ts'), ...(kind === 'clean' ? ['--force', '--silent'] : [])],
    { NODE_OPTIONS: `--import ${rssHook}`, CDC_CONTENT_DIR: content, CDC_OUT_DIR: out },
  );
}

/** The largest peak memory the processes since the last call reported, in MB. */
function peakRss(): number {
  const peak = Math.max(...fs.readFileSync(rssFile, 'utf8').split('\n').filter(Boolean).map(Number)) / 1024;
  fs.rmSync(rssFile);
  return peak;
}

/** npm run build -- --parallel of `content` into `out`, measured. */
function buildParallel(content: string, out: string): Measured {
  return measuredBuild('parallel build', [path.join(root, 'scripts/build.ts'), '--parallel', '--force', '--silent'], {
    NODE_OPTIONS: `--import ${rssHook}`,
    CDC_CONTENT_DIR: content,
    CDC_OUT_DIR: out,
  });
}
const parallelRows: string[] = [];

for (const n of sizes) {
  const content = path.join(work, `content-${n}`);
  const out = path.join(work, `dist-${n}`);
  process.stdout.write(`generating ${n} datasets… `);
  const generated = generateCatalog(path.resolve(root, values.from), content, n, {
    realistic: values.realistic,
    realData: values['real-data'],
  });
  if (generated) process.stdout.write(generated.note ? `(${generated.note}) ` : `(${generated.realTexts} real texts) `);
  process.stdout.write('building… ');
  const { seconds, peakMb, totalMb } = build(n, content, out);
  const dist = duBytes(out, content);
  console.log('done');
  const perDataset = (x: number) => (x / n).toFixed(2);
  outputRows.push(
    `| ${n} | ${dist.files} (${perDataset(dist.files - dist.dataFiles)} per dataset beyond its data files) | ${(dist.bytes / 1e6).toFixed(0)} MB (${((dist.bytes - dist.dataBytes) / n / 1000).toFixed(1)} kB per dataset beyond its data files) | ${(dist.largest / 2 ** 20).toFixed(1)} MiB |`,
  );
  rows.push([
    String(n),
    seconds.toFixed(1),
    peakMb.toFixed(0),
    totalMb === undefined ? 'n/a' : totalMb.toFixed(0),
    (dist.pages / seconds).toFixed(0),
    String(dist.pages),
    (dist.bytes / 1e6).toFixed(1),
  ]);
  if (values.parallel) {
    process.stdout.write(`building in ${os.availableParallelism()} parts at once… `);
    const par = buildParallel(content, `${out}-parallel`);
    const differ = differingFiles(out, `${out}-parallel`).length;
    fs.rmSync(`${out}-parallel`, { recursive: true, force: true });
    console.log('done');
    parallelRows.push(
      `| ${n} | ${seconds.toFixed(1)} s, ${peakMb.toFixed(0)} MB | ${par.seconds.toFixed(1)} s, ${par.peakMb.toFixed(0)} MB (largest process) | ${(seconds / par.seconds).toFixed(2)}× | ${differ === 0 ? 'identical' : `${differ} files differ`} |`,
    );
  }
  // The same catalog in its default language only: what the other languages cost.
  const catalogFile = path.join(content, 'catalog.yaml');
  const catalogYaml = fs.readFileSync(catalogFile, 'utf8');
  const languages =
    /^languages:\s*\[([^\]]*)\]/m
      .exec(catalogYaml)?.[1]
      ?.split(',')
      .map((l) => l.trim()) ?? [];
  if (languages.length > 1) {
    process.stdout.write(`building in ${languages[0]} only… `);
    fs.writeFileSync(catalogFile, catalogYaml.replace(/^languages:.*$/m, `languages: [${languages[0]}]`));
    const one = build(n, content, `${out}-one`);
    const oneDist = duBytes(`${out}-one`);
    fs.writeFileSync(catalogFile, catalogYaml);
    fs.rmSync(`${out}-one`, { recursive: true, force: true });
    console.log('done');
    languageRows.push(
      `| ${n} | ${one.seconds.toFixed(1)} s, ${oneDist.pages} pages, ${one.peakMb.toFixed(0)} MB | ${languages.join(' + ')}: ${seconds.toFixed(1)} s, ${dist.pages} pages, ${peakMb.toFixed(0)} MB | ${(seconds / one.seconds).toFixed(2)}× |`,
    );
  }
  process.stdout.write('dev server: editing one dataset… ');
  const dev = await devReloadSeconds(content);
  console.log('done');
  // The production build after one more edit, with what the clean build left (its pages, profiles, converted
  // copies, git history), then a clean build of the same, to compare. Then again after another edit as CI runs it:
  // a fresh checkout, without dist/, the caches restored.
  process.stdout.write('building again after editing one dataset… ');
  const datasets = fs.readdirSync(path.join(content, 'datasets')).sort();
  retitle(content, datasets[1]!, 'Edited before a rebuild');
  const rebuild = build(n, content, out, 'incremental');
  const pages = pagesOfBuild(rebuild.stdout);
  process.stdout.write('and a clean build of the same… ');
  build(n, content, `${out}-clean`);
  const differ = differingFiles(`${out}-clean`, out).length;
  fs.rmSync(`${out}-clean`, { recursive: true, force: true });
  process.stdout.write('and after another edit, without dist/… ');
  retitle(content, datasets[2]!, 'Edited before a rebuild in CI');
  fs.rmSync(out, { recursive: true, force: true });
  const inCi = build(n, content, out, 'incremental');
  console.log('done');
  reloads.push(
    `| ${n} | ${dev.startup.toFixed(1)} s | ${dev.reload.toFixed(1)} s | ${rebuild.seconds.toFixed(1)} s; without dist/ (CI): ${inCi.seconds.toFixed(1)} s; clean: ${seconds.toFixed(1)} s | ${pages.rendered.length} rendered, ${pages.reused.length} copied; ${differ === 0 ? 'identical to a clean build' : `${differ} files differ from a clean build`} |`,
  );
  if (!values.keep) {
    fs.rmSync(content, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
    // The caches of the builds of this catalog (their pages, for the incremental build), and of its dev server.
    for (const outDir of [out, `${out}-one`, `${out}-clean`, 'dist'])
      fs.rmSync(buildCacheDir(root, { contentDir: content, outDir, base: '/' }), { recursive: true, force: true });
  }
}

const head = [
  'datasets',
  'wall time (s)',
  'peak memory, largest process (MB)',
  'peak memory, all processes (MB)',
  'pages/s',
  'pages',
  'dist (MB)',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
console.log(`\nBuild benchmark (${os.cpus().length} cores, Node ${process.version})`);
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(
  "\nBudget (design.md, issue #16): 10,000 datasets in ≤ 22 s with peak memory ≤ 1 GB. Memory counts Pagefind's indexers, which are processes of their own.",
);
console.log("\nOutput: files and bytes written (data files are the datasets' own, copied as they are)");
console.log('| datasets | files | bytes | largest file |');
console.log('|---|---|---|---|');
for (const r of outputRows) console.log(r);
console.log(
  'Hosts: Cloudflare Pages takes at most 20,000 files and 25 MiB per file; GitHub Pages sites should stay under 1 GB. Budget (issue #16): ≤ 2.5 files and ≤ 25 kB per dataset beyond its data files.',
);
if (parallelRows.length) {
  console.log(`\nParallel: npm run build -- --parallel (${os.availableParallelism()} parts at once, then merged)`);
  console.log('| datasets | one process | parallel | speed-up | output |');
  console.log('|---|---|---|---|---|');
  for (const r of parallelRows) console.log(r);
}
if (languageRows.length) {
  console.log('\nLanguages: the same catalog built in its default language only, and in all its languages');
  console.log('| datasets | default language only | all languages | ratio |');
  console.log('|---|---|---|---|');
  for (const r of languageRows) console.log(r);
  console.log('Budget (issue #15): two languages ≤ 1.9× one.');
}
console.log(
  '\nChanging one dataset (npm run dev: the content is read again, the page rendered on request; npm run build: the pages whose data or code changed, the others copied from the build before)',
);
console.log(
  '| datasets | dev server start-up, first page | edit saved → page shows it | build after the edit | its pages |',
);
console.log('|---|---|---|---|---|');
for (const r of reloads) console.log(r);
console.log(
  "\nBudget (design.md): ≤ 5 s after a change in dev, plus Astro's fixed start-up; a build after one changed dataset of 10,000 ≤ 8 s.",
);
if (values.keep) console.log(`kept in ${work}`);
else fs.rmSync(work, { recursive: true, force: true });
