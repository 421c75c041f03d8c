// A catalog made by `npm run import` from a real data.json builds into a working site.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedDist, importedResultFile } from '../helpers/astro-build.ts';

const result = JSON.parse(fs.readFileSync(importedResultFile, 'utf8')) as {
  import: { status: number; stdout: string };
  build: { status: number; stderr: string };
};

describe('an imported catalog', () => {
  it('imports every record of the CFPB data.json and builds one page per dataset', () => {
    expect(result.import.status).toBe(0);
    expect(result.import.stdout).toContain('read 11 = created 11 + updated 0 + unchanged 0 + skipped 0');
    expect(result.build.status, result.build.stderr).toBe(0);
    const pages = fs
      .readdirSync(path.join(importedDist, 'datasets'))
      .filter((d) => fs.existsSync(path.join(importedDist, 'datasets', d, 'index.html')) && !/^\d+$/.test(d));
    expect(pages.length).toBe(11);
    expect(JSON.parse(fs.readFileSync(path.join(importedDist, 'data.json'), 'utf8')).dataset.length).toBe(11);
  });
});
