// Static hosts refuse files over 25 MiB (Cloudflare Pages' limit), and the SQL engine's WebAssembly is bigger:
// it is published in equal parts under that size, and the browser joins them again before compiling it.

/** The largest file a static host takes: 25 MiB. */
export const HOST_FILE_LIMIT = 25 * 1024 * 1024;

/** The byte ranges [start, end) of the fewest equal parts of `size` bytes that each stay under `limit`. */
export function partRanges(size: number, limit = HOST_FILE_LIMIT): Array<[number, number]> {
  const count = Math.max(1, Math.ceil(size / (limit - 1)));
  const part = Math.ceil(size / count);
  return Array.from({ length: count }, (_, i) => [i * part, Math.min(size, (i + 1) * part)]);
}
