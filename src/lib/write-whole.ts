// Cache files that several build processes (the shards of a parallel build) may write and read at once: written
// under a name of their own, then renamed into place, so a reader sees the whole file or none.
import fs from 'node:fs';
import path from 'node:path';

export function writeWhole(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, data);
  fs.renameSync(partial, file);
}
