import { describe, expect, it } from 'vitest';
import { countRows, isCountedTable } from '../../../../src/lib/history/count-rows.ts';

const rows = (text: string) => countRows(new TextEncoder().encode(text));

describe('countRows()', () => {
  it.each([
    ['a header and two rows', 'a,b\n1,2\n3,4\n', 2],
    ['no line end after the last row', 'a,b\n1,2\n3,4', 2],
    ['CRLF line ends', 'a,b\r\n1,2\r\n3,4\r\n', 2],
    ['CR line ends', 'a,b\r1,2\r3,4', 2],
    ['a byte-order mark', '\uFEFFa,b\n1,2\n', 1],
    ['line breaks inside quoted values', 'a,b\n"one\nvalue",2\n"x ""y""\r\nz",3\n', 2],
    ['blank lines', 'a,b\n\n1,2\n\n\n3,4\n\n', 2],
    ['only a header', 'a,b\n', 0],
    ['an empty file', '', 0],
    ['tabs (TSV)', 'a\tb\n1\t2\n', 1],
  ])('counts the data rows of a file with %s', (_case, text, expected) => {
    expect(rows(text)).toBe(expected);
  });
});

describe('isCountedTable()', () => {
  it.each([
    ['calls.csv', true],
    ['CALLS.CSV', true],
    ['sub/stops.tsv', true],
    ['lines.geojson', false],
    ['index.md', false],
    ['schema.yaml', false],
    ['README', false],
  ])('says whether %s has rows to count', (path, expected) => {
    expect(isCountedTable(path)).toBe(expected);
  });
});
