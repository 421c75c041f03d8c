// The row tests of a question's conditions, made once per question: text compared through its dictionary (each
// distinct value tested once), numbers and dates compared as such.
import { readCell } from '../profile/infer-cell.ts';
import { keyer } from './group-keys.ts';
import type { AskProblem, Condition } from './question.ts';
import { millisOf, type Column } from './table.ts';

/** A row test for one condition, or the reason it cannot be made. */
export function rowTest(col: Column, c: Condition): ((row: number) => boolean) | AskProblem {
  if (col.kind === 'text') {
    const want = c.value.trim().toLowerCase();
    const pass = Uint8Array.from(col.dictionary, (text) => {
      const t = text.toLowerCase();
      switch (c.op) {
        case '=':
          return t === want ? 1 : 0;
        case '!=':
          return t !== want ? 1 : 0;
        case 'contains':
          return t.includes(want) ? 1 : 0;
        case 'empty':
          return t === '' ? 1 : 0;
        case 'not-empty':
          return t !== '' ? 1 : 0;
        case '<':
          return t !== '' && t < want ? 1 : 0;
        case '<=':
          return t !== '' && t <= want ? 1 : 0;
        case '>':
          return t > want ? 1 : 0;
        case '>=':
          return t >= want ? 1 : 0;
      }
    });
    return (r) => pass[col.codes[r]!] === 1;
  }
  const v = col.values;
  if (c.op === 'empty') return (r) => Number.isNaN(v[r]!);
  if (c.op === 'not-empty') return (r) => !Number.isNaN(v[r]!);
  if (c.op === 'contains') {
    const want = c.value.trim().toLowerCase();
    const label = keyer(col, undefined).label;
    return (r) => label(v[r]!).toLowerCase().includes(want);
  }
  const read = readCell(c.value.trim());
  const x =
    col.kind === 'number'
      ? typeof read.value === 'number'
        ? read.value
        : undefined
      : (read.kind === 'date' || read.kind === 'datetime') && typeof read.value === 'string'
        ? millisOf(read.value)
        : undefined;
  if (x === undefined) return { problem: 'bad-value', column: col.name, value: c.value };
  switch (c.op) {
    case '=':
      return (r) => v[r] === x;
    case '!=':
      return (r) => !Number.isNaN(v[r]!) && v[r] !== x;
    case '<':
      return (r) => v[r]! < x;
    case '<=':
      return (r) => v[r]! <= x;
    case '>':
      return (r) => v[r]! > x;
    case '>=':
      return (r) => v[r]! >= x;
  }
}
