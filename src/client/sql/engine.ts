// The SQL engine of the SQL panel: DuckDB compiled to WebAssembly, in its own Web Worker, so no query blocks
// the page. Its files come from this site (the WebAssembly in parts, joined here). Tables are made from whole
// files: each is downloaded as a stream (with progress, and cancellable), then the engine reads every row.
import { AsyncDuckDB, VoidLogger, getPlatformFeatures, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { DataType, type Field } from 'apache-arrow';
import wasmParts from 'virtual:cdc/duckdb-wasm';
import type { FromDownload, ToDownload } from './download.worker.ts';
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

export interface LoadProgress {
  downloading(loaded: number, total: number): void;
  /** The file is downloaded; the engine reads its rows. */
  reading(): void;
}

export interface QueryResult {
  columns: string[];
  /** The first rows, as text. */
  rows: string[][];
  /** How many rows the query returned in all. */
  count: number;
}

export class SqlEngine {
  private constructor(
    private readonly db: AsyncDuckDB,
    private readonly conn: AsyncDuckDBConnection,
  ) {}

  static async start(signal: AbortSignal): Promise<SqlEngine> {
    if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') throw new EngineUnavailable();
    if (!(await getPlatformFeatures()).wasmExceptions) throw new EngineUnavailable();
    const parts = await Promise.all(
      wasmParts.map(async (url) => {
        const res = await fetch(url, { signal });
        if (!res.ok) throw new EngineUnavailable(`HTTP ${res.status} for ${url}`);
        return res.blob();
      }),
    );
    const wasm = URL.createObjectURL(new Blob(parts, { type: 'application/wasm' }));
    const db = new AsyncDuckDB(new VoidLogger(), new Worker(workerUrl));
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
  async load(table: Table, signal: AbortSignal, on: LoadProgress): Promise<number> {
    const bytes = await download(table, signal, on.downloading);
    on.reading();
    const file = `${table.name}.csv`;
    await this.db.registerFileBuffer(file, bytes);
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

  /** The table's columns as SQL sees them: name and type (`VARCHAR`, `BIGINT`, `TIMESTAMP` …). */
  async columns(table: string): Promise<{ name: string; type: string }[]> {
    const described = await this.conn.query(`DESCRIBE ${quoteIdentifier(table)}`);
    return described.toArray().map((row: { column_name: string; column_type: string }) => ({
      name: String(row.column_name),
      type: String(row.column_type),
    }));
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
      // A message from the worker carries a plain ArrayBuffer, never a shared one.
      const bytes = (await this.db.copyFileToBuffer(file)) as Uint8Array<ArrayBuffer>;
      return new Blob([bytes], { type: 'text/csv' });
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

/** The file, downloaded in a worker of its own so that its megabytes are never copied on the page's thread. */
function download(
  table: Table,
  signal: AbortSignal,
  progress: (loaded: number, total: number) => void,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./download.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('The download was cancelled.', 'AbortError'));
    };
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = ({ data: m }: MessageEvent<FromDownload>) => {
      if (m.type === 'progress') return progress(m.loaded, m.total);
      signal.removeEventListener('abort', stop);
      worker.terminate();
      if (m.type === 'done') resolve(m.bytes);
      else reject(new Error(m.message));
    };
    worker.postMessage({
      href: new URL(table.href, location.href).href,
      encoding: table.encoding,
    } satisfies ToDownload);
  });
}
