// What the history of a catalog's datasets is made of: one entry per commit and dataset it touched, saying what
// changed in the metadata (index.md) and in the files beside it.

/** A metadata field that a commit changed. `before`/`after` are given only when the value is short enough to show. */
export interface FieldChange {
  /** The field's path in the front matter (`title`, `resources[0].title` …), or `description` for the body. */
  field: string;
  change: 'added' | 'removed' | 'changed';
  before?: string;
  after?: string;
}

/** A file in the dataset folder (other than index.md) that a commit added, removed or replaced. */
export interface FileChange {
  /** Path inside the dataset folder: `calls.csv`. */
  path: string;
  change: 'added' | 'removed' | 'replaced';
  bytesBefore?: number;
  bytesAfter?: number;
  /** Data rows (header excluded) of a CSV or TSV file, before and after. */
  rowsBefore?: number;
  rowsAfter?: number;
}

/** What one commit did to one dataset. */
export interface DatasetChange {
  /** Full commit id. */
  commit: string;
  /** Committer date, ISO 8601 with offset: `2024-05-01T10:20:00+02:00`. */
  date: string;
  /** Author name as committed. */
  author: string;
  /** The commit's subject line. */
  message: string;
  /** The dataset's slug (its folder name). */
  dataset: string;
  /** `added` when the commit created index.md, `removed` when it deleted it, else `updated`. */
  kind: 'added' | 'updated' | 'removed';
  /** Metadata fields changed (for `updated` only). */
  fields: FieldChange[];
  /** True when index.md changed but one of its versions could not be read, so fields are unknown. */
  unreadable?: boolean;
  files: FileChange[];
}

/** The catalog's history: every dataset change, newest first; or why there is none to show. */
export type CatalogHistory =
  | { available: true; changes: DatasetChange[] }
  | { available: false; reason: 'no-git' | 'shallow' }
  /** git was there but failed (a damaged repository, say): the build goes on without the history. */
  | { available: false; reason: 'failed'; error: string };
