// The files published for each dataset besides its page: its local resources as they are, each data
// dictionary as a Table Schema, its data package and its API record. Written straight to dist/ after the
// build (thousands of files need no page rendering), and served the same way by the dev server.
import { apiDataset } from './api.ts';
import { hasDataPackage, toDataPackage } from './datapackage.ts';
import { resourceName, tableSchemaFile, type ExportInput } from './model.ts';

export type DatasetFile =
  /** A file copied as it is. */
  | { path: string; source: string }
  /** A JSON document. */
  | { path: string; json: unknown };

/** Every per-dataset file, with its site path (no leading slash, no base). `sources` gives local files' paths on disk. */
export function* datasetFiles(input: ExportInput, sources: (slug: string, index: number) => string | undefined): Generator<DatasetFile> {
  for (const d of input.datasets) {
    const dir = `datasets/${d.id}`;
    for (const [i, r] of d.data.resources.entries()) {
      const source = r.path ? sources(d.id, i) : undefined;
      if (r.path && source) yield { path: `${dir}/${r.path}`, source };
      const schema = d.schemas[i];
      if (schema) yield { path: `${dir}/${tableSchemaFile(resourceName(r, i))}`, json: schema };
    }
    if (hasDataPackage(d)) yield { path: `${dir}/datapackage.json`, json: toDataPackage(input, d) };
    yield { path: `api/datasets/${d.id}.json`, json: apiDataset(input, d) };
  }
}
