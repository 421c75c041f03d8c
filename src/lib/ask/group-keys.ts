// The groups a row falls in: a number per row for each grouping (a text's code, a number, a time bin) that sorts
// the groups, and the label each number stands for.
import type { Bin } from '../stories/query.ts';
import { isoOf, type Column } from './table.ts';

/** The weekdays' keys, Monday first (ISO 8601's order), as answers and links write them. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY = 86_400_000;
const HOUR = 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');
const mod = (a: number, n: number) => ((a % n) + n) % n;

/** A grouping read row by row: a number per row that sorts the groups (NaN for no value), and its label. */
export interface Keyer {
  key(row: number): number;
  label(key: number): string;
  /** Text groups sort by their label, the rest by key. */
  byLabel: boolean;
}

export function keyer(col: Column, bin: Bin | undefined): Keyer {
  if (col.kind === 'text') {
    const d = col.dictionary;
    return { key: (r) => col.codes[r]!, label: (k) => d[k]!, byLabel: true };
  }
  const v = col.values;
  if (col.kind === 'number' || !bin)
    return {
      key: (r) => v[r]!,
      label: (k) => (Number.isNaN(k) ? '' : col.kind === 'number' ? String(k) : isoOf(k)),
      byLabel: false,
    };
  const day = (k: number) => new Date(k * DAY).toISOString().slice(0, 10);
  switch (bin) {
    case 'hour-of-day':
      return { key: (r) => mod(Math.floor(v[r]! / HOUR), 24), label: (k) => pad(k), byLabel: false };
    case 'weekday':
      // 1 January 1970 was a Thursday.
      return { key: (r) => mod(Math.floor(v[r]! / DAY) + 3, 7), label: (k) => WEEKDAYS[k]!, byLabel: false };
    case 'day':
      return { key: (r) => Math.floor(v[r]! / DAY), label: day, byLabel: false };
    case 'hour':
      return {
        key: (r) => Math.floor(v[r]! / HOUR),
        label: (k) => `${day(Math.floor(k / 24))}T${pad(mod(k, 24))}`,
        byLabel: false,
      };
    case 'month':
    case 'year': {
      const keys = new Map<number, number>();
      const size = bin === 'month' ? 7 : 4;
      // A date's month or year, found once per day: dates repeat far more than days do.
      const of = (ms: number) => {
        const d = Math.floor(ms / DAY);
        let k = keys.get(d);
        if (k === undefined) {
          const date = new Date(d * DAY);
          k = bin === 'month' ? date.getUTCFullYear() * 12 + date.getUTCMonth() : date.getUTCFullYear();
          keys.set(d, k);
        }
        return k;
      };
      return {
        key: (r) => (Number.isNaN(v[r]!) ? NaN : of(v[r]!)),
        label: (k) =>
          bin === 'month'
            ? `${String(Math.floor(k / 12)).padStart(4, '0')}-${pad(mod(k, 12) + 1)}`
            : String(k).slice(0, size),
        byLabel: false,
      };
    }
  }
}
