// Downloads one file for the SQL engine off the main thread, saying how far it is, and hands it over as one
// UTF-8 buffer (transferred, not copied). The page stops a download by ending this worker.
import { toUtf8 } from '../../lib/sql/bytes.ts';
import { fetchBytes } from '../fetch-bytes.ts';

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
    const file = await fetchBytes(href, (loaded, total) => post({ type: 'progress', loaded, total }), PROGRESS_MS);
    const bytes = toUtf8(file, encoding);
    post({ type: 'done', bytes }, [bytes.buffer]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
