// The Parquet copy answers exactly as the CSV does: the real 911 log written as Parquet, read back column by
// column, gives the same answers to the same questions, and reads only the columns it is asked for.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../../../src/lib/ask/answer.ts';
import { csvToParquet } from '../../../../src/lib/ask/parquet-write.ts';
import { openParquet, parquetColumns } from '../../../../src/lib/ask/parquet-read.ts';
import { EMPTY_QUESTION, type Question } from '../../../../src/lib/ask/question.ts';
import { columnTable } from '../../../../src/lib/ask/table.ts';
import Papa from 'papaparse';

const file = path.resolve('content/datasets/boec-911-calls-april-2018/boec-911-calls-april-2018.csv');
const bytes = fs.readFileSync(file);
const [header, ...rows] = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
  skipEmptyLines: true,
}).data;
const fromCsv = columnTable(header!, rows);
const parquet = csvToParquet(bytes, { encoding: 'utf-8-sig', delimiter: ',' });
const copy = openParquet(
  parquet.buffer.slice(parquet.byteOffset, parquet.byteOffset + parquet.byteLength) as ArrayBuffer,
);

describe('the Parquet copy', () => {
  it('is smaller than the CSV and has its rows and columns', () => {
    expect(parquet.byteLength).toBeLessThan(bytes.byteLength / 3);
    expect(copy.rows).toBe(rows.length);
    expect(copy.names).toEqual(header);
  });

  it.each<Partial<Question>>([
    { group: [{ column: 'call_start_dt', bin: 'hour-of-day' }] },
    { group: [{ column: 'group_name' }], measure: 'median', of: 'answer_wait' },
    {
      group: [{ column: 'call_start_dt', bin: 'day' }, { column: 'cell' }],
      measure: 'mean',
      of: 'talk_time',
      where: [{ column: 'answer_wait', op: '>=', value: '5' }],
      sort: 'value-desc',
    },
    { measure: 'max', of: 'call_start_dt', where: [{ column: 'answer_wait', op: 'empty', value: '' }] },
  ])('answers %j as the CSV does', async (q) => {
    const question = { ...EMPTY_QUESTION, ...q };
    const needed = [
      ...new Set([
        ...question.group.map((g) => g.column),
        ...(question.of ? [question.of] : []),
        ...question.where.map((c) => c.column),
      ]),
    ];
    const columns = await parquetColumns(copy, needed);
    expect(columns.map((c) => c.name)).toEqual(needed);
    expect(answer({ rows: copy.rows, columns }, question)).toEqual(answer(fromCsv, question));
  });
});
