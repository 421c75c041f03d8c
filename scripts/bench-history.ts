// npm run bench:history: the history step alone on a git repository with one commit per dataset (10,000 by
// default): a cold read (one git log, one cat-file batch), a read from the cache by HEAD, and a read after one more
// commit. With --build, also builds that repository and the same catalog outside git, and compares them.
// Usage: npm run bench:history [-- --datasets 10000] [--build] [--keep]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCatalog } from './lib/generate-catalog.ts';
import { diskCache } from '../src/lib/history/disk-cache.ts';
import { nodeGit } from '../src/lib/history/node-git.ts';
import { readHistory } from '../src/lib/history/read-history.ts';

const { values } = parseArgs({
  options: {
    datasets: { type: 'string', default: '10000' },
    from: { type: 'string', default: 'content' },
    build: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.datasets);
const root = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-bench-history-'));
const content = path.join(work, 'content');
const datasets = path.join(content, 'datasets');

const git = (args: string[], input?: Buffer) => {
  const r = spawnSync('git', args, { cwd: work, input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args[0]} failed: ${r.stderr.toString()}`);
  return r.stdout.toString();
};

/** One commit with the catalog's own files, then one commit per dataset, written by git fast-import. */
function commitPerDataset(): void {
  git(['init', '-q']);
  git(['symbolic-ref', 'HEAD', 'refs/heads/main']);
  const parts: Buffer[] = [];
  const blobMarks = new Map<string, number>();
  let mark = 0;
  const blob = (file: string) => {
    const stat = fs.statSync(file);
    const key = `${stat.dev}:${stat.ino}`;
    let m = blobMarks.get(key);
    if (m === undefined) {
      const bytes = fs.readFileSync(file);
      blobMarks.set(key, (m = ++mark));
      parts.push(Buffer.from(`blob\nmark :${m}\ndata ${bytes.length}\n`), bytes, Buffer.from('\n'));
    }
    return m;
  };
  const filesUnder = (dir: string) =>
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.join(d.parentPath, d.name));
  const commit = (message: string, files: string[], time: number) => {
    const marks = files.map((f) => [path.relative(work, f).split(path.sep).join('/'), blob(f)] as const);
    const msg = Buffer.from(message);
    parts.push(
      Buffer.from(`commit refs/heads/main\ncommitter Bench <bench@example.org> ${time} +0000\ndata ${msg.length}\n`),
      msg,
      Buffer.from('\n' + marks.map(([p, m]) => `M 100644 :${m} ${p}\n`).join('') + '\n'),
    );
  };
  const start = Date.UTC(2020, 0, 1) / 1000;
  const own = filesUnder(content).filter((f) => !f.startsWith(datasets + path.sep));
  commit('Catalog, organizations and themes', own, start);
  fs.readdirSync(datasets)
    .sort()
    .forEach((slug, i) => commit(`Add ${slug}`, filesUnder(path.join(datasets, slug)), start + 60 * (i + 1)));
  git(['fast-import', '--quiet'], Buffer.concat(parts));
  git(['reset', '-q']);
}

async function timed<T>(run: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const t0 = performance.now();
  const value = await run();
  return { seconds: (performance.now() - t0) / 1000, value };
}

process.stdout.write(`generating ${count} datasets… `);
generateCatalog(path.resolve(root, values.from), content, count);
process.stdout.write('committing one by one (fast-import)… ');
const t0 = performance.now();
commitPerDataset();
console.log(`done (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

const cacheDir = path.join(work, 'cache');
const cache = () => diskCache(cacheDir, content);
const cold = await timed(() => readHistory(datasets, nodeGit, cache()));
const changes = cold.value.available ? cold.value.changes.length : 0;
const cached = await timed(() => readHistory(datasets, nodeGit, cache()));
// One more commit: the title of one dataset and one of its files (HEAD moved, so the history is read again).
const slug = fs.readdirSync(datasets).sort()[0]!;
const index = path.join(datasets, slug, 'index.md');
fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace(/^title: (.*)$/m, 'title: "Edited: $1"'));
git(['-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', 'commit', '-qam', `Edit ${slug}`]);
const moved = await timed(() => readHistory(datasets, nodeGit, cache()));
const cacheBytes = fs.readdirSync(cacheDir).reduce((n, f) => n + fs.statSync(path.join(cacheDir, f)).size, 0);

console.log(
  `\nHistory step (${os.cpus().length} cores, Node ${process.version}, ${count} datasets, ${changes} changes)`,
);
console.log('| read | seconds |');
console.log('|---|---|');
console.log(`| cold: git log + cat-file batch + diff | ${cold.seconds.toFixed(2)} |`);
console.log(`| same HEAD, from the disk cache (${(cacheBytes / 1e6).toFixed(1)} MB) | ${cached.seconds.toFixed(2)} |`);
console.log(`| after one more commit | ${moved.seconds.toFixed(2)} |`);

if (values.build) {
  const build = (dir: string, out: string) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CDC_CONTENT_DIR: dir, CDC_OUT_DIR: out },
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
    return (performance.now() - t) / 1000;
  };
  const plain = path.join(work, 'plain');
  fs.cpSync(content, plain, { recursive: true });
  const without = build(plain, path.join(work, 'dist-plain'));
  const withHistory = build(content, path.join(work, 'dist-git'));
  console.log('\nFull build | outside git (history not available) | in the repository (history pages and feeds)');
  console.log(
    `| seconds | ${without.toFixed(1)} | ${withHistory.toFixed(1)} (${((withHistory / without - 1) * 100).toFixed(0)}%) |`,
  );
}

if (values.keep) console.log(`kept in ${work}`);
else fs.rmSync(work, { recursive: true, force: true });
