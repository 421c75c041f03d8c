// Checks a cell against a Table Schema field: its type (as Frictionless reads it) and its constraints.
import type { Field } from '../../schemas/index.ts';

const TRUE = new Set(['true', 'True', 'TRUE', '1', 'yes', 'Yes', 'Y', 'y']);
const FALSE = new Set(['false', 'False', 'FALSE', '0', 'no', 'No', 'N', 'n']);

/** Turns a strptime-style format (`%m/%d/%Y %H:%M`) into a regular expression. */
function formatRegex(format: string): RegExp {
  const parts: Record<string, string> = {
    '%Y': '\\d{4}',
    '%y': '\\d{2}',
    '%m': '\\d{1,2}',
    '%d': '\\d{1,2}',
    '%H': '\\d{1,2}',
    '%I': '\\d{1,2}',
    '%M': '\\d{2}',
    '%S': '\\d{2}',
    '%p': '(?:AM|PM|am|pm)',
    '%B': '[A-Za-z]+',
    '%b': '[A-Za-z]{3}',
    '%z': '[+-]\\d{2}:?\\d{2}',
    '%f': '\\d+',
    '%j': '\\d{1,3}',
    '%Z': '[A-Z]+',
    '%%': '%',
  };
  let re = '';
  for (let i = 0; i < format.length; i++) {
    const two = format.slice(i, i + 2);
    if (parts[two]) {
      re += parts[two];
      i++;
    } else re += format[i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Why `value` is not a valid `field.type`, or undefined when it is. Empty cells are checked by `required` only. */
export function typeError(value: string, field: Pick<Field, 'type' | 'format'>): string | undefined {
  const v = value.trim();
  // format "any": Frictionless parses dates however they are written; accept what a date parser reads.
  if (field.format === 'any' && (field.type === 'date' || field.type === 'datetime' || field.type === 'time')) {
    return /^\d{4}(-\d{2}){0,2}/.test(v) || !Number.isNaN(Date.parse(v)) ? undefined : `is not a ${field.type}`;
  }
  const custom =
    field.format && field.format !== 'default' && field.format !== 'any' && field.format.includes('%')
      ? formatRegex(field.format)
      : undefined;
  switch (field.type) {
    case 'integer':
      return /^[+-]?\d+$/.test(v) ? undefined : 'is not a whole number';
    case 'number':
      return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v) || /^(NaN|INF|-INF)$/.test(v)
        ? undefined
        : 'is not a number';
    case 'boolean':
      return TRUE.has(v) || FALSE.has(v) ? undefined : 'is not true or false';
    case 'date':
      return (custom ? custom.test(v) : ISO_DATE.test(v))
        ? undefined
        : `is not a date${field.format ? ` in the format ${field.format}` : ' written YYYY-MM-DD'}`;
    case 'datetime':
      return (custom ? custom.test(v) : ISO_DATETIME.test(v))
        ? undefined
        : `is not a date and time${field.format ? ` in the format ${field.format}` : ' in ISO 8601'}`;
    case 'time':
      return (custom ? custom.test(v) : /^\d{2}:\d{2}(:\d{2})?$/.test(v)) ? undefined : 'is not a time';
    case 'year':
      return /^\d{4}$/.test(v) ? undefined : 'is not a year';
    case 'yearmonth':
      return /^\d{4}-\d{2}$/.test(v) ? undefined : 'is not a year and month (YYYY-MM)';
    case 'geopoint':
      return /^-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?$/.test(v) || /^\[.*\]$/.test(v) || /^\{.*\}$/.test(v)
        ? undefined
        : 'is not a point (lat, lon)';
    case 'object':
    case 'array':
    case 'geojson':
      try {
        JSON.parse(v);
        return undefined;
      } catch {
        return 'is not valid JSON';
      }
    default:
      return undefined;
  }
}

/** Why `value` breaks a constraint of `field` (other than `required` and `unique`), or undefined. */
export function constraintError(value: string, field: Pick<Field, 'type' | 'constraints'>): string | undefined {
  const c = field.constraints;
  if (!c) return undefined;
  if (c.enum && !c.enum.map(String).includes(value)) return `is not one of the allowed values (${c.enum.join(', ')})`;
  const numeric = field.type === 'integer' || field.type === 'number';
  const compare = (bound: number | string) =>
    numeric ? Number(value) - Number(bound) : value < String(bound) ? -1 : value > String(bound) ? 1 : 0;
  if (c.minimum !== undefined && compare(c.minimum) < 0) return `is below the minimum ${c.minimum}`;
  if (c.maximum !== undefined && compare(c.maximum) > 0) return `is above the maximum ${c.maximum}`;
  if (c.minLength !== undefined && value.length < c.minLength) return `is shorter than ${c.minLength} characters`;
  if (c.maxLength !== undefined && value.length > c.maxLength) return `is longer than ${c.maxLength} characters`;
  if (c.pattern) {
    let re: RegExp | undefined;
    try {
      re = new RegExp(`^(?:${c.pattern})$`);
    } catch {
      return undefined;
    }
    if (!re.test(value)) return `does not match the pattern ${c.pattern}`;
  }
  return undefined;
}
