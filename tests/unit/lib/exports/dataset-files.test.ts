import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { modelOf } from '../../../../src/lib/content/model.ts';
import { datasetFiles, parquetOf } from '../../../../src/lib/exports/dataset-files.ts';
import { PARQUET_MIN_BYTES } from '../../../../src/lib/ask/parquet-write.ts';
import type { Resource } from '../../../../src/schemas/index.ts';

const content = readCatalog(path.resolve('tests/fixtures/catalog'));
const input = { ...modelOf(content), base: '/' };

describe('datasetFiles()', () => {
  it('publishes each local file, each dictionary, a data package and an API record per dataset', () => {
    const files = [...datasetFiles(input, (f) => fs.readFileSync(f))];
    const paths = files.map((f) => f.path);
    expect(paths).toContain('datasets/sf-street-trees/street-trees.csv');
    expect(paths).toContain('datasets/sf-street-trees/street-trees.csv.schema.json');
    expect(paths).toContain('datasets/sf-street-trees/datapackage.json');
    // A converted copy (CSV → JSON) is made in the reader's browser, not stored (src/client/convert/).
    expect(paths).not.toContain('datasets/sf-street-trees/street-trees.json');
    expect(paths).toContain('api/datasets/seattle-neighborhoods.json');
    expect(paths).not.toContain('datasets/seattle-neighborhoods/resource-1.schema.json');
    expect(paths.filter((p) => p.startsWith('api/datasets/')).length).toBe(content.datasets.length);
  });
});

describe('parquetOf()', () => {
  const csv = { title: 'Calls', path: 'calls.csv', format: 'CSV' } as Resource;
  it('gives a table a Parquet copy from 50 MB on, and nothing else', () => {
    expect(parquetOf(csv, PARQUET_MIN_BYTES - 1)).toBeUndefined();
    expect(parquetOf(csv, PARQUET_MIN_BYTES)?.name).toBe('calls.parquet');
    expect(parquetOf({ ...csv, path: 'stops.geojson', format: 'GeoJSON' }, 1e9)).toBeUndefined();
    expect(parquetOf({ ...csv, path: undefined, url: 'https://example.org/calls.csv' }, 1e9)).toBeUndefined();
  });
});
