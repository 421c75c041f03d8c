// A city starts its portal from a clean clone: `npm run init`, an import of a real data.json, one build. The
// site carries the city's name and the imported datasets, and nothing of the sample (global set-up runs them).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanClone, importedDist, importedResultFile, repoRoot } from '../helpers/astro-build.ts';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';

const result = JSON.parse(fs.readFileSync(importedResultFile, 'utf8')) as {
  init: { status: number; stdout: string; stderr: string };
  import: { status: number; stdout: string; stderr: string };
  build: { status: number; stderr: string };
};
const read = (file: string) => fs.readFileSync(path.join(importedDist, file), 'utf8');
const sample = readCatalog(path.join(repoRoot, 'content'));

describe('starting a portal from a clean clone', () => {
  it('runs init, the import and the build without an error', () => {
    expect(result.init.status, result.init.stderr).toBe(0);
    expect(result.import.status, result.import.stderr).toBe(0);
    expect(result.build.status, result.build.stderr).toBe(0);
  });

  it("publishes the city's name, publisher and contact on the home page and in data.json", () => {
    const home = read('index.html');
    expect(home).toContain('<title>Springfield Open Data</title>');
    expect(home).toContain('opendata@springfield.gov');
    const dataJson = JSON.parse(read('data.json')) as { dataset: { title: string; identifier: string }[] };
    // 11 datasets from CFPB's data.json, 2 from JKAN's sample site and 134 from OPM's data.json.
    expect(dataJson.dataset.length).toBe(147);
    expect(read('sitemap-0.xml')).toContain('https://data.springfield.gov/datasets/');
  });

  it("has a page for each imported dataset and none of the sample's datasets, organizations, themes or stories", () => {
    const imported = readCatalog(path.join(cleanClone, 'content'));
    expect(imported.datasets.length).toBe(147);
    for (const d of imported.datasets)
      expect(fs.existsSync(path.join(importedDist, 'datasets', d.id, 'index.html'))).toBe(true);
    const built = (dir: string) =>
      fs.existsSync(path.join(importedDist, dir)) ? fs.readdirSync(path.join(importedDist, dir)) : [];
    for (const d of sample.datasets) expect(built('datasets'), d.id).not.toContain(d.id);
    for (const o of sample.organizations) expect(built('organizations'), o.id).not.toContain(o.id);
    // JKAN's sample files a dataset under "Transportation": the import makes that theme anew, without the sample's text.
    const themes = new Map(imported.themes.map((t) => [t.id, t.data]));
    for (const t of sample.themes.filter((x) => built('themes').includes(x.id))) {
      expect(themes.get(t.id), t.id).not.toEqual(t.data);
      expect(read(`themes/${t.id}/index.html`), t.id).not.toContain(t.data.description ?? t.data.name);
    }
    expect(built('themes').filter((id) => sample.themes.some((t) => t.id === id))).toEqual(['transportation']);
    for (const s of sample.stories) expect(built('stories'), s.id).not.toContain(s.id);
    expect(read('index.html')).not.toContain('Portland');
    expect(JSON.stringify(JSON.parse(read('data.json')))).not.toContain('Portland');
  });

  it('keeps the sample in the clone as examples/portland/, a content folder that still reads without an error', () => {
    const example = readCatalog(path.join(cleanClone, 'examples/portland'));
    expect(example.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(example.datasets.map((d) => d.id)).toEqual(sample.datasets.map((d) => d.id));
    expect(example.stories.map((s) => s.id)).toEqual(sample.stories.map((s) => s.id));
  });
});
