import fs from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { RecordChunker } from '../../../../src/lib/preview/chunker.ts';

/** Feeds text to the chunker in pieces of `size` characters and parses what it returns, as the worker does. */
function parseInChunks(text: string, size: number, delimiter = ','): string[][] {
  const chunker = new RecordChunker();
  const rows: string[][] = [];
  const take = (t: string) => {
    if (t) rows.push(...Papa.parse<string[]>(t, { delimiter, skipEmptyLines: true }).data);
  };
  for (let i = 0; i < text.length; i += size) take(chunker.push(text.slice(i, i + size)));
  take(chunker.flush());
  return rows;
}

const read = (p: string, enc: BufferEncoding = 'utf8') => fs.readFileSync(p, enc).replace(/^\uFEFF/, '');

describe('RecordChunker', () => {
  it.each([
    ['content/datasets/paris-remarkable-trees/paris-remarkable-trees.csv', ';'],
    ['content/datasets/portland-budget-history/portland-budget-history-fy2007-fy2016.csv', ','],
    ['content/datasets/fire-incident-history-2019-metadata/fire-incident-history-2019-metadata.csv', ','],
    ['content/datasets/boec-911-calls-april-2018/boec-911-calls-april-2018.csv', ','],
  ])(
    'gives the same rows for %s, fed in small pieces, as parsing it whole (quoted newlines, CR-only, CRLF)',
    (file, delimiter) => {
      expect(fs.existsSync(file), file).toBe(true);
      const text = read(file);
      const whole = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true }).data;
      for (const size of [7, 1000, 65536]) expect(parseInChunks(text, size, delimiter)).toEqual(whole);
    },
  );
});
