// Columns of a table's Parquet copy, read back as the summary's column table holds them: only the columns asked
// for are decoded. The inverse of parquet-write.ts (doubles → numbers, timestamps → dates, strings → text).
import { parquetMetadata, parquetRead, type FileMetaData } from 'hyparquet';
import type { Column, ColumnKind } from './table.ts';

export interface ParquetFile {
  buffer: ArrayBuffer;
  metadata: FileMetaData;
  rows: number;
  names: string[];
  /** As written: strings are text, timestamps (64-bit integers) dates, doubles numbers. */
  kinds: ColumnKind[];
}

export function openParquet(buffer: ArrayBuffer): ParquetFile {
  const metadata = parquetMetadata(buffer);
  const columns = metadata.schema.slice(1);
  return {
    buffer,
    metadata,
    rows: Number(metadata.num_rows),
    names: columns.map((s) => s.name),
    kinds: columns.map((s) => (s.type === 'BYTE_ARRAY' ? 'text' : s.type === 'INT64' ? 'date' : 'number')),
  };
}

/** A column being decoded: values written straight into its typed array as each chunk arrives. */
interface Decoding {
  column: Column;
  put(at: number, v: unknown): void;
}

function decoding(name: string, kind: ColumnKind, rows: number): Decoding {
  if (kind === 'text') {
    const column = { kind, name, codes: new Uint32Array(rows), dictionary: [] as string[] };
    const index = new Map<string, number>();
    return {
      column,
      put(at, v) {
        const text = v === null || v === undefined ? '' : String(v);
        let code = index.get(text);
        if (code === undefined) {
          code = column.dictionary.length;
          column.dictionary.push(text);
          index.set(text, code);
        }
        column.codes[at] = code;
      },
    };
  }
  const values = new Float64Array(rows);
  return {
    column: { kind, name, values },
    put(at, v) {
      values[at] = v === null || v === undefined ? NaN : v instanceof Date ? v.getTime() : Number(v);
    },
  };
}

export async function parquetColumns(file: ParquetFile, names: string[]): Promise<Column[]> {
  if (!names.length) return [];
  const columns = new Map(names.map((n) => [n, decoding(n, file.kinds[file.names.indexOf(n)] ?? 'text', file.rows)]));
  await parquetRead({
    file: file.buffer,
    metadata: file.metadata,
    columns: names,
    onChunk: (chunk) => {
      const into = columns.get(chunk.columnName);
      if (!into) return;
      const data = chunk.columnData;
      for (let i = 0; i < data.length; i++) into.put(chunk.rowStart + i, data[i]);
    },
  });
  return names.map((n) => columns.get(n)!.column);
}
