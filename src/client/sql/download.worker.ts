// Downloads one file for the SQL engine off the main thread, saying how far it is, and hands it over as one
// UTF-8 buffer (transferred, not copied). The page stops a download by ending this worker.
import { joinChunks, toUtf8 } from '../../lib/sql/bytes.ts';

export type ToDownload = { href: string; encoding?: string | undefined };
export type FromDownload =
  | { type: 'progress'; loaded: number; total: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };

/** Progress is posted at most this often. */
const PROGRESS_MS = 100;
const post = (m: FromDownload, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

self.onmessage = async ({ data: { href, encoding } }: MessageEvent<ToDownload>) => {
  try {
    const res = await fetch(href);
    if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
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
      if (performance.now() - said > PROGRESS_MS) {
        said = performance.now();
        post({ type: 'progress', loaded, total });
      }
    }
    post({ type: 'progress', loaded, total: total || loaded });
    const bytes = toUtf8(joinChunks(chunks, loaded), encoding);
    post({ type: 'done', bytes }, [bytes.buffer]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
