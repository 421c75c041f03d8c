// Conversions offered as extra downloads: a CSV as JSON (an array of row objects), and GeoJSON features as
// CSV (their properties plus a centroid). Made in the reader's browser when asked (src/client/convert/), for files
// up to CONVERT_MAX_BYTES.
import Papa from 'papaparse';
import { decode } from './tabular/sample.ts';
import { resourceKind, type Conversion, type ResourceLike } from './resource-kind.ts';

/** Files larger than this get no converted copy (the original is always offered). */
export const CONVERT_MAX_BYTES = 20 * 1024 * 1024;

/** `calls.csv` → `calls.json`; `stops.geojson` → `stops.csv`. */
export function convertedName(file: string, to: 'json' | 'csv' | 'parquet'): string {
  return `${file.replace(/\.[^.]+$/, '')}.${to}`;
}

/**
 * The converted copy a local file of `bytes` is offered as, if any: CSV → JSON, GeoJSON → CSV, up to
 * CONVERT_MAX_BYTES. The reader's browser makes it when asked (src/client/convert/); no copy is stored on the site.
 */
export function conversionOf(r: ResourceLike, bytes: number | undefined): (Conversion & { name: string }) | undefined {
  const offered = resourceKind(r).conversion;
  if (!r.path || !offered || bytes === undefined || bytes > CONVERT_MAX_BYTES) return undefined;
  return { ...offered, name: convertedName(r.path, offered.to) };
}

/** A CSV's rows as JSON objects keyed by the header (values stay text, as in the file). */
export function csvToJson(
  bytes: Uint8Array,
  dialect: { delimiter?: string | undefined; encoding?: string | undefined } = {},
): string {
  const parsed = Papa.parse<Record<string, string>>(decode(bytes, dialect.encoding), {
    header: true,
    delimiter: dialect.delimiter ?? '',
    skipEmptyLines: true,
  });
  return JSON.stringify(parsed.data);
}

interface Feature {
  properties?: Record<string, unknown> | null;
  geometry?: { type?: string; coordinates?: unknown } | null;
}

/** The mean of a geometry's vertices [longitude, latitude]: a simple centroid, inside most city shapes. */
export function vertexCentroid(coordinates: unknown): [number, number] | undefined {
  let x = 0;
  let y = 0;
  let n = 0;
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      x += c[0];
      y += c[1];
      n++;
    } else for (const p of c) visit(p);
  };
  visit(coordinates);
  return n ? [Math.round((x / n) * 1e6) / 1e6, Math.round((y / n) * 1e6) / 1e6] : undefined;
}

/** GeoJSON features as CSV: one row per feature, its properties, then centroid longitude and latitude. */
export function geojsonToCsv(text: string): string {
  const doc = JSON.parse(text) as { features?: Feature[] };
  const features = doc.features ?? [];
  const names: string[] = [];
  for (const f of features) for (const k of Object.keys(f.properties ?? {})) if (!names.includes(k)) names.push(k);
  const cell = (v: unknown) =>
    v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  const rows = features.map((f) => {
    const c = vertexCentroid(f.geometry?.coordinates);
    return [
      ...names.map((n) => cell(f.properties?.[n])),
      f.geometry?.type ?? '',
      c ? String(c[0]) : '',
      c ? String(c[1]) : '',
    ];
  });
  return Papa.unparse(
    { fields: [...names, 'geometry_type', 'centroid_longitude', 'centroid_latitude'], data: rows },
    { newline: '\n' },
  );
}
