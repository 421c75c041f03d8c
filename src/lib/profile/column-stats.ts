// Running statistics of one column, updated cell by cell in a single pass over a file of any size.
import { PrivacyCounter, type PrivacyCount } from '../privacy/detect.ts';
import { readCell, widen, type CellKind } from './infer-cell.ts';

/** Distinct values are counted exactly up to this many, then estimated (and labelled so). */
export const DISTINCT_CAP = 10_000;
/** Values kept for the histogram of a numeric column (a uniform sample once the column is longer). */
const RESERVOIR = 10_000;
/** The k of the k-minimum-values estimate of distinct values past the cap. */
const KMV_K = 1024;

export interface ColumnProfile {
  name: string;
  /** Inferred type: integer, number, boolean, date, datetime or string. */
  type: CellKind;
  /** How values are written when a reader should know: thousands separators, percent signs, US dates. */
  flags: ('thousands' | 'percent' | 'us-date' | 'month-name')[];
  /** Cells with no value. */
  empty: number;
  /** Number of different values (exact, or estimated when `distinctEstimated`). */
  distinct: number;
  distinctEstimated: boolean;
  /** Smallest and largest value, for numbers and dates. */
  min?: number | string;
  max?: number | string;
  /** The most frequent values of a low-cardinality column, with their counts. */
  top?: { value: string; count: number }[];
  /** For numbers: counts in equal-width bins between min and max (from a sample of 10,000 values when longer). */
  histogram?: { from: number; to: number; count: number }[];
  histogramSampled?: boolean;
  /** How many cells look like personal data, by kind (src/lib/privacy); never the values themselves. */
  privacy?: PrivacyCount[];
}

/** FNV-1a, 32 bits: a fast hash for the distinct-value sketch. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Deterministic pseudo-random numbers (mulberry32), so the same file always gives the same profile. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class ColumnStats {
  readonly name: string;
  #kind: CellKind | undefined;
  #flags = new Set<ColumnProfile['flags'][number]>();
  #empty = 0;
  #counts: Map<string, number> | undefined = new Map();
  #sketch: number[] | undefined;
  #min: number | string | undefined;
  #max: number | string | undefined;
  #reservoir: number[] = [];
  #numbers = 0;
  #random = rng(42);
  readonly #privacy: PrivacyCounter;

  readonly #missing: Set<string>;

  /** `missingValues`: cell texts that mean "no value" (Table Schema's `missingValues`); empty cells always do. */
  constructor(name: string, missingValues: readonly string[] = []) {
    this.name = name;
    this.#missing = new Set(missingValues);
    this.#privacy = new PrivacyCounter(name);
  }

  add(raw: string): void {
    if (raw.trim() === '' || this.#missing.has(raw)) {
      this.#empty++;
      return;
    }
    const cell = readCell(raw);
    this.#kind = this.#kind === undefined ? cell.kind : widen(this.#kind, cell.kind);
    if (cell.style) this.#flags.add(cell.style);
    this.#privacy.add(raw, cell.kind === 'date' || cell.kind === 'datetime');
    if (cell.value !== undefined) {
      if (this.#min === undefined || cell.value < this.#min) this.#min = cell.value;
      if (this.#max === undefined || cell.value > this.#max) this.#max = cell.value;
      if (typeof cell.value === 'number') this.#sample(cell.value);
    }
    this.#countDistinct(raw);
  }

  #sample(n: number): void {
    this.#numbers++;
    if (this.#reservoir.length < RESERVOIR) this.#reservoir.push(n);
    else {
      const j = Math.floor(this.#random() * this.#numbers);
      if (j < RESERVOIR) this.#reservoir[j] = n;
    }
  }

  #countDistinct(value: string): void {
    if (this.#counts) {
      this.#counts.set(value, (this.#counts.get(value) ?? 0) + 1);
      if (this.#counts.size <= DISTINCT_CAP) return;
      // Past the cap: switch to the k-minimum-values sketch, seeded with what was seen.
      this.#sketch = [];
      for (const v of this.#counts.keys()) this.#sketchAdd(v);
      this.#counts = undefined;
      return;
    }
    this.#sketchAdd(value);
  }

  #sketchAdd(value: string): void {
    const h = hash32(value);
    const s = this.#sketch!;
    if (s.length === KMV_K && h >= s[KMV_K - 1]!) return;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    if (s[lo] === h) return;
    s.splice(lo, 0, h);
    if (s.length > KMV_K) s.pop();
  }

  profile(): ColumnProfile {
    const kind = this.#kind ?? 'string';
    const numeric = kind === 'integer' || kind === 'number';
    const dated = kind === 'date' || kind === 'datetime';
    const distinct = this.#counts ? this.#counts.size : Math.round((KMV_K - 1) / (this.#sketch![KMV_K - 1]! / 2 ** 32));
    const out: ColumnProfile = {
      name: this.name,
      type: kind,
      flags: kind === 'string' ? [] : [...this.#flags].sort(),
      empty: this.#empty,
      distinct,
      distinctEstimated: !this.#counts,
    };
    if ((numeric || dated) && this.#min !== undefined) {
      out.min = this.#min;
      out.max = this.#max!;
    }
    if (this.#counts && !numeric && this.#counts.size <= 50) {
      out.top = [...this.#counts]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 5)
        .map(([value, count]) => ({ value, count }));
    }
    const privacy = this.#privacy.result();
    if (privacy.length) out.privacy = privacy;
    if (numeric && this.#reservoir.length) {
      out.histogram = histogram(this.#reservoir, 10);
      out.histogramSampled = this.#numbers > RESERVOIR;
    }
    return out;
  }
}

function histogram(values: number[], bins: number): { from: number; to: number; count: number }[] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) return [{ from: min, to: max, count: values.length }];
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) counts[Math.min(bins - 1, Math.floor((v - min) / width))]!++;
  return counts.map((count, i) => ({ from: min + i * width, to: i === bins - 1 ? max : min + (i + 1) * width, count }));
}
