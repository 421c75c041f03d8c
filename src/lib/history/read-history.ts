// The history of every dataset from one pass over git: one `git log` of the datasets folder, then the blobs it
// needs (index.md versions to compare, CSV/TSV versions to count) in one batch, kept per commit of HEAD.
import { countRows, isCountedTable } from './count-rows.ts';
import { fieldChanges } from './field-changes.ts';
import type { GitEffects, HistoryCache } from './git.ts';
import type { CatalogHistory, DatasetChange, FileChange } from './model.ts';
import { LOG_ARGS, parseLog, type LoggedCommit } from './parse-log.ts';

/** Bumped when what is cached changes shape, so an old cache is not read as the new one. */
export const HISTORY_FORMAT = 1;

/**
 * The history of the datasets under `datasetsDir` (a `datasets/` folder in a git work tree). The cache holds it
 * as of an earlier commit: at HEAD it is used as it is; at an ancestor of HEAD only the commits since are read.
 * Outside git, in a shallow clone or when git fails, the history is unavailable, never an error.
 */
export async function readHistory(datasetsDir: string, git: GitEffects, cache?: HistoryCache): Promise<CatalogHistory> {
  const head = await git.head(datasetsDir);
  if (!head) return { available: false, reason: 'no-git' };
  if (head.shallow) return { available: false, reason: 'shallow' };
  const cached = cache?.read();
  const usable = cached?.format === HISTORY_FORMAT ? cached : undefined;
  if (usable?.commit === head.commit) return { available: true, changes: usable.changes };
  let changes: DatasetChange[];
  try {
    changes =
      usable && (await git.isAncestor(datasetsDir, usable.commit, head.commit))
        ? newestFirst([
            ...(await datasetChanges(datasetsDir, git, `${usable.commit}..${head.commit}`)),
            ...usable.changes,
          ])
        : await datasetChanges(datasetsDir, git);
  } catch (error) {
    return { available: false, reason: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
  cache?.write({ format: HISTORY_FORMAT, commit: head.commit, changes });
  return { available: true, changes };
}

/** Every change to every dataset (in the commits of `range`, else in all), newest first. */
export async function datasetChanges(datasetsDir: string, git: GitEffects, range?: string): Promise<DatasetChange[]> {
  const commits = parseLog(await git.log(datasetsDir, range ? [...LOG_ARGS, range] : LOG_ARGS));
  const metadata = new Set<string>();
  const tables = new Set<string>();
  const toSize = new Set<string>();
  for (const c of commits) {
    for (const f of c.files) {
      const { file } = split(f.path);
      if (file === 'index.md') {
        if (f.status === 'M' && f.before && f.after) metadata.add(f.before).add(f.after);
      } else if (file) {
        for (const blob of [f.before, f.after]) {
          if (!blob) continue;
          toSize.add(blob);
          if (isCountedTable(file)) tables.add(blob);
        }
      }
    }
  }
  const texts = new Map<string, string>();
  const rows = new Map<string, number>();
  const decoder = new TextDecoder();
  await git.contents(datasetsDir, [...new Set([...metadata, ...tables])], (blob, bytes) => {
    if (metadata.has(blob)) texts.set(blob, decoder.decode(bytes));
    if (tables.has(blob)) rows.set(blob, countRows(bytes));
  });
  const sizes = toSize.size ? await git.sizes(datasetsDir, [...toSize]) : new Map<string, number>();
  return newestFirst(commits.flatMap((c) => changesOf(c, { texts, rows, sizes })));
}

/** By commit time, newest first; git's own order where times are equal (a sort is stable). */
function newestFirst(changes: DatasetChange[]): DatasetChange[] {
  return changes
    .map((c) => ({ c, time: Date.parse(c.date) }))
    .sort((a, b) => b.time - a.time)
    .map(({ c }) => c);
}

interface Blobs {
  texts: Map<string, string>;
  rows: Map<string, number>;
  sizes: Map<string, number>;
}

/** `<slug>/<file>` → its dataset and its path inside the dataset folder (empty for a file beside the folders). */
function split(path: string): { dataset: string; file: string } {
  const i = path.indexOf('/');
  return i < 0 ? { dataset: '', file: '' } : { dataset: path.slice(0, i), file: path.slice(i + 1) };
}

/** One commit's changes, one per dataset it touched, in the order git listed the files. */
function changesOf(c: LoggedCommit, blobs: Blobs): DatasetChange[] {
  const byDataset = new Map<string, DatasetChange>();
  for (const f of c.files) {
    const { dataset, file } = split(f.path);
    if (!dataset || !file) continue;
    let change = byDataset.get(dataset);
    if (!change) {
      change = {
        commit: c.commit,
        date: c.date,
        author: c.author,
        message: c.message,
        dataset,
        kind: 'updated',
        fields: [],
        files: [],
      };
      byDataset.set(dataset, change);
    }
    if (file === 'index.md') {
      if (f.status === 'A') change.kind = 'added';
      else if (f.status === 'D') change.kind = 'removed';
      else {
        const fields = fieldChanges(blobs.texts.get(f.before!) ?? '', blobs.texts.get(f.after!) ?? '');
        if (fields) change.fields = fields;
        else change.unreadable = true;
      }
    } else change.files.push(fileChange(file, f.status, f.before, f.after, blobs));
  }
  return [...byDataset.values()];
}

function fileChange(
  path: string,
  status: 'A' | 'M' | 'D',
  before: string | undefined,
  after: string | undefined,
  blobs: Blobs,
): FileChange {
  const facts = {
    bytesBefore: before && blobs.sizes.get(before),
    rowsBefore: before && blobs.rows.get(before),
    bytesAfter: after && blobs.sizes.get(after),
    rowsAfter: after && blobs.rows.get(after),
  };
  const change: FileChange = { path, change: status === 'A' ? 'added' : status === 'D' ? 'removed' : 'replaced' };
  for (const [key, value] of Object.entries(facts))
    if (typeof value === 'number') Object.assign(change, { [key]: value });
  return change;
}
