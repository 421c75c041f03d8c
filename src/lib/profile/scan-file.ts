// Reading a data file for its profile: one pass for its hash, encoding and line endings (remembered per
// file while it is unchanged), decoding in a stream, and a look at its head for the delimiter.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Transform } from 'node:stream';
import Papa from 'papaparse';

export interface Dialect {
  /** `utf-8`, `utf-8-sig` (with a byte-order mark) or `windows-1252` (a legacy 8-bit file). */
  encoding: 'utf-8' | 'utf-8-sig' | 'windows-1252';
  delimiter: string;
  lineEnding: 'LF' | 'CRLF' | 'CR' | 'none';
  /** Some quoted cells contain line breaks. */
  embeddedNewlines: boolean;
}

export type Scan = { sha256: string; bytes: number; utf8: boolean; bom: boolean; lineEnding: Dialect['lineEnding'] };

// A build asks about the same file from several pages (and a generated catalog hard-links one file into
// many datasets): each file is read once per process while its inode, size and modification time stay put.
const scans = new Map<string, Promise<Scan>>();

export function scan(file: string): Promise<Scan> {
  const st = fs.statSync(file, { bigint: true });
  const key = `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}`;
  let result = scans.get(key);
  if (!result) {
    result = scanBytes(file);
    scans.set(key, result);
    result.catch(() => scans.delete(key));
  }
  return result;
}

/** First pass: content hash, UTF-8 validity and line endings, in one read of the bytes. */
async function scanBytes(file: string): Promise<Scan> {
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let utf8 = true;
  let bytes = 0;
  let bom = false;
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  let prevCR = false;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (bytes === 0) bom = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
    bytes += chunk.length;
    if (utf8) {
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        utf8 = false;
      }
    }
    if (crlf + cr + lf < 10_000) {
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk[i];
        if (c === 0x0a) {
          if (prevCR) {
            crlf++;
            cr--;
          } else lf++;
        }
        if (c === 0x0d) cr++;
        prevCR = c === 0x0d;
      }
    }
  }
  const lineEnding = crlf >= cr && crlf >= lf && crlf > 0 ? 'CRLF' : cr > lf ? 'CR' : lf > 0 ? 'LF' : 'none';
  return { sha256: hash.digest('hex'), bytes, utf8, bom, lineEnding };
}

export function decodeTransform(encoding: string): Transform {
  const decoder = new TextDecoder(encoding === 'utf-8-sig' ? 'utf-8' : encoding);
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
}

export function normaliseEncoding(label: string | undefined): Dialect['encoding'] | undefined {
  const l = label?.toLowerCase().replace(/_/g, '-');
  if (!l) return undefined;
  if (l === 'utf-8-sig' || l === 'utf8-sig') return 'utf-8-sig';
  if (l === 'utf-8' || l === 'utf8') return 'utf-8';
  if (['windows-1252', 'cp1252', 'latin1', 'latin-1', 'iso-8859-1'].includes(l)) return 'windows-1252';
  return undefined;
}

/** Guesses the delimiter from the head of the text: comma, semicolon, tab or pipe. */
export function guessDelimiter(head: string): string {
  const result = Papa.parse<string[]>(head, { preview: 20, delimitersToGuess: [',', ';', '\t', '|'] });
  return result.meta.delimiter || ',';
}

export async function readHead(file: string, encoding: string, bytes = 64 * 1024): Promise<string> {
  const fd = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fd.read(buf, 0, bytes, 0);
    return new TextDecoder(encoding === 'utf-8-sig' ? 'utf-8' : encoding).decode(buf.subarray(0, bytesRead));
  } finally {
    await fd.close();
  }
}
