// npm run bench: builds generated catalogs of N datasets and prints wall time, peak memory, pages/s and dist size.
// Usage: npm run bench [-- --sizes 1000,10000] [--from content] [--keep]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCatalog } from './lib/generate-catalog.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, from: { type: 'string', default: 'content' }, keep: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0);
const root = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-bench-'));
const rssFile = path.join(work, 'rss.txt');
const rssHook = path.join(work, 'rss-hook.mjs');
fs.writeFileSync(rssHook, `import fs from 'node:fs';\nprocess.on('exit', () => fs.writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);

function duBytes(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0, files = 0, pages = 0;
  for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (!d.isFile()) continue;
    files++;
    if (d.name.endsWith('.html')) pages++;
    bytes += fs.statSync(path.join(d.parentPath, d.name)).size;
  }
  return { bytes, files, pages };
}

const rows: string[][] = [];
for (const n of sizes) {
  const content = path.join(work, `content-${n}`);
  const out = path.join(work, `dist-${n}`);
  process.stdout.write(`generating ${n} datasets… `);
  generateCatalog(path.resolve(root, values.from), content, n);
  process.stdout.write('building… ');
  const t0 = performance.now();
  const result = spawnSync(process.execPath, ['--import', rssHook, path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CDC_CONTENT_DIR: content, CDC_OUT_DIR: out },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (result.status !== 0) {
    console.error(`\nbuild of ${n} datasets failed:\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  const peakMb = Number(fs.readFileSync(rssFile, 'utf8')) / 1024;
  const dist = duBytes(out);
  console.log('done');
  rows.push([String(n), seconds.toFixed(1), peakMb.toFixed(0), (dist.pages / seconds).toFixed(0), String(dist.pages), (dist.bytes / 1e6).toFixed(1)]);
  if (!values.keep) fs.rmSync(content, { recursive: true, force: true });
  if (!values.keep) fs.rmSync(out, { recursive: true, force: true });
}

const head = ['datasets', 'wall time (s)', 'peak memory (MB)', 'pages/s', 'pages', 'dist (MB)'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
console.log(`\nBuild benchmark (${os.cpus().length} cores, Node ${process.version})`);
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log('\nBudget (design.md): 10,000 datasets in ≤ 60 s with peak memory ≤ 2 GB.');
if (values.keep) console.log(`kept in ${work}`);
else fs.rmSync(work, { recursive: true, force: true });
