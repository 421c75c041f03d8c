// Reads a delimited file while it downloads: fetch, decode, cut into whole records, parse each piece with
// papaparse, and hand the rows over piece by piece. Shared by the preview's worker and the summary's worker.
import Papa from 'papaparse';
import { RecordChunker } from '../../lib/preview/chunker.ts';

const FIRST_BATCH = 1 << 16;
const BATCH = 1 << 20;

export interface StreamSource {
  src: string;
  /** `,` `;` or a tab; papaparse guesses when absent. */
  delimiter?: string | undefined;
  encoding?: string | undefined;
}

export interface StreamSink {
  header(columns: string[]): void;
  /** Rows parsed from the latest piece, and the bytes read so far; returns true to stop reading. */
  rows(rows: string[][], loaded: number, total: number): boolean | void;
}

/** Reads the whole file (or until the sink says stop); resolves with the bytes read and the file's size. */
export async function streamRows(source: StreamSource, sink: StreamSink): Promise<{ loaded: number; total: number }> {
  const res = await fetch(source.src);
  if (!res.ok || !res.body) throw new Error(`the file could not be fetched (HTTP ${res.status})`);
  const total = Number(res.headers.get('content-length') ?? 0);
  const reader = res.body.getReader();
  const decoder = new TextDecoder(source.encoding === 'utf-8-sig' || !source.encoding ? 'utf-8' : source.encoding);
  const chunker = new RecordChunker();
  let header = false;
  let loaded = 0;
  const take = (text: string): boolean => {
    if (!text) return false;
    let data = Papa.parse<string[]>(text, { delimiter: source.delimiter ?? '', skipEmptyLines: true }).data;
    if (!header) {
      header = true;
      sink.header((data[0] ?? []).map((h) => h.replace(/^\uFEFF/, '')));
      data = data.slice(1);
    }
    return sink.rows(data, loaded, total) === true;
  };
  // Text is parsed in pieces of at least BATCH characters (fewer, larger parses are faster), the first one small
  // so the first rows show at once.
  let pieces: string[] = [];
  let size = 0;
  let batch = FIRST_BATCH;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.length;
    const text = decoder.decode(value, { stream: true });
    pieces.push(text);
    size += text.length;
    if (size < batch) continue;
    const stop = take(chunker.push(pieces.join('')));
    pieces = [];
    size = 0;
    batch = BATCH;
    if (stop) {
      await reader.cancel();
      return { loaded, total };
    }
  }
  take(chunker.push(pieces.join('') + decoder.decode()) + chunker.flush());
  return { loaded: total || loaded, total };
}
