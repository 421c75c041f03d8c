// A whole table held by column, compactly enough for millions of rows in a browser tab: numbers and dates in
// typed arrays, text as codes into a dictionary of its distinct values. Built row by row while a file streams in,
// then asked any number of questions without parsing the file again.
import { readCell } from '../profile/infer-cell.ts';

export type ColumnKind = 'number' | 'date' | 'text';

export type Column =
  | { kind: 'number'; name: string; values: Float64Array }
  /** Dates as milliseconds since 1970 of the date and time as written (read as UTC, so no time zone shifts them). */
  | { kind: 'date'; name: string; values: Float64Array }
  | { kind: 'text'; name: string; codes: Uint32Array; dictionary: string[] };

export interface ColumnTable {
  columns: Column[];
  rows: number;
}

/** Cells that mean "no value" in published files, read as missing rather than as text. */
const MISSING = new Set(['', 'NA', 'N/A', 'n/a', 'NULL', 'null', 'None', '-']);
/** Distinct date texts remembered, so a column of repeated timestamps is read once per distinct text. */
const DATE_CACHE = 200_000;

/** The kind of column a profile's type names (`integer`, `datetime` …); other types are text. */
export function kindOfType(type: string | undefined): ColumnKind | undefined {
  if (type === 'integer' || type === 'number') return 'number';
  if (type === 'date' || type === 'datetime') return 'date';
  return type ? 'text' : undefined;
}

/** The kinds a profile's columns name, by column name (columns of a type it does not map are left out). */
export function profileKinds(columns: readonly { name: string; type: string }[]): Record<string, ColumnKind> {
  const kinds: Record<string, ColumnKind> = {};
  for (const c of columns) {
    const k = kindOfType(c.type);
    if (k) kinds[c.name] = k;
  }
  return kinds;
}

/** The kinds of columns from their first rows, when no profile says. */
export function inferKinds(columns: number, rows: readonly (readonly string[])[]): ColumnKind[] {
  return Array.from({ length: columns }, (_, i) => {
    let kind: ColumnKind | undefined;
    for (const r of rows) {
      const cell = (r[i] ?? '').trim();
      if (MISSING.has(cell)) continue;
      const k = readCell(cell).kind;
      const now: ColumnKind =
        k === 'integer' || k === 'number' ? 'number' : k === 'date' || k === 'datetime' ? 'date' : 'text';
      if (kind !== undefined && kind !== now) return 'text';
      kind = now;
    }
    return kind ?? 'text';
  });
}

/** Each column's kind: the profile's where it names one (`known`, by column name), else read from the first rows.
 *  The preview's worker and a story's <Query> both call this, so they read a file's columns alike. */
export function columnKinds(
  names: readonly string[],
  firstRows: readonly (readonly string[])[],
  known: Readonly<Record<string, ColumnKind>>,
): ColumnKind[] {
  const inferred = inferKinds(names.length, firstRows.slice(0, 1000));
  return names.map((n, i) => known[n] ?? inferred[i]!);
}

/** Milliseconds of an ISO date or date-time as written, read as UTC. */
export function millisOf(iso: string): number {
  return Date.UTC(
    +iso.slice(0, 4),
    +iso.slice(5, 7) - 1,
    +iso.slice(8, 10),
    iso.length > 10 ? +iso.slice(11, 13) : 0,
    iso.length > 10 ? +iso.slice(14, 16) : 0,
    iso.length > 16 ? +iso.slice(17, 19) : 0,
  );
}

/** A number cell: plain decimals directly (most cells), others as the profiler reads them ("4,052", "2.9%"). */
function numberOf(cell: string): number | undefined {
  const first = cell.charCodeAt(0);
  // Number() alone would also read "0x1F", "Infinity" and " ", none of which a table means as a number.
  if ((first >= 48 && first <= 57) || first === 45 || first === 46) {
    const v = Number(cell);
    if (!Number.isNaN(v) && cell.charCodeAt(1) !== 120) return v;
  }
  const v = readCell(cell).value;
  return typeof v === 'number' ? v : undefined;
}

function grow<T extends Float64Array | Uint32Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

interface Building {
  name: string;
  kind: ColumnKind;
  values: Float64Array;
  codes: Uint32Array;
  dictionary: string[];
  index: Map<string, number>;
}

/** Appends rows (arrays of cell texts) and returns the table. A cell a number or date column cannot read turns
 *  the column into text from then on (its earlier values written back as text), so no value is lost. */
export class TableBuilder {
  private readonly cols: Building[];
  private readonly dates = new Map<string, number>();
  private count = 0;
  private capacity = 1024;

  constructor(names: readonly string[], kinds: readonly ColumnKind[]) {
    this.cols = names.map((name, i) => ({
      name,
      kind: kinds[i] ?? 'text',
      values: new Float64Array(kinds[i] === 'text' ? 0 : 1024),
      codes: new Uint32Array(kinds[i] === 'text' ? 1024 : 0),
      dictionary: [],
      index: new Map(),
    }));
  }

  get rows(): number {
    return this.count;
  }

  push(row: readonly string[]): void {
    const n = this.count++;
    if (n === this.capacity) this.reserve(n * 2);
    for (let i = 0; i < this.cols.length; i++) {
      const c = this.cols[i]!;
      const cell = row[i] ?? '';
      if (c.kind === 'text') {
        this.text(c, n, cell);
        continue;
      }
      const trimmed = cell.trim();
      if (MISSING.has(trimmed)) {
        c.values[n] = NaN;
        continue;
      }
      const v = c.kind === 'number' ? numberOf(trimmed) : this.date(trimmed);
      if (v === undefined) {
        this.toText(c, n);
        this.text(c, n, cell);
      } else c.values[n] = v;
    }
  }

  build(): ColumnTable {
    return {
      rows: this.count,
      columns: this.cols.map((c): Column =>
        c.kind === 'text'
          ? { kind: 'text', name: c.name, codes: c.codes.subarray(0, this.count), dictionary: c.dictionary }
          : { kind: c.kind, name: c.name, values: c.values.subarray(0, this.count) },
      ),
    };
  }

  private reserve(size: number): void {
    this.capacity = size;
    for (const c of this.cols) {
      if (c.kind === 'text') c.codes = grow(c.codes, size);
      else c.values = grow(c.values, size);
    }
  }

  private date(cell: string): number | undefined {
    const known = this.dates.get(cell);
    if (known !== undefined) return known;
    const r = readCell(cell);
    if ((r.kind !== 'date' && r.kind !== 'datetime') || typeof r.value !== 'string') return undefined;
    const ms = millisOf(r.value);
    if (this.dates.size < DATE_CACHE) this.dates.set(cell, ms);
    return ms;
  }

  private text(c: Building, n: number, cell: string): void {
    const v = cell.trim();
    let code = c.index.get(v);
    if (code === undefined) {
      code = c.dictionary.length;
      c.dictionary.push(v);
      c.index.set(v, code);
    }
    c.codes[n] = code;
  }

  /** A number or date column met a cell that is neither: its values so far become text. */
  private toText(c: Building, n: number): void {
    const written = c.values;
    const kind = c.kind;
    c.kind = 'text';
    c.codes = new Uint32Array(this.capacity);
    for (let r = 0; r < n; r++) {
      const v = written[r]!;
      this.text(c, r, Number.isNaN(v) ? '' : kind === 'number' ? String(v) : isoOf(v));
    }
    c.values = new Float64Array(0);
  }
}

/** The ISO text of a date column's value: `2018-04-30`, or with the time when it has one. */
export function isoOf(ms: number): string {
  const s = new Date(ms).toISOString();
  return ms % 86_400_000 === 0 ? s.slice(0, 10) : s.slice(0, 19);
}

/** A table from rows already parsed (a story's file at build time); kinds from the first 1,000 rows unless given. */
export function columnTable(
  names: readonly string[],
  rows: readonly (readonly string[])[],
  kinds: readonly ColumnKind[] = inferKinds(names.length, rows.slice(0, 1000)),
): ColumnTable {
  const builder = new TableBuilder(names, kinds);
  for (const r of rows) builder.push(r);
  return builder.build();
}
