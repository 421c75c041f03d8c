import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { modelOf } from '../../../../src/lib/content/model.ts';
import { datasetFiles } from '../../../../src/lib/exports/dataset-files.ts';

const content = readCatalog(path.resolve('tests/fixtures/catalog'));
const input = { ...modelOf(content), base: '/' };

describe('datasetFiles()', () => {
  it('publishes each local file, each dictionary, a data package and an API record per dataset', () => {
    const files = [...datasetFiles(input, (f) => fs.readFileSync(f))];
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
