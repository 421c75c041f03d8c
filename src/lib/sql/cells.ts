// A value of a query's result as the text a table cell shows. DuckDB hands values over as Apache Arrow: dates and
// timestamps as milliseconds since 1970, big integers as bigint, 128-bit integers and decimals as objects whose
// text is the unscaled integer (a decimal's scale is in its column's type), lists and structs as objects.

export type CellKind = 'date' | 'timestamp' | 'decimal' | 'other';

/** `scale`: digits after the decimal point, for decimals. */
export function cellText(value: unknown, kind: CellKind = 'other', scale = 0): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return cellText(value.getTime(), kind === 'other' ? 'timestamp' : kind);
  if (kind === 'decimal') return decimalText(String(value), scale);
  if ((kind === 'date' || kind === 'timestamp') && (typeof value === 'number' || typeof value === 'bigint')) {
    const iso = new Date(Number(value)).toISOString();
    return kind === 'date' ? iso.slice(0, 10) : iso.replace('T', ' ').replace(/(?:\.000)?Z$/, '');
  }
  if (typeof value === 'object') {
    const { toJSON } = value as { toJSON?: unknown };
    const json: unknown = typeof toJSON === 'function' ? (toJSON as () => unknown).call(value) : value;
    if (typeof json === 'string') return json;
    return JSON.stringify(json, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  }
  return String(value);
}

/** `"-12345"` with scale 2 → `"-123.45"`. */
function decimalText(digits: string, scale: number): string {
  if (scale <= 0) return digits;
  const negative = digits.startsWith('-');
  const abs = (negative ? digits.slice(1) : digits).padStart(scale + 1, '0');
  return `${negative ? '-' : ''}${abs.slice(0, -scale)}.${abs.slice(-scale)}`;
}
