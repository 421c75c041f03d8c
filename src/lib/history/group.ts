// Dataset changes as pages and feeds list them: per dataset, and per commit for the catalog-wide recent changes.
import type { DatasetChange } from './model.ts';

/** Each dataset's changes, newest first, by slug. */
export function changesByDataset(changes: readonly DatasetChange[]): Map<string, DatasetChange[]> {
  const by = new Map<string, DatasetChange[]>();
  for (const c of changes) {
    const list = by.get(c.dataset);
    if (list) list.push(c);
    else by.set(c.dataset, [c]);
  }
  return by;
}

/** One commit and the datasets it changed. */
export interface CommitChanges {
  commit: string;
  date: string;
  author: string;
  message: string;
  datasets: DatasetChange[];
}

/** The `limit` most recent commits that changed datasets, each with its dataset changes. */
export function recentCommits(changes: readonly DatasetChange[], limit: number): CommitChanges[] {
  const commits: CommitChanges[] = [];
  for (const c of changes) {
    const last = commits.at(-1);
    if (last?.commit === c.commit) last.datasets.push(c);
    else {
      if (commits.length === limit) break;
      commits.push({ commit: c.commit, date: c.date, author: c.author, message: c.message, datasets: [c] });
    }
  }
  return commits;
}
