// A downloaded file's bytes as the SQL engine reads them: one buffer, UTF-8, without a byte-order mark.

/** The chunks of a download, in one buffer of `length` bytes. */
export function joinChunks(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** `bytes` in `encoding` (a WHATWG label such as `utf-8-sig` or `windows-1252`; UTF-8 by default) as UTF-8. */
export function toUtf8(bytes: Uint8Array, encoding?: string): Uint8Array {
  const label = (encoding ?? 'utf-8').toLowerCase();
  if (label === 'utf-8' || label === 'utf8' || label === 'utf-8-sig') {
    return UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.slice(3) : bytes;
  }
  return new TextEncoder().encode(new TextDecoder(label).decode(bytes));
}
