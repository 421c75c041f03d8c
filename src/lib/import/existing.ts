// What an import finds already in content/, read by the content reader: the catalog's policy, organizations and
// themes with their names, every dataset folder, and the datasets an earlier import of the same kind created. Raw front matter
// is used, so a dataset with problems of its own is still found and updated.
import path from 'node:path';
import { z } from 'zod';
import type { Problem } from '../problems.ts';
import type { ContentFs } from '../content/content-fs.ts';
import type { Catalog } from '../../schemas/index.ts';
import {
  datasetFolders,
  readCatalogFile,
  readDatasetFiles,
  readYamlDir,
  type ReadContext,
} from '../content/read-files.ts';
import type { SourceKind } from './model.ts';

export interface ImportedBefore {
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

export interface ExistingContent {
  /** The catalog's policy (`policy:` in catalog.yaml): the rules an imported dataset is checked with. */
  policy: Catalog['policy'] | undefined;
  /** Organizations and themes by id, with their names (to reuse one whose name matches a publisher or category). */
  organizations: Map<string, { name?: string | undefined }>;
  themes: Map<string, { name?: string | undefined }>;
  /** Every dataset folder, so a new slug never takes one. */
  folders: Set<string>;
  /** Datasets an earlier import of this kind created, by source identifier. */
  imported: Map<string, ImportedBefore>;
}

// Only the name matters here: a file with other problems is still an organization or theme that exists.
const Named = z.looseObject({ name: z.string().optional() });

export function readExisting(contentDir: string, kind: SourceKind, fs: ContentFs): ExistingContent {
  const root = path.resolve(contentDir);
  const problems: Problem[] = [];
  const ctx: ReadContext = { fs, problems, rel: (abs) => abs };
  const named = (dir: string) => new Map(readYamlDir(path.join(root, dir), Named, ctx).map((e) => [e.id, e.data]));
  const imported = new Map<string, ImportedBefore>();
  for (const d of readDatasetFiles(root, ctx)) {
    const data = d.src.data as Record<string, unknown> | undefined;
    const source = data?.['source'] as { kind?: string; identifier?: string } | undefined;
    if (data && source?.kind === kind && source.identifier) {
      imported.set(source.identifier, { slug: d.id, data, body: d.src.body.replace(/^\n/, '').replace(/\n$/, '') });
    }
  }
  return {
    policy: readCatalogFile(root, ctx).data?.policy,
    organizations: named('organizations'),
    themes: named('themes'),
    folders: new Set(datasetFolders(root, ctx)),
    imported,
  };
}
