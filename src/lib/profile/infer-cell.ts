// What a single cell looks like, as the profiler reads it: the kinds of value it could be, and how numbers
// and dates are written (thousands separators, a trailing %, month/day/year), so a column's type can be inferred.

export type CellKind = 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'string';

export interface CellReading {
  /** The most specific kind this value could be. */
  kind: CellKind;
  /** For numbers: the value. For dates: an ISO string that sorts correctly. */
  value?: number | string;
  /** How it was written, when that needs a flag: `thousands` ("4,052"), `percent` ("2.90%"), `us-date` (4/30/2018). */
  style?: 'thousands' | 'percent' | 'us-date' | 'month-name';
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d+)?|\.\d+)\s?%$/;
const BOOLEAN = /^(true|false|TRUE|FALSE|True|False|yes|no|Yes|No|YES|NO)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const US_DATETIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s?([AaPp][Mm]))?$/;
const MONTH_NAME_DATE =
  /^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}),? (\d{4})$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number | string) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Reads one non-empty cell. */
export function readCell(raw: string): CellReading {
  const v = raw.trim();
  if (INTEGER.test(v)) return { kind: 'integer', value: Number(v) };
  if (DECIMAL.test(v)) return { kind: 'number', value: Number(v) };
  if (THOUSANDS.test(v)) {
    const n = Number(v.replace(/,/g, ''));
    return { kind: Number.isInteger(n) ? 'integer' : 'number', value: n, style: 'thousands' };
  }
  if (PERCENT.test(v)) return { kind: 'number', value: Number(v.replace(/\s?%$/, '')), style: 'percent' };
  if (BOOLEAN.test(v)) return { kind: 'boolean' };
  let m = ISO_DATE.exec(v);
  if (m && validDate(+m[1]!, +m[2]!, +m[3]!)) return { kind: 'date', value: v };
  m = ISO_DATETIME.exec(v);
  if (m && validDate(+m[1]!, +m[2]!, +m[3]!))
    return { kind: 'datetime', value: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}` };
  m = US_DATE.exec(v);
  if (m && validDate(+m[3]!, +m[1]!, +m[2]!))
    return { kind: 'date', value: `${m[3]}-${pad(m[1]!)}-${pad(m[2]!)}`, style: 'us-date' };
  m = US_DATETIME.exec(v);
  if (m && validDate(+m[3]!, +m[1]!, +m[2]!)) {
    let h = Number(m[4]);
    const ampm = m[7]?.toLowerCase();
    if (ampm === 'pm' && h < 12) h += 12;
    if (ampm === 'am' && h === 12) h = 0;
    if (h < 24)
      return {
        kind: 'datetime',
        value: `${m[3]}-${pad(m[1]!)}-${pad(m[2]!)}T${pad(h)}:${m[5]}:${m[6] ?? '00'}`,
        style: 'us-date',
      };
  }
  m = MONTH_NAME_DATE.exec(v);
  if (m) {
    const month = MONTHS.indexOf(m[1]!) + 1;
    if (validDate(+m[3]!, month, +m[2]!))
      return { kind: 'date', value: `${m[3]}-${pad(month)}-${pad(m[2]!)}`, style: 'month-name' };
  }
  return { kind: 'string' };
}

/** The kind a column has when its cells were of these kinds: integers widen to numbers, dates to datetimes. */
export function widen(a: CellKind, b: CellKind): CellKind {
  if (a === b) return a;
  const pair = new Set([a, b]);
  if (pair.has('integer') && pair.has('number')) return 'number';
  if (pair.has('date') && pair.has('datetime')) return 'datetime';
  return 'string';
}
