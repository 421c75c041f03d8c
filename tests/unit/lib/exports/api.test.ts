import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { apiDatasetList, API_PAGE_SIZE } from '../../../../src/lib/exports/api.ts';
import { exportInputFromContent } from '../../../../src/lib/exports/from-content.ts';
import { datasetFiles } from '../../../../src/lib/exports/dataset-files.ts';
import { packageName } from '../../../../src/lib/exports/datapackage.ts';
import { licenseUrl } from '../../../../src/lib/exports/dcat-us.ts';

const content = readCatalog(path.resolve('tests/fixtures/catalog'));
const input = exportInputFromContent(content, '/');

describe('apiDatasetList()', () => {
  it('lists a small catalog in one file, with no next page', () => {
    const list = apiDatasetList(input);
    expect(list).toMatchObject({ count: input.datasets.length, page: 1, pages: 1 });
    expect(list).not.toHaveProperty('next');
  });

  it('splits a catalog of more than 1,000 datasets into linked pages that together hold every dataset', () => {
    const many = { ...input, datasets: Array.from({ length: 2 * API_PAGE_SIZE + 5 }, (_, i) => ({ ...input.datasets[0]!, id: `d-${i}` })) };
    const pages = [1, 2, 3].map((n) => apiDatasetList(many, n) as { datasets: { id: string }[]; next?: string; prev?: string; pages: number });
    expect(pages.map((p) => p.datasets.length)).toEqual([1000, 1000, 5]);
    expect(pages[0]!.next).toBe('https://fixture.example.org/api/datasets/page/2.json');
    expect(pages[2]!.prev).toBe('https://fixture.example.org/api/datasets/page/2.json');
    expect(pages[2]!.next).toBeUndefined();
    expect(new Set(pages.flatMap((p) => p.datasets.map((d) => d.id))).size).toBe(many.datasets.length);
  });
});

describe('datasetFiles()', () => {
  it('publishes each local file, each dictionary, a data package and an API record per dataset', () => {
    const files = [...datasetFiles(input, (slug, i) => content.datasets.find((d) => d.id === slug)?.files[i]?.absolutePath, (f) => fs.readFileSync(f))];
    const paths = files.map((f) => f.path);
    expect(paths).toContain('datasets/sf-street-trees/street-trees.csv');
    expect(paths).toContain('datasets/sf-street-trees/street-trees.csv.schema.json');
    expect(paths).toContain('datasets/sf-street-trees/datapackage.json');
    expect(paths).toContain('datasets/sf-street-trees/street-trees.json');
    expect(paths).toContain('api/datasets/seattle-neighborhoods.json');
    expect(paths).not.toContain('datasets/seattle-neighborhoods/resource-1.schema.json');
    expect(paths.filter((p) => p.startsWith('api/datasets/')).length).toBe(content.datasets.length);
  });
});

describe('packageName() and licenseUrl()', () => {
  it.each([
    ['Street Trees.csv', 'street-trees'],
    ['trees-é.csv', 'trees'],
    ['BOEC_April2018', 'boec_april2018'],
  ])('turns %s into the data package name %s', (input, expected) => {
    expect(packageName(input)).toBe(expected);
  });

  it('gives SPDX ids their licence URL, keeps URLs, and gives none for NOASSERTION', () => {
    expect(licenseUrl('CC-BY-4.0')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(licenseUrl('https://example.org/licence')).toBe('https://example.org/licence');
    expect(licenseUrl('NOASSERTION')).toBeUndefined();
  });
});
