// Selecting and summarising a table's rows for story charts and figures: filters, a group-by with an
// aggregate, time bins. Pure functions, tested against independent computations.
import { readCell } from '../profile/infer-cell.ts';
import type { DataTable } from './table.ts';

export type Aggregate = 'count' | 'sum' | 'mean' | 'median' | 'min' | 'max';
export type Bin = 'hour' | 'day' | 'month' | 'year' | 'hour-of-day' | 'weekday';

/** `filter="Budget Type=Actual; Service Area!=Public Safety"`: every condition must hold. */
export function parseFilter(filter: string | undefined): { column: string; op: '=' | '!='; value: string }[] {
  if (!filter) return [];
  return filter
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.+?)\s*(!=|=)\s*(.*)$/.exec(part);
      if (!m) throw new Error(`filter "${part}" must be written column=value or column!=value`);
      return { column: m[1]!.trim(), op: m[2] as '=' | '!=', value: m[3]!.trim() };
    });
}

/** The columns a component refers to, for checking they exist. */
export function referencedColumns(props: Record<string, string>): string[] {
  const cols = ['x', 'y', 'color', 'column', 'sort'].map((k) => props[k]).filter((v): v is string => !!v);
  for (const f of parseFilter(props['filter'])) cols.push(f.column);
  if (props['columns']) cols.push(...props['columns'].split(',').map((c) => c.trim()));
  return [...new Set(cols)];
}

export function columnIndex(table: DataTable, name: string): number {
  const i = table.columns.indexOf(name);
  if (i < 0) throw new Error(`column "${name}" is not in the file; its columns are ${table.columns.join(', ')}`);
  return i;
}

/** The rows that pass the filter. */
export function selectRows(table: DataTable, filter: string | undefined): string[][] {
  const conditions = parseFilter(filter).map((c) => ({ ...c, i: columnIndex(table, c.column) }));
  return table.rows.filter((r) => conditions.every((c) => ((r[c.i] ?? '').trim() === c.value) === (c.op === '=')));
}

/** A number from a cell, reading thousands separators and percents; undefined when it is not a number. */
export function numberOf(cell: string | undefined): number | undefined {
  const v = readCell(cell ?? '').value;
  return typeof v === 'number' ? v : undefined;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The bin of a date or date-time cell: `2018-04-30`, `2018-04-30T23`, `2018-04`, `2018`, `23` (hour of day) or a weekday. */
export function binOf(cell: string | undefined, bin: Bin): string | undefined {
  const v = readCell(cell ?? '').value;
  if (typeof v !== 'string') return undefined;
  switch (bin) {
    case 'hour':
      return v.length >= 13 ? v.slice(0, 13) : undefined;
    case 'day':
      return v.slice(0, 10);
    case 'month':
      return v.slice(0, 7);
    case 'year':
      return v.slice(0, 4);
    case 'hour-of-day':
      return v.length >= 13 ? v.slice(11, 13) : undefined;
    case 'weekday':
      return WEEKDAYS[new Date(`${v.slice(0, 10)}T00:00:00Z`).getUTCDay()];
  }
}

export function aggregateValues(values: number[], op: Aggregate): number {
  if (op === 'count') return values.length;
  if (values.length === 0) return NaN;
  if (op === 'sum') return values.reduce((a, b) => a + b, 0);
  if (op === 'mean') return values.reduce((a, b) => a + b, 0) / values.length;
  if (op === 'min') return Math.min(...values);
  if (op === 'max') return Math.max(...values);
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface GroupOptions {
  x: string;
  y?: string | undefined;
  color?: string | undefined;
  aggregate: Aggregate;
  bin?: Bin | undefined;
}

/** Groups rows by x (binned when asked) and colour, and aggregates y (or counts rows). Sorted by x. */
export function groupRows(
  table: DataTable,
  rows: string[][],
  o: GroupOptions,
): { x: string; y: number; color?: string }[] {
  const xi = columnIndex(table, o.x);
  const yi = o.y ? columnIndex(table, o.y) : -1;
  const ci = o.color ? columnIndex(table, o.color) : -1;
  const groups = new Map<string, { x: string; color?: string; values: number[] }>();
  for (const r of rows) {
    const x = o.bin ? binOf(r[xi], o.bin) : (r[xi] ?? '').trim();
    if (x === undefined || x === '') continue;
    const color = ci >= 0 ? (r[ci] ?? '').trim() : undefined;
    const key = `${x}\u0000${color ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { x, ...(color !== undefined ? { color } : {}), values: [] }));
    if (yi >= 0) {
      const n = numberOf(r[yi]);
      if (n !== undefined) g.values.push(n);
    } else g.values.push(1);
  }
  return [...groups.values()]
    .map((g) => ({
      x: g.x,
      y: aggregateValues(g.values, yi >= 0 ? o.aggregate : 'count'),
      ...(g.color !== undefined ? { color: g.color } : {}),
    }))
    .filter((p) => !Number.isNaN(p.y))
    .sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : (a.color ?? '') < (b.color ?? '') ? -1 : 1));
}
