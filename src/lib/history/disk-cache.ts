// A HistoryCache on disk: one JSON file per content folder and commit, the last one also kept in memory (the dev
// server asks again after every edit, and HEAD has not moved).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { HistoryCache } from './git.ts';

export function diskCache<T>(cacheDir: string, contentDir: string): HistoryCache<T> {
  const prefix = crypto.createHash('sha1').update(path.resolve(contentDir)).digest('hex').slice(0, 12);
  const fileOf = (key: string) => path.join(cacheDir, `${prefix}-${key}.json`);
  let last: { key: string; value: T } | undefined;
  return {
    read(key) {
      if (last?.key === key) return last.value;
      try {
        const value = JSON.parse(fs.readFileSync(fileOf(key), 'utf8')) as T;
        last = { key, value };
        return value;
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      last = { key, value };
      try {
        fs.mkdirSync(cacheDir, { recursive: true });
        // Older commits' histories of this folder are not asked for again.
        for (const f of fs.readdirSync(cacheDir)) if (f.startsWith(`${prefix}-`)) fs.rmSync(path.join(cacheDir, f));
        fs.writeFileSync(fileOf(key), JSON.stringify(value));
      } catch {
        // A cache that cannot be written costs time on the next build, nothing else.
      }
    },
  };
}
