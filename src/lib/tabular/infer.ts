// Infers a Table Schema type for each column of a sample: the most specific type every non-empty value fits.
import type { FieldType } from '../../schemas/index.ts';
import { typeError } from './values.ts';

const CANDIDATES: FieldType[] = ['integer', 'number', 'boolean', 'date', 'datetime'];

/** The inferred type of one column's values (`string` when nothing more specific fits). */
export function inferType(values: string[]): FieldType {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return 'string';
  for (const type of CANDIDATES) {
    // 0/1 columns are integers more often than booleans; only words make a boolean.
    if (type === 'boolean' && filled.every((v) => /^[01]$/.test(v))) continue;
    // Codes with leading zeros (ZIP codes, ids such as 007) lose them as numbers: keep them as text.
    if ((type === 'integer' || type === 'number') && filled.some((v) => /^0\d/.test(v))) continue;
    if (filled.every((v) => typeError(v, { type }) === undefined)) return type;
  }
  return 'string';
}

/** Whether a UTF-8 decode of these bytes would need replacement characters (then it is probably Windows-1252). */
export function looksLikeUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
