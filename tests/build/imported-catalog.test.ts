// A catalog made by `npm run import` from real data.json files builds into a working site: the CFPB's (11
// datasets) and OPM's (134, none listing a download) imported into one catalog with --fill-missing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedDist, importedResultFile } from '../helpers/astro-build.ts';
import { dcatUsFederal, dcatUsNonFederal } from '../helpers/standards.ts';

const result = JSON.parse(fs.readFileSync(importedResultFile, 'utf8')) as {
  import: { status: number; stdout: string };
  opm: { status: number; stdout: string };
  build: { status: number; stderr: string };
};
const pages = () =>
  fs
    .readdirSync(path.join(importedDist, 'datasets'))
    .filter((d) => fs.existsSync(path.join(importedDist, 'datasets', d, 'index.html')) && !/^\d+$/.test(d));
const dataJson = () =>
  JSON.parse(fs.readFileSync(path.join(importedDist, 'data.json'), 'utf8')) as { dataset: Record<string, unknown>[] };

describe('an imported catalog', () => {
  it('imports every record of the CFPB and OPM data.json files and builds one page per dataset', () => {
    expect(result.import.status).toBe(0);
    expect(result.import.stdout).toContain('read 11 = created 11 + updated 0 + unchanged 0 + skipped 0');
    expect(result.opm.status).toBe(0);
    expect(result.opm.stdout).toContain('read 134 = created 134 + updated 0 + unchanged 0 + skipped 0');
    expect(result.opm.stdout).toContain('repaired: modified 134');
    expect(result.build.status, result.build.stderr).toBe(0);
    expect(pages().length).toBe(145);
    expect(dataJson().dataset.length).toBe(145);
  });

  it('publishes a data.json valid against DCAT-US 1.1 and its non-federal variant, metadata-only datasets included', () => {
    for (const validate of [dcatUsFederal(), dcatUsNonFederal()]) {
      validate(dataJson());
      expect(validate.errors ?? []).toEqual([]);
    }
    expect(dataJson().dataset.filter((d) => !d['distribution']).length).toBe(134 - 29);
  });
});
