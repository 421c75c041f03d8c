// A table's columnar copy for the summary: the column table the browser would build from the CSV, written as
// Parquet (numbers as doubles, dates as timestamps, text as strings; missing values as nulls). The browser reads
// back only the columns a question needs, from a file several times smaller than the CSV.
import Papa from 'papaparse';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { columnTable, type ColumnTable } from './table.ts';

/** Files from this size get a Parquet copy: below it the CSV itself reads in well under a second. */
export const PARQUET_MIN_BYTES = 50_000_000;

export function tableToParquet(table: ColumnTable): Uint8Array {
  const columnData = table.columns.map((c) =>
    c.kind === 'text'
      ? { name: c.name, type: 'STRING' as const, data: Array.from(c.codes, (k) => c.dictionary[k]!) }
      : c.kind === 'number'
        ? { name: c.name, type: 'DOUBLE' as const, data: Array.from(c.values, (v) => (Number.isNaN(v) ? null : v)) }
        : {
            name: c.name,
            type: 'TIMESTAMP' as const,
            data: Array.from(c.values, (v) => (Number.isNaN(v) ? null : new Date(v))),
          },
  );
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}

/** The Parquet copy of a delimited file's bytes. */
export function csvToParquet(
  data: Uint8Array,
  dialect: { encoding?: string | undefined; delimiter?: string | undefined },
): Uint8Array {
  const encoding = !dialect.encoding || dialect.encoding === 'utf-8-sig' ? 'utf-8' : dialect.encoding;
  const text = new TextDecoder(encoding).decode(data).replace(/^\uFEFF/, '');
  const [header = [], ...rows] = Papa.parse<string[]>(text, {
    delimiter: dialect.delimiter ?? '',
    skipEmptyLines: true,
  }).data;
  return tableToParquet(columnTable(header, rows));
}
