// A value of a query's result as the text a table cell and a CSV show. DuckDB hands dates and timestamps over
// as milliseconds since 1970 (Apache Arrow), big integers as bigint, lists and structs as objects.

export type CellKind = 'date' | 'timestamp' | 'other';

export function cellText(value: unknown, kind: CellKind = 'other'): string {
  if (value === null || value === undefined) return '';
  if ((kind === 'date' || kind === 'timestamp') && (typeof value === 'number' || typeof value === 'bigint')) {
    const iso = new Date(Number(value)).toISOString();
    return kind === 'date' ? iso.slice(0, 10) : iso.replace('T', ' ').replace(/(?:\.000)?Z$/, '');
  }
  if (typeof value === 'object')
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return String(value);
}
