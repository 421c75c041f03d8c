// Build-time profile of a local tabular resource (CSV, TSV, GeoJSON properties): dialect, row and column
// counts, per-column statistics and a sample of rows. One streaming pass with papaparse, so file size is
// no limit; results are cached by the file's content hash, so an unchanged file is never read twice.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import Papa from 'papaparse';
import { ColumnStats, type ColumnProfile } from './column-stats.ts';
import { writeWhole } from '../write-whole.ts';
import { decodeTransform, guessDelimiter, normaliseEncoding, readHead, scan, type Dialect } from './scan-file.ts';

export type { Dialect } from './scan-file.ts';

/** Bump when the profile's shape or meaning changes, so old cache entries are not used. */
const PROFILE_VERSION = 4;
const SAMPLE_ROWS = 10;

export interface TableProfile {
  version: number;
  kind: 'table' | 'geojson';
  bytes: number;
  sha256: string;
  dialect?: Dialect;
  rows: number;
  columns: ColumnProfile[];
  /** Rows whose number of cells differs from the header's. */
  raggedRows: number;
  sample: string[][];
  /** For GeoJSON: how many features of each geometry type, and the bounding box [west, south, east, north]. */
  geometry?: { types: Record<string, number>; bbox?: [number, number, number, number] };
  /** Seconds the profile took (0 when read from the cache). */
  seconds: number;
}

export interface ProfileOptions {
  /** The dialect the metadata declares, which wins over detection. */
  declared?: { delimiter?: string | undefined; encoding?: string | undefined };
  /** Folder for cached profiles; none means no cache. */
  cacheDir?: string | undefined;
  /** Cell texts that mean "no value", from the data dictionary (e.g. `NULL`). */
  missingValues?: readonly string[] | undefined;
}

function hashOf(values: readonly string[] | undefined): string {
  return values?.length ? createHash('sha256').update(JSON.stringify(values)).digest('hex').slice(0, 8) : 'none';
}

function cached(cacheDir: string | undefined, key: string): TableProfile | undefined {
  if (!cacheDir) return undefined;
  try {
    const p = JSON.parse(fs.readFileSync(path.join(cacheDir, `${key}.json`), 'utf8')) as TableProfile;
    return p.version === PROFILE_VERSION ? { ...p, seconds: 0 } : undefined;
  } catch {
    return undefined;
  }
}

function store(cacheDir: string | undefined, key: string, profile: TableProfile): void {
  if (!cacheDir) return;
  writeWhole(path.join(cacheDir, `${key}.json`), JSON.stringify(profile));
}

/** Profiles a CSV or TSV file. */
export async function profileDelimited(file: string, options: ProfileOptions = {}): Promise<TableProfile> {
  const started = performance.now();
  const s = await scan(file);
  const declaredEncoding = normaliseEncoding(options.declared?.encoding);
  const encoding: Dialect['encoding'] = declaredEncoding ?? (s.bom ? 'utf-8-sig' : s.utf8 ? 'utf-8' : 'windows-1252');
  const key = `${s.sha256}-${encoding}-${encodeURIComponent(options.declared?.delimiter ?? '')}-${hashOf(options.missingValues)}-v${PROFILE_VERSION}`;
  const hit = cached(options.cacheDir, key);
  if (hit) return hit;

  const delimiter = options.declared?.delimiter ?? guessDelimiter(await readHead(file, encoding));
  let header: string[] | undefined;
  let columns: ColumnStats[] = [];
  let rows = 0;
  let ragged = 0;
  let embeddedNewlines = false;
  const sample: string[][] = [];
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter, skipEmptyLines: true }) as NodeJS.ReadWriteStream;
  parser.on('data', (row: string[]) => {
    if (!header) {
      header = row;
      columns = row.map((name) => new ColumnStats(name, options.missingValues));
      return;
    }
    rows++;
    if (row.length !== header.length) ragged++;
    for (let i = 0; i < columns.length; i++) {
      const cell = row[i] ?? '';
      if (!embeddedNewlines && (cell.includes('\n') || cell.includes('\r'))) embeddedNewlines = true;
      columns[i]!.add(cell);
    }
    if (sample.length < SAMPLE_ROWS) sample.push(row.slice(0, columns.length));
  });
  await pipeline(fs.createReadStream(file, { highWaterMark: 1 << 20 }), decodeTransform(encoding), parser);
  const profile: TableProfile = {
    version: PROFILE_VERSION,
    kind: 'table',
    bytes: s.bytes,
    sha256: s.sha256,
    dialect: { encoding, delimiter, lineEnding: s.lineEnding, embeddedNewlines },
    rows,
    columns: columns.map((c) => c.profile()),
    raggedRows: ragged,
    sample,
    seconds: (performance.now() - started) / 1000,
  };
  store(options.cacheDir, key, profile);
  return profile;
}

interface Feature {
  properties?: Record<string, unknown> | null;
  geometry?: { type?: string; coordinates?: unknown } | null;
}

/** Profiles the feature properties of a GeoJSON file, with geometry types and bounding box. */
export async function profileGeoJson(file: string, options: ProfileOptions = {}): Promise<TableProfile> {
  const started = performance.now();
  const s = await scan(file);
  const key = `${s.sha256}-geojson-${hashOf(options.missingValues)}-v${PROFILE_VERSION}`;
  const hit = cached(options.cacheDir, key);
  if (hit) return hit;
  const doc = JSON.parse(await fs.promises.readFile(file, 'utf8')) as { features?: Feature[] };
  const features = doc.features ?? [];
  const names: string[] = [];
  for (const f of features) for (const k of Object.keys(f.properties ?? {})) if (!names.includes(k)) names.push(k);
  const columns = names.map((n) => new ColumnStats(n, options.missingValues));
  const types: Record<string, number> = {};
  const box = [Infinity, Infinity, -Infinity, -Infinity] as [number, number, number, number];
  const sample: string[][] = [];
  const cellText = (v: unknown) =>
    v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      box[0] = Math.min(box[0], c[0]);
      box[1] = Math.min(box[1], c[1]);
      box[2] = Math.max(box[2], c[0]);
      box[3] = Math.max(box[3], c[1]);
    } else for (const x of c) visit(x);
  };
  for (const f of features) {
    const row = names.map((n) => cellText(f.properties?.[n]));
    row.forEach((v, i) => columns[i]!.add(v));
    if (sample.length < SAMPLE_ROWS) sample.push(row);
    const t = f.geometry?.type ?? 'none';
    types[t] = (types[t] ?? 0) + 1;
    visit(f.geometry?.coordinates);
  }
  const profile: TableProfile = {
    version: PROFILE_VERSION,
    kind: 'geojson',
    bytes: s.bytes,
    sha256: s.sha256,
    rows: features.length,
    columns: columns.map((c) => c.profile()),
    raggedRows: 0,
    sample,
    geometry: { types, ...(Number.isFinite(box[0]) ? { bbox: box } : {}) },
    seconds: (performance.now() - started) / 1000,
  };
  store(options.cacheDir, key, profile);
  return profile;
}
