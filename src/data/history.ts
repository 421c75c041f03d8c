// The catalog's history from git, computed once per read of content/ and cached on disk by HEAD's commit.
import path from 'node:path';
import { perCatalogRead } from '../integrations/content/cache.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import { diskCache } from '../lib/history/disk-cache.ts';
import { changesByDataset } from '../lib/history/group.ts';
import type { CatalogHistory, DatasetChange } from '../lib/history/model.ts';
import { nodeGit } from '../lib/history/node-git.ts';
import { readHistory } from '../lib/history/read-history.ts';

const CACHE_DIR = path.resolve('node_modules/.cache/cdc-history');

export interface SiteHistory {
  history: CatalogHistory;
  /** Each dataset's changes, newest first, by slug (empty when the history is not available). */
  byDataset: Map<string, DatasetChange[]>;
}

export const loadHistory = perCatalogRead(contentDir, async (): Promise<SiteHistory> => {
  const dir = contentDir();
  const history = await readHistory(path.join(dir, 'datasets'), nodeGit, diskCache(CACHE_DIR, dir));
  if (!history.available && history.reason === 'failed')
    console.warn(
      `The datasets' history could not be read from git, so pages say it is not available: ${history.error}`,
    );
  return {
    history,
    byDataset: history.available ? changesByDataset(history.changes) : new Map<string, DatasetChange[]>(),
  };
});
