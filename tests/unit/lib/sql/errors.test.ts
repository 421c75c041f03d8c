// The engine's messages are DuckDB 1.32's own (@duckdb/duckdb-wasm), copied from its answers to these queries
// on a table kpm("Fiscal Year", bureau).
import { describe, expect, it } from 'vitest';
import { explainSqlError, plainMessage } from '../../../../src/lib/sql/errors.ts';

describe('explainSqlError()', () => {
  it.each([
    [
      'SELECT nope FROM kpm',
      'Binder Error: Referenced column "nope" not found in FROM clause!\nCandidate bindings: "bureau"\n\nLINE 1: SELECT nope FROM kpm\n               ^',
      { kind: 'column', name: 'nope', suggestion: 'bureau' },
    ],
    [
      'SELECT kpm.nope FROM kpm',
      'Binder Error: Table "kpm" does not have a column named "nope"\n\nCandidate bindings: : "bureau"\n\nLINE 1: SELECT kpm.nope FROM kpm\n               ^',
      { kind: 'column', name: 'nope', suggestion: 'bureau' },
    ],
    [
      'SELECT fiscal_year FROM kpm',
      'Binder Error: Referenced column "fiscal_year" not found in FROM clause!\nCandidate bindings: "Fiscal Year"\n\nLINE 1: SELECT fiscal_year FROM kpm\n               ^',
      { kind: 'column', name: 'fiscal_year', suggestion: 'Fiscal Year' },
    ],
    [
      'SELECT * FROM kpm JOIN kpm k2 USING (nope)',
      'Binder Error: Column "nope" does not exist on left side of join!',
      { kind: 'column', name: 'nope', suggestion: undefined },
    ],
    [
      'SELECT * FROM kpmm',
      'Catalog Error: Table with name kpmm does not exist!\nDid you mean "kpm"?\n\nLINE 1: SELECT * FROM kpmm\n                      ^',
      { kind: 'table', name: 'kpmm', suggestion: 'kpm' },
    ],
    [
      'SELECT u.x FROM kpm',
      'Binder Error: Referenced table "u" not found!\nCandidate tables: "kpm"\n\nLINE 1: SELECT u.x FROM kpm\n               ^',
      { kind: 'table', name: 'u', suggestion: 'kpm' },
    ],
    [
      'SELEC 1',
      'Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^\n\nLINE 1: SELEC 1\n        ^',
      { kind: 'other', message: 'syntax error at or near "SELEC"' },
    ],
    [
      "SELECT 'a'::INTEGER",
      "Conversion Error: Could not convert string 'a' to INT32\n\nLINE 1: SELECT 'a'::INTEGER\n                  ^",
      { kind: 'other', message: "Could not convert string 'a' to INT32" },
    ],
  ])('explains the answer to %s', (_query, message, expected) => {
    expect(explainSqlError(message)).toEqual(expected);
  });

  it.each([
    'Out of Memory Error: could not allocate block of size 256.0 KiB (3.1 GiB/3.1 GiB used)',
    'RangeError: Array buffer allocation failed',
    'RuntimeError: memory access out of bounds',
  ])('calls a query that runs out of memory too heavy: %s', (message) => {
    expect(explainSqlError(message)).toEqual({ kind: 'heavy' });
  });

  it('recognises a cancelled query', () => {
    expect(explainSqlError('INTERRUPT Error: Interrupted!')).toEqual({ kind: 'cancelled' });
  });
});

describe('plainMessage()', () => {
  it('drops a final full stop, which the sentence around it adds', () => {
    expect(
      plainMessage(
        "Binder Error: No function matches the given name and argument types '+(VARCHAR, VARCHAR)'. You might need to add explicit type casts.\n\tCandidate functions:",
      ),
    ).toBe(
      "No function matches the given name and argument types '+(VARCHAR, VARCHAR)'. You might need to add explicit type casts",
    );
  });

  it('keeps the first line without the error class', () => {
    expect(plainMessage('Parser Error: syntax error at end of input\n\nLINE 1: SELECT\n ^')).toBe(
      'syntax error at end of input',
    );
  });
});
