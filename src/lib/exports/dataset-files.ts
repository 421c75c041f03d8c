// The files published for each dataset besides its page: its local resources as they are (large tables also as
// Parquet, for the summary tab), each data dictionary as a Table Schema, its data package and its API record.
// Written straight to dist/ after the build (thousands of files need no page rendering), and served the same way by
// the dev server.
import { apiDataset } from './api.ts';
import { hasDataPackage, toDataPackage } from './datapackage.ts';
import { createHash } from 'node:crypto';
import { resourceName, tableSchemaFile, type ExportInput } from './model.ts';
import { convertedName } from '../convert.ts';
import type { Resource } from '../../schemas/index.ts';
import { resourceKind } from '../resource-kind.ts';
import { csvToParquet, PARQUET_MIN_BYTES } from '../ask/parquet-write.ts';

/** The columnar copy a large table gets for the summary tab (`<file>.parquet`), if any. */
export function parquetOf(
  r: Resource,
  bytes: number | undefined,
): { name: string; run: (data: Uint8Array) => Uint8Array } | undefined {
  const kind = resourceKind(r);
  if (!r.path || !kind.tabular || bytes === undefined || bytes < PARQUET_MIN_BYTES) return undefined;
  const dialect = { encoding: r.dialect?.encoding, delimiter: r.dialect?.delimiter ?? kind.delimiter };
  return { name: convertedName(r.path, 'parquet'), run: (data) => csvToParquet(data, dialect) };
}

export type DatasetFile =
  /** A file copied as it is. */
  | { path: string; source: string }
  /** A JSON document. */
  | { path: string; json: unknown }
  /** A converted copy of a local file (a large table's Parquet), made on demand; `cacheKey` changes with its input. */
  | { path: string; convert: () => Uint8Array; cacheKey: string };

/** Every per-dataset file, with its site path (no leading slash, no base). */
export function* datasetFiles(input: ExportInput, readFile: (file: string) => Uint8Array): Generator<DatasetFile> {
  for (const d of input.datasets) {
    const dir = `datasets/${d.id}`;
    for (const [i, r] of d.data.resources.entries()) {
      const source = r.path ? d.files[i]?.absolutePath : undefined;
      if (r.path && source) {
        yield { path: `${dir}/${r.path}`, source };
        const parquet = parquetOf(r, d.files[i]?.bytes);
        if (parquet) {
          // The source's bytes and dialect decide the output, so they key its cache.
          const bytes = readFile(source);
          const cacheKey = `${createHash('sha256').update(bytes).digest('hex')}:${JSON.stringify(r.dialect ?? {})}`;
          yield { path: `${dir}/${parquet.name}`, convert: () => parquet.run(bytes), cacheKey };
        }
      }
      const schema = d.schemas[i];
      if (schema) yield { path: `${dir}/${tableSchemaFile(resourceName(r, i))}`, json: schema };
    }
    if (hasDataPackage(d)) yield { path: `${dir}/datapackage.json`, json: toDataPackage(input, d) };
    yield { path: `api/datasets/${d.id}.json`, json: apiDataset(input, d) };
  }
}
