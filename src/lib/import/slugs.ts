// The folder (slug) of every dataset of a batch, decided before anything is written, and the slug of the parent a
// part of a collection names by its source identifier: the parent may come later in the source, or from an
// earlier import of the same catalog.
import type { ExistingContent } from './existing.ts';
import { slugOf, type ImportedDataset } from './model.ts';
import { datasetSlug } from '../../schemas/index.ts';

/** Source identifier → slug: the one an earlier import gave it, else a new one from its title that no folder has. */
export function slugsFor(datasets: readonly ImportedDataset[], existing: ExistingContent): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const d of datasets) {
    let slug = existing.imported.get(d.identifier)?.slug;
    if (!slug) {
      // Titles in other scripts slugify to nothing: fall back on the source's identifier.
      const fromTitle = slugOf(String(d.meta['title']));
      const base = datasetSlug(fromTitle === 'untitled' ? slugOf(d.slugHint ?? d.identifier) : fromTitle);
      slug = base;
      for (let n = 2; existing.folders.has(slug); n++) slug = `${base}-${n}`;
      existing.folders.add(slug);
    }
    slugs.set(d.identifier, slug);
  }
  return slugs;
}

/**
 * `isPartOf` for a dataset whose source names a parent: the parent's slug in this import or an earlier one; when
 * neither has it, the identifier is kept in `source.extra.isPartOf` with a warning, never dropped.
 */
export function parentOf(
  d: Pick<ImportedDataset, 'partOf'>,
  slugs: ReadonlyMap<string, string>,
  existing: Pick<ExistingContent, 'imported'>,
): { isPartOf?: string; extra?: { isPartOf: string }; warning?: { kind: string; message: string } } {
  if (d.partOf === undefined) return {};
  const slug = slugs.get(d.partOf) ?? existing.imported.get(d.partOf)?.slug;
  if (slug) return { isPartOf: slug };
  return {
    extra: { isPartOf: d.partOf },
    warning: {
      kind: 'isPartOf',
      message: `its parent "${d.partOf}" is in neither this import nor an earlier one; kept in source.extra.isPartOf`,
    },
  };
}
