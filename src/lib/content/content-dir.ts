// Where the catalog's content lives: `content/`, or CDC_CONTENT_DIR (tests and benchmarks build other folders).
import path from 'node:path';

export function contentDir(): string {
  return path.resolve(process.env['CDC_CONTENT_DIR'] ?? 'content');
}
