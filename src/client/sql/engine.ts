// The SQL engine of the SQL panel: DuckDB compiled to WebAssembly, in its own Web Worker, so no query blocks
// the page. Its files come from this site (the WebAssembly in parts, joined here). Tables are made from whole
// files: each is downloaded as a stream (with progress, and cancellable), then the engine reads every row.
import * as duckdb from '@duckdb/duckdb-wasm';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { DataType, type Field } from 'apache-arrow';
import wasmParts from 'virtual:cdc/duckdb-wasm';
import { cellText, type CellKind } from '../../lib/sql/cells.ts';
import { createTableSql, type TableSource } from '../../lib/sql/load.ts';
import { quoteIdentifier, quoteString, trimStatement } from '../../lib/sql/names.ts';

/** The browser lacks what the engine needs (WebAssembly with exceptions, Web Workers). */
export class EngineUnavailable extends Error {}

export interface Table extends TableSource {
  href: string;
  encoding?: string | undefined;
  columns: { name: string; type: string }[];
}

export interface QueryResult {
  columns: string[];
  /** The first rows, as text. */
  rows: string[][];
  /** How many rows the query returned in all. */
  count: number;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export class SqlEngine {
  private constructor(
    private readonly db: duckdb.AsyncDuckDB,
    private readonly conn: duckdb.AsyncDuckDBConnection,
  ) {}

  static async start(signal: AbortSignal): Promise<SqlEngine> {
    if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') throw new EngineUnavailable();
    if (!(await duckdb.getPlatformFeatures()).wasmExceptions) throw new EngineUnavailable();
    const parts = await Promise.all(
      wasmParts.map(async (url) => {
        const res = await fetch(url, { signal });
        if (!res.ok) throw new EngineUnavailable(`HTTP ${res.status} for ${url}`);
        return res.blob();
      }),
    );
    const wasm = URL.createObjectURL(new Blob(parts, { type: 'application/wasm' }));
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(workerUrl));
    try {
      await db.instantiate(wasm);
    } catch (error) {
      await db.terminate();
      throw new EngineUnavailable(String(error));
    } finally {
      URL.revokeObjectURL(wasm);
    }
    return new SqlEngine(db, await db.connect());
  }

  /** Downloads `table.href` and makes a table of every row; returns the number of rows. */
  async load(table: Table, signal: AbortSignal, progress: (loaded: number, total: number) => void): Promise<number> {
    const res = await fetch(table.href, { signal });
    if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
    // A compressed response's length is not the length of what the stream gives: then the total is unknown.
    const total = res.headers.get('content-encoding') ? 0 : Number(res.headers.get('content-length') ?? 0);
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.length;
      progress(loaded, total);
    }
    const file = `${table.name}.csv`;
    await this.db.registerFileBuffer(file, utf8(join(chunks, loaded), table.encoding));
    try {
      await this.conn.query(createTableSql(table, file)).catch(async (error: unknown) => {
        // A column's type is guessed from a sample of rows; when a later row does not fit, read them all as text.
        if (!/Conversion Error|Could not convert|sniff/i.test(String(error))) throw error;
        await this.conn.query(createTableSql(table, file, true));
      });
    } finally {
      await this.db.dropFile(file);
    }
    const count = await this.conn.query(`SELECT count(*) AS n FROM ${quoteIdentifier(table.name)}`);
    return Number(count.getChildAt(0)?.get(0) ?? 0);
  }

  /** Runs `sql`; keeps the first `limit` rows as text and counts the rest as they stream by. */
  async query(sql: string, limit: number): Promise<QueryResult> {
    // The stream's schema is read with its first message.
    const reader = await (await this.conn.send(sql, true)).open();
    const fields = reader.schema.fields;
    const kinds = fields.map(kindOf);
    const scales = fields.map((f) => (DataType.isDecimal(f.type) ? f.type.scale : 0));
    const rows: string[][] = [];
    let count = 0;
    for await (const batch of reader) {
      for (let r = 0; r < batch.numRows && rows.length < limit; r++) {
        rows.push(fields.map((_, c) => cellText(batch.getChildAt(c)?.get(r), kinds[c], scales[c])));
      }
      count += batch.numRows;
    }
    return { columns: fields.map((f) => f.name), rows, count };
  }

  /** Stops the query that is running, if any. */
  async cancel(): Promise<void> {
    await this.conn.cancelSent();
  }

  /** The whole result of `sql` as a CSV file, written by the engine. */
  async csv(sql: string): Promise<Blob> {
    const file = 'result.csv';
    await this.conn.query(`COPY (${trimStatement(sql)}) TO ${quoteString(file)} (HEADER true, DELIMITER ',')`);
    try {
      return new Blob([await this.db.copyFileToBuffer(file)], { type: 'text/csv' });
    } finally {
      await this.db.dropFile(file);
    }
  }

  async stop(): Promise<void> {
    await this.db.terminate();
  }
}

function kindOf(field: Field): CellKind {
  if (DataType.isTimestamp(field.type)) return 'timestamp';
  if (DataType.isDate(field.type)) return 'date';
  if (DataType.isDecimal(field.type)) return 'decimal';
  return 'other';
}

function join(chunks: Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** The file as UTF-8 without a byte-order mark, which is what the engine reads. */
function utf8(bytes: Uint8Array, encoding: string | undefined): Uint8Array {
  const label = (encoding ?? 'utf-8').toLowerCase();
  if (label === 'utf-8' || label === 'utf8' || label === 'utf-8-sig') {
    return UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.slice(3) : bytes;
  }
  return new TextEncoder().encode(new TextDecoder(label).decode(bytes));
}
