// A HistoryCache on disk: one JSON file per content folder holding its last history, also kept in memory (the dev
// server asks again after every edit, and HEAD has not moved).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CachedHistory, HistoryCache } from './git.ts';
import { writeWhole } from '../write-whole.ts';

export function diskCache(cacheDir: string, contentDir: string): HistoryCache {
  const name = crypto.createHash('sha1').update(path.resolve(contentDir)).digest('hex').slice(0, 16);
  const file = path.join(cacheDir, `${name}.json`);
  let last: CachedHistory | undefined;
  return {
    read() {
      if (last) return last;
      try {
        return (last = JSON.parse(fs.readFileSync(file, 'utf8')) as CachedHistory);
      } catch {
        return undefined;
      }
    },
    write(entry) {
      last = entry;
      try {
        writeWhole(file, JSON.stringify(entry));
      } catch {
        // A cache that cannot be written costs time on the next build, nothing else.
      }
    },
  };
}
