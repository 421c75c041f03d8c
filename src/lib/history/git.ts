// What the history needs from git, passed in as an effect so the history is tested on fixed output; and its cache.
import type { DatasetChange } from './model.ts';

export interface GitEffects {
  /** The commit checked out in the repository holding `dir`, and whether the clone is shallow; undefined
   *  when `dir` is not in a git repository (or git is not installed, or the repository has no commit). */
  head(dir: string): Promise<{ commit: string; shallow: boolean } | undefined>;
  /** Whether `ancestor` is `commit` or one of its ancestors (false when either is unknown). */
  isAncestor(dir: string, ancestor: string, commit: string): Promise<boolean>;
  /** The output of `git log` run in `dir` with `args` (see LOG_ARGS). */
  log(dir: string, args: readonly string[]): Promise<string>;
  /** The size in bytes of each blob. */
  sizes(dir: string, blobs: readonly string[]): Promise<Map<string, number>>;
  /** Calls `each` with the content of each blob, one at a time (so big files are not all held at once). */
  contents(dir: string, blobs: readonly string[], each: (blob: string, bytes: Uint8Array) => void): Promise<void>;
}

/** The history as computed at a commit. */
export interface CachedHistory {
  /** HISTORY_FORMAT when it was written: another format is not read. */
  format: number;
  commit: string;
  changes: DatasetChange[];
}

/** Where the last history computed for a content folder is kept between builds. */
export interface HistoryCache {
  read(): CachedHistory | undefined;
  write(entry: CachedHistory): void;
}
