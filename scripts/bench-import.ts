// npm run bench:import: imports a 1,000-dataset data.json (the real FCC catalog's records, repeated with new
// identifiers) into an empty catalog, then builds it; prints both times.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-bench-import-'));
const fcc = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/import/dcat-us/fcc/input.json'), 'utf8')) as {
  dataset: Record<string, unknown>[];
};
const dataset = Array.from({ length: 1000 }, (_, i) => {
  const d = fcc.dataset[i % fcc.dataset.length]!;
  const n = Math.floor(i / fcc.dataset.length) + 1;
  return { ...d, identifier: `${String(d['identifier'])}-${n}`, title: `${String(d['title'])} (${n})` };
});
const input = path.join(work, 'data.json');
fs.writeFileSync(input, JSON.stringify({ ...fcc, dataset }));
const content = path.join(work, 'content');
fs.mkdirSync(path.join(content, 'datasets'), { recursive: true });
fs.mkdirSync(path.join(content, 'stories'));
fs.copyFileSync(path.join(root, 'content/catalog.yaml'), path.join(content, 'catalog.yaml'));
for (const d of ['organizations', 'themes'])
  fs.cpSync(path.join(root, 'content', d), path.join(content, d), { recursive: true });

const time = (args: string[], env: Record<string, string> = {}, ok = [0, 1]) => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 << 20,
  });
  if (!ok.includes(r.status ?? -1))
    throw new Error(`${args.join(' ')} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return { seconds: (performance.now() - t0) / 1000, out: r.stdout };
};
const imported = time(['scripts/import.ts', 'dcat-us', input, '--content', content, '--fill-missing']);
const summary = /read .*/.exec(imported.out)?.[0] ?? '';
const validated = time(['scripts/validate.ts', content]);
const built = time(
  [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'],
  { CDC_CONTENT_DIR: content, CDC_OUT_DIR: path.join(work, 'dist') },
  [0],
);
console.log(`\nImport benchmark: a 1,000-dataset data.json (FCC records repeated), ${os.cpus().length} cores`);
console.log(`| step | time |\n|---|---|`);
console.log(`| import (npm run import -- dcat-us … --fill-missing) | ${imported.seconds.toFixed(1)} s |`);
console.log(
  `| validate the result | ${validated.seconds.toFixed(1)} s (${/(✔|✖)[^\n]*/.exec(validated.out)?.[0] ?? ''}) |`,
);
console.log(`| build the result (search index included) | ${built.seconds.toFixed(1)} s |`);
console.log(`\n${summary}`);
fs.rmSync(work, { recursive: true, force: true });
