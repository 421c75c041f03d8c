// The summary's worker: reads every row of the file into a column table while it downloads (or, for a large
// table, downloads its Parquet copy and decodes only the columns each question needs), then answers questions
// from it, so the main thread never parses or counts and a second question needs no second download.
import { answer } from '../../lib/ask/answer.ts';
import type { ParquetFile } from '../../lib/ask/parquet-read.ts';
import { AskError, type Question } from '../../lib/ask/question.ts';
import { columnKinds, TableBuilder, type Column, type ColumnTable } from '../../lib/ask/table.ts';
import { streamRows } from '../preview/stream-rows.ts';
import { fetchBytes } from '../fetch-bytes.ts';
import type { FromAskWorker, ToAskWorker } from './protocol.ts';

const post = (m: FromAskWorker) => (self as unknown as Worker).postMessage(m);
/** Progress is posted at most this often. */
const PROGRESS_MS = 100;
let table: ColumnTable | undefined;
let parquet: { file: ParquetFile; decoded: Map<string, Column> } | undefined;

async function loadCsv(m: Extract<ToAskWorker, { type: 'load' }>): Promise<void> {
  let names: string[] = [];
  let builder: TableBuilder | undefined;
  let lastPost = 0;
  await streamRows(m, {
    header: (columns) => {
      names = columns;
    },
    rows: (rows, loaded, total) => {
      if (!builder) {
        builder = new TableBuilder(names, columnKinds(names, rows, m.kinds));
      }
      for (const r of rows) builder.push(r);
      const now = performance.now();
      if (now - lastPost > PROGRESS_MS) {
        lastPost = now;
        post({ type: 'progress', loaded, total, rows: builder.rows });
      }
    },
  });
  table = (builder ?? new TableBuilder(names, [])).build();
  post({ type: 'ready', rows: table.rows, columns: table.columns.map((c) => ({ name: c.name, kind: c.kind })) });
}

async function loadParquet(src: string): Promise<void> {
  const { openParquet } = await import('../../lib/ask/parquet-read.ts');
  const bytes = await fetchBytes(
    src,
    (loaded, total) => post({ type: 'progress', loaded, total, rows: 0 }),
    PROGRESS_MS,
  );
  const file = openParquet(bytes.buffer);
  parquet = { file, decoded: new Map() };
  post({ type: 'ready', rows: file.rows, columns: file.names.map((name, i) => ({ name, kind: file.kinds[i]! })) });
}

/** The table a question needs: all of it from a CSV; from a Parquet copy, the columns it names, decoded once. */
async function tableFor(q: Question): Promise<ColumnTable> {
  if (table) return table;
  const { file, decoded } = parquet!;
  const named = [...q.group.map((g) => g.column), ...(q.of ? [q.of] : []), ...q.where.map((c) => c.column)];
  const wanted = [...new Set(named)].filter((n) => file.names.includes(n));
  const missing = wanted.filter((n) => !decoded.has(n));
  if (missing.length) {
    const { parquetColumns } = await import('../../lib/ask/parquet-read.ts');
    for (const c of await parquetColumns(file, missing)) decoded.set(c.name, c);
  }
  return { rows: file.rows, columns: wanted.map((n) => decoded.get(n)!) };
}

/** An allocation the device cannot make: the file is too large for it, which the reader should hear as such. */
const tooHeavy = (e: unknown) =>
  e instanceof RangeError && /alloc|memory|Invalid (array|string) length/i.test(e.message);

self.onmessage = async (event: MessageEvent<ToAskWorker>) => {
  const m = event.data;
  try {
    if (m.type === 'load') await (m.parquet ? loadParquet(m.parquet) : loadCsv(m));
    else if (table || parquet)
      post({ type: 'answer', id: m.id, answer: answer(await tableFor(m.question), m.question) });
  } catch (error) {
    if (error instanceof AskError && m.type === 'ask') post({ type: 'problems', id: m.id, problems: error.problems });
    else if (tooHeavy(error)) post({ type: 'too-heavy' });
    else post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
