import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../../scripts/lib/generate-catalog.ts';
import { readRealTexts } from '../../../../scripts/lib/real-texts.ts';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { formatsOf } from '../../../../src/lib/catalog.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-generate-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
// Real catalogs copied for the importer's tests (provenance in their READMEs) stand in for ../shared/data.
const realData = 'tests/fixtures/import';

describe('readRealTexts', () => {
  it('reads titles, descriptions, keywords, publishers and formats from DCAT-US, CKAN and JKAN files', () => {
    const texts = readRealTexts(realData);
    const titles = texts.map((t) => t.title);
    expect(titles).toContain('Linked Station Neighbors'); // FCC data.json (DCAT-US)
    expect(titles).toContain('Bike Racks'); // Beverly Hills (JKAN)
    expect(texts.some((t) => t.publisher === 'opendata.fcc.gov')).toBe(true);
    expect(texts.some((t) => t.keywords.includes('incentive auctions'))).toBe(true);
  });
});

describe('generateCatalog, realistic', () => {
  it('gives a dataset titled with a year alone a slug that is not a page of the list of datasets', () => {
    // Real catalogs have datasets titled "2010"; /datasets/2010/ is the list's page 2010, so such a folder is refused.
    const years = path.join(work, 'years');
    fs.mkdirSync(years, { recursive: true });
    const dataset = (year: number) => ({
      title: String(year),
      description: `Permits issued in ${year}.`,
      keyword: ['permits'],
      publisher: { name: 'Permits Office' },
      distribution: [{ downloadURL: `https://example.org/${year}.csv`, format: 'CSV' }],
    });
    const entries = Array.from({ length: 40 }, (_, i) => dataset(1990 + i));
    fs.writeFileSync(path.join(years, 'data.json'), JSON.stringify({ dataset: entries }));
    const out = path.join(work, 'realistic-years');
    generateCatalog('content', out, 300, { realistic: true, realData: years });
    const read = readCatalog(out);
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.datasets).toHaveLength(300);
    expect(read.datasets.some((d) => /^dataset-\d+$/.test(d.id))).toBe(true);
  });

  it('writes a catalog the project reads without errors: 200 organizations, 20 themes, 15 formats at most', () => {
    const out = path.join(work, 'realistic');
    const result = generateCatalog('content', out, 300, { realistic: true, realData });
    expect(result?.realTexts).toBeGreaterThan(100);
    expect(result?.note).toBeUndefined();
    const read = readCatalog(out);
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.datasets).toHaveLength(300);
    expect(fs.readdirSync(path.join(out, 'organizations'))).toHaveLength(200);
    expect(read.organizations).toHaveLength(200);
    expect(read.themes).toHaveLength(20);
    expect(fs.readdirSync(path.join(out, 'themes'))).toHaveLength(20);
    const formats = new Set(read.datasets.flatMap((d) => formatsOf(d.data)));
    expect(formats.size).toBeGreaterThan(10);
    expect(formats.size).toBeLessThanOrEqual(15);
    // Like real catalogs: long titles, fields the source did not state, publishers of very different sizes.
    expect(read.datasets.some((d) => d.data.title.length > 100)).toBe(true);
    expect(read.datasets.some((d) => d.data.source?.placeholders?.includes('license'))).toBe(true);
    expect(read.datasets.some((d) => d.data.temporal === undefined)).toBe(true);
    expect(new Set(read.datasets.map((d) => d.data.organization)).size).toBeGreaterThan(50);
  });

  it('is the same catalog every time for the same count', () => {
    generateCatalog('content', path.join(work, 'a'), 40, { realistic: true, realData });
    generateCatalog('content', path.join(work, 'b'), 40, { realistic: true, realData });
    const files = (dir: string) =>
      fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => [
          path.relative(dir, path.join(d.parentPath, d.name)),
          fs.readFileSync(path.join(d.parentPath, d.name), 'utf8'),
        ])
        .sort();
    expect(files(path.join(work, 'a'))).toEqual(files(path.join(work, 'b')));
  });

  it('falls back to the sample texts, and says so, when the real catalogs are missing', () => {
    const out = path.join(work, 'fallback');
    const result = generateCatalog('content', out, 30, { realistic: true, realData: path.join(work, 'nowhere') });
    expect(result).toEqual({ realTexts: 0, note: expect.stringContaining('not found') as unknown });
    expect(readCatalog(out).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
