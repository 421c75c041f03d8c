import { describe, expect, it } from 'vitest';
import { exampleQuery, quoteIdentifier, quoteString, trimStatement } from '../../../../src/lib/sql/names.ts';
import { createTableSql } from '../../../../src/lib/sql/load.ts';
import { HOST_FILE_LIMIT, partRanges } from '../../../../src/lib/sql/parts.ts';

describe('quoteIdentifier()', () => {
  it.each([
    ['boec_911_calls_april_2018', 'boec_911_calls_april_2018'],
    ['Fiscal Year', '"Fiscal Year"'],
    ['2018_calls', '"2018_calls"'],
    ['say "hi"', '"say ""hi"""'],
  ])('writes %s as %s', (name, sql) => {
    expect(quoteIdentifier(name)).toBe(sql);
  });
});

describe('quoteString()', () => {
  it('doubles single quotes', () => {
    expect(quoteString("Animal's Name")).toBe("'Animal''s Name'");
  });
});

describe('exampleQuery()', () => {
  it('selects the first rows of a table', () => {
    expect(exampleQuery('budget_in_brief_kpm')).toBe('SELECT *\nFROM budget_in_brief_kpm\nLIMIT 100;');
  });
});

describe('trimStatement()', () => {
  it.each([
    ['SELECT 1;', 'SELECT 1'],
    ['SELECT 1 ;\n\n', 'SELECT 1'],
    ['SELECT 1; -- the end\n', 'SELECT 1'],
    ["SELECT ';'", "SELECT ';'"],
  ])('trims %j to %j', (sql, trimmed) => {
    expect(trimStatement(sql)).toBe(trimmed);
  });
});

describe('createTableSql()', () => {
  it('reads the delimiter and the missing values of the dialect', () => {
    expect(createTableSql({ name: 'calls', delimiter: ';', missingValues: ['', 'NULL'] }, 'calls.csv')).toBe(
      "CREATE OR REPLACE TABLE calls AS SELECT * FROM read_csv('calls.csv', header = true, delim = ';', nullstr = ['', 'NULL'])",
    );
  });

  it('reads every column as text when asked', () => {
    expect(createTableSql({ name: 'Trees' }, 't.csv', true)).toBe(
      `CREATE OR REPLACE TABLE "Trees" AS SELECT * FROM read_csv('t.csv', header = true, all_varchar = true)`,
    );
  });
});

describe('partRanges()', () => {
  it('splits the 34 MB engine into two equal parts under 25 MiB', () => {
    const ranges = partRanges(34_242_586);
    expect(ranges).toEqual([
      [0, 17_121_293],
      [17_121_293, 34_242_586],
    ]);
    for (const [start, end] of ranges) expect(end - start).toBeLessThan(HOST_FILE_LIMIT);
  });

  it('keeps a small file whole', () => {
    expect(partRanges(1000)).toEqual([[0, 1000]]);
  });

  it('never makes a part of exactly the limit', () => {
    for (const [start, end] of partRanges(2 * HOST_FILE_LIMIT)) expect(end - start).toBeLessThan(HOST_FILE_LIMIT);
  });
});
