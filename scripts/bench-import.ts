// npm run bench:import: imports data.json files of 1,000 and 10,000 datasets into empty catalogs, validates and
// builds each; prints the times. The records are real ones repeated with new identifiers, titles and publishers:
// four fifths from the FCC catalog (with distributions), one fifth from OPM's, which lists no download at all
// (metadata only: `modified: "2023"`, keywords with spaces, non-public datasets without `rights`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
type Json = Record<string, unknown>;
const read = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/import/dcat-us', name, 'input.json'), 'utf8')) as {
    dataset: Json[];
  };
const fcc = read('fcc');
// OPM's records without their dataset-level accessURL: metadata only.
const opm = read('opm').dataset.map(({ accessURL: _, ...d }) => d);
const PUBLISHERS = 40;

/** `size` records: every fifth one metadata-only; titles numbered, publishers spread over 40 offices each. */
function catalogOf(size: number): Json {
  const dataset = Array.from({ length: size }, (_, i) => {
    const metadataOnly = i % 5 === 4;
    const pool = metadataOnly ? opm : fcc.dataset;
    const k = metadataOnly ? Math.floor(i / 5) : i - Math.floor(i / 5);
    const d = pool[k % pool.length]!;
    const n = Math.floor(k / pool.length) + 1;
    const publisher = (d['publisher'] ?? {}) as Json;
    return {
      ...d,
      identifier: `${String(d['identifier'])}-${n}`,
      title: `${String(d['title'])} (${n})`,
      publisher: { ...publisher, name: `${String(publisher['name'] ?? 'Publisher')}, office ${(i % PUBLISHERS) + 1}` },
    };
  });
  return { ...fcc, dataset };
}

const time = (args: string[], env: Record<string, string> = {}, ok = [0]) => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 256 << 20,
  });
  if (!ok.includes(r.status ?? -1))
    throw new Error(`${args.join(' ')} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return { seconds: (performance.now() - t0) / 1000, out: r.stdout };
};

const rows: string[] = [];
const notes: string[] = [];
for (const size of [1000, 10_000]) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-bench-import-'));
  const input = path.join(work, 'data.json');
  fs.writeFileSync(input, JSON.stringify(catalogOf(size)));
  const content = path.join(work, 'content');
  fs.mkdirSync(path.join(content, 'datasets'), { recursive: true });
  fs.mkdirSync(path.join(content, 'stories'));
  fs.copyFileSync(path.join(root, 'content/catalog.yaml'), path.join(content, 'catalog.yaml'));
  for (const d of ['organizations', 'themes'])
    fs.cpSync(path.join(root, 'content', d), path.join(content, d), { recursive: true });
  const label = `${size.toLocaleString('en')} datasets`;
  const imported = time(['scripts/import.ts', 'dcat-us', input, '--content', content, '--fill-missing'], {}, [0, 1]);
  // The importer writes nothing the catalog rejects: validation must pass (exit 0) and the build succeed.
  const validated = time(['scripts/validate.ts', content]);
  const built = time([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    CDC_CONTENT_DIR: content,
    CDC_OUT_DIR: path.join(work, 'dist'),
  });
  rows.push(`| ${label}: import (npm run import -- dcat-us … --fill-missing) | ${imported.seconds.toFixed(1)} s |`);
  rows.push(
    `| ${label}: validate the result | ${validated.seconds.toFixed(1)} s (${/(✔|✖)[^\n]*/.exec(validated.out)?.[0] ?? ''}) |`,
  );
  rows.push(`| ${label}: build the result (search index included) | ${built.seconds.toFixed(1)} s |`);
  notes.push(`${label}: ${/read .*/.exec(imported.out)?.[0] ?? ''}`);
  notes.push(`${label}: ${/repaired: .*/.exec(imported.out)?.[0] ?? ''}`);
  fs.rmSync(work, { recursive: true, force: true });
}
console.log(
  `\nImport benchmark: data.json files of FCC records (4/5) and metadata-only OPM records (1/5), repeated; ${os.cpus().length} cores`,
);
console.log(`| step | time |\n|---|---|\n${rows.join('\n')}`);
console.log(`\n${notes.join('\n')}`);
