// A catalog resource read as a table for stories: a CSV/TSV (decoded in its declared encoding) or the
// properties of GeoJSON features. Each file is parsed once per build and shared by every chart that uses it.
import fs from 'node:fs';
import Papa from 'papaparse';
import { resourceKind } from '../resource-kind.ts';
import { decode } from '../tabular/sample.ts';

export interface DataTable {
  columns: string[];
  rows: string[][];
  /** For GeoJSON: the features, in row order. */
  features?: { type: 'Feature'; properties: Record<string, unknown> | null; geometry: unknown }[];
}

const parsed = new Map<string, DataTable>();
export const parseCount = { value: 0 };

export function loadTable(
  file: string,
  dialect: { delimiter?: string | undefined; encoding?: string | undefined } = {},
): DataTable {
  const key = `${file}|${dialect.delimiter ?? ''}|${dialect.encoding ?? ''}`;
  const hit = parsed.get(key);
  if (hit) return hit;
  parseCount.value++;
  let table: DataTable;
  // Only the file is known here, so its extension decides.
  if (resourceKind({ path: file }).kind === 'geojson') {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { features?: DataTable['features'] };
    const features = doc.features ?? [];
    const columns: string[] = [];
    for (const f of features)
      for (const k of Object.keys(f.properties ?? {})) if (!columns.includes(k)) columns.push(k);
    const text = (v: unknown) =>
      v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    table = { columns, rows: features.map((f) => columns.map((c) => text(f.properties?.[c]))), features };
  } else {
    const result = Papa.parse<string[]>(decode(fs.readFileSync(file), dialect.encoding), {
      delimiter: dialect.delimiter ?? '',
      skipEmptyLines: true,
    });
    const [header = [], ...rows] = result.data;
    table = { columns: header, rows };
  }
  parsed.set(key, table);
  return table;
}
