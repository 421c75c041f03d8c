// Makes a local file's converted copy (CSV → JSON, GeoJSON → CSV) off the page's thread: fetches the file, saying how
// far it is, converts it with the same code the catalog's tests check (src/lib/convert.ts), and hands the result back
// as UTF-8 bytes (transferred, not copied).
import { csvToJson, geojsonToCsv } from '../../lib/convert.ts';
import { fetchBytes } from '../fetch-bytes.ts';

export type ToConvert = {
  href: string;
  to: 'json' | 'csv';
  encoding?: string | undefined;
  delimiter?: string | undefined;
};
export type FromConvert =
  | { type: 'progress'; loaded: number; total: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };

const post = (m: FromConvert, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

self.onmessage = async ({ data: { href, to, encoding, delimiter } }: MessageEvent<ToConvert>) => {
  try {
    const file = await fetchBytes(href, (loaded, total) => post({ type: 'progress', loaded, total }));
    const text =
      to === 'json' ? csvToJson(file, { encoding, delimiter }) : geojsonToCsv(new TextDecoder().decode(file));
    const bytes = new TextEncoder().encode(text);
    post({ type: 'done', bytes }, [bytes.buffer]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
