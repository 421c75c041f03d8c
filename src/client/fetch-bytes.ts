// A whole file downloaded in a worker, saying how far it is at most every `everyMs`: for the SQL engine's tables
// and the summary's Parquet copies. The bytes come back in one buffer.
import { joinChunks } from '../lib/sql/bytes.ts';

export async function fetchBytes(
  href: string,
  progress: (loaded: number, total: number) => void,
  everyMs = 100,
): Promise<Uint8Array<ArrayBuffer>> {
  const res = await fetch(href);
  if (!res.ok || !res.body) throw new Error(`the file could not be fetched (HTTP ${res.status})`);
  // A compressed response's length is not the length of what the stream gives: then the total is unknown.
  const total = res.headers.get('content-encoding') ? 0 : Number(res.headers.get('content-length') ?? 0);
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  let said = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    if (performance.now() - said > everyMs) {
      said = performance.now();
      progress(loaded, total);
    }
  }
  progress(loaded, total || loaded);
  return joinChunks(chunks, loaded) as Uint8Array<ArrayBuffer>;
}
