// The golden import cases (tests/fixtures/import/<kind>/<case>/) and how to import one into an empty catalog
// holding the sample's catalog.yaml, organizations and themes: shared by the importer's and the exports' tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyImport, type ApplyOptions, type ImportReport } from '../../src/lib/import/apply.ts';
import { readCkan } from '../../src/lib/import/ckan.ts';
import { readDataPackage } from '../../src/lib/import/datapackage.ts';
import { readDcatUs } from '../../src/lib/import/dcat-us.ts';
import { readJkan } from '../../src/lib/import/jkan.ts';
import type { ImportBatch } from '../../src/lib/import/model.ts';
import { repoRoot } from './astro-build.ts';

export const importFixtures = path.join(repoRoot, 'tests/fixtures/import');

/** Every golden case: `<kind>/<case>`. */
export const importCases = ['ckan', 'dcat-us', 'datapackage', 'jkan']
  .flatMap((kind) =>
    fs
      .readdirSync(path.join(importFixtures, kind), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `${kind}/${d.name}`),
  )
  .sort();

const readers: Record<string, (dir: string) => ImportBatch> = {
  'dcat-us': (dir) => readDcatUs(JSON.parse(fs.readFileSync(path.join(dir, 'input.json'), 'utf8')), 'input.json'),
  jkan: (dir) => readJkan(path.join(dir, 'input')),
  ckan: (dir) => readCkan(JSON.parse(fs.readFileSync(path.join(dir, 'input.json'), 'utf8')), 'input.json'),
  datapackage: (dir) => readDataPackage(path.join(dir, 'input', 'datapackage.json'), { maxBytes: 20_000_000 }),
};

/** A fresh temporary folder for catalogs; remove it with `fs.rmSync(dir, { recursive: true })` after the tests. */
export const workFolder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-import-'));

/** An empty catalog in `work` with the sample's catalog.yaml, organizations and themes. */
export function emptyCatalog(work: string, name: string): string {
  const dir = path.join(work, name.replace(/\//g, '_'));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'datasets'), { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'content/catalog.yaml'), path.join(dir, 'catalog.yaml'));
  fs.cpSync(path.join(repoRoot, 'content/organizations'), path.join(dir, 'organizations'), { recursive: true });
  fs.cpSync(path.join(repoRoot, 'content/themes'), path.join(dir, 'themes'), { recursive: true });
  return dir;
}

/** Imports case `name` (`<kind>/<case>`, or a dcat-us case alone) into `dir`, on 2026-01-01 unless told. */
export function importCase(name: string, dir: string, extra: Partial<ApplyOptions> = {}): ImportReport {
  const full = name.includes('/') ? name : `dcat-us/${name}`;
  const batch = readers[full.split('/')[0]!]!(path.join(importFixtures, full));
  return applyImport(batch, { contentDir: dir, dryRun: false, fillMissing: false, today: '2026-01-01', fs, ...extra });
}
