// Compares a file's profile with its data dictionary: every column on one side only, every type that disagrees.
import type { TableSchema } from '../../schemas/index.ts';
import type { TableProfile } from './profile.ts';

export type Disagreement =
  | { kind: 'not-in-dictionary'; column: string }
  | { kind: 'not-in-file'; column: string }
  /** The values do not fit the declared type. */
  | { kind: 'type-mismatch'; column: string; declared: string; inferred: string }
  /** The declared type is broader than the values (e.g. digits declared as string): worth a look, not wrong. */
  | { kind: 'broader'; column: string; declared: string; inferred: string };

const FITS: Record<string, string[]> = {
  integer: ['integer'],
  number: ['number', 'integer'],
  boolean: ['boolean'],
  date: ['date'],
  datetime: ['datetime', 'date'],
  year: ['integer'],
};

export function compareWithDictionary(profile: TableProfile, schema: TableSchema): Disagreement[] {
  const out: Disagreement[] = [];
  const declared = new Map(schema.fields.map((f) => [f.name, f]));
  const inFile = new Set(profile.columns.map((c) => c.name));
  for (const c of profile.columns) {
    const field = declared.get(c.name);
    if (!field) {
      if (c.name.trim() !== '') out.push({ kind: 'not-in-dictionary', column: c.name });
      continue;
    }
    const type = field.type;
    if (c.empty === profile.rows) continue; // an empty column fits any type
    const fits = FITS[type];
    // Frictionless reads 1 and 0 as true and false by default.
    const zeroOne = type === 'boolean' && c.type === 'integer' && c.min === 0 && c.max === 1;
    if (zeroOne) continue;
    // Custom-format dates (e.g. %m/%d/%Y) are read as dates by the profiler when they are US-style.
    if (fits && !fits.includes(c.type))
      out.push({ kind: 'type-mismatch', column: c.name, declared: type, inferred: c.type });
    else if ((type === 'string' || type === 'any') && c.type !== 'string')
      out.push({ kind: 'broader', column: c.name, declared: type, inferred: c.type });
  }
  for (const f of schema.fields) if (!inFile.has(f.name)) out.push({ kind: 'not-in-file', column: f.name });
  return out;
}
