// The summary's worker: reads every row of the file into a column table while it downloads, then answers
// questions from it, so the main thread never parses or counts and a second question needs no second download.
import { answer } from '../../lib/ask/answer.ts';
import { AskError } from '../../lib/ask/question.ts';
import { inferKinds, TableBuilder, type ColumnTable } from '../../lib/ask/table.ts';
import { streamRows } from '../preview/stream-rows.ts';
import type { FromAskWorker, ToAskWorker } from './protocol.ts';

const post = (m: FromAskWorker) => (self as unknown as Worker).postMessage(m);
/** Progress is posted at most this often. */
const PROGRESS_MS = 100;
let table: ColumnTable | undefined;

async function load(m: Extract<ToAskWorker, { type: 'load' }>): Promise<void> {
  let names: string[] = [];
  let builder: TableBuilder | undefined;
  let lastPost = 0;
  await streamRows(m, {
    header: (columns) => {
      names = columns;
    },
    rows: (rows, loaded, total) => {
      if (!builder) {
        const inferred = inferKinds(names.length, rows.slice(0, 1000));
        builder = new TableBuilder(
          names,
          names.map((n, i) => m.kinds[n] ?? inferred[i]!),
        );
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

/** An allocation the device cannot make: the file is too large for it, which the reader should hear as such. */
const tooHeavy = (e: unknown) => e instanceof RangeError && /alloc|memory|Invalid array length/i.test(e.message);

self.onmessage = async (event: MessageEvent<ToAskWorker>) => {
  const m = event.data;
  try {
    if (m.type === 'load') await load(m);
    else if (table) post({ type: 'answer', id: m.id, answer: answer(table, m.question) });
  } catch (error) {
    if (error instanceof AskError && m.type === 'ask') post({ type: 'problems', id: m.id, problems: error.problems });
    else if (tooHeavy(error)) post({ type: 'too-heavy' });
    else post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
