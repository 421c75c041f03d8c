// The export input built straight from what readCatalog() read: the one derivation every export shares.
import type { CatalogContent } from '../content/read-catalog.ts';
import { byModifiedDesc } from '../catalog.ts';
import type { ExportInput } from './model.ts';

export function exportInputFromContent(content: CatalogContent, base: string): ExportInput {
  if (!content.catalog) throw new Error('content/catalog.yaml is missing or invalid');
  return {
    catalog: content.catalog,
    base,
    organizations: [...content.organizations].sort((a, b) => a.data.name.localeCompare(b.data.name)),
    themes: [...content.themes].sort((a, b) => a.data.name.localeCompare(b.data.name)),
    datasets: [...content.datasets].sort(byModifiedDesc).map((d) => ({
      id: d.id,
      data: d.data,
      description: d.body,
      schemas: d.schemas,
      bytes: d.files.map((f) => f?.bytes),
    })),
    stories: content.stories.map((s) => ({ id: s.id, title: s.data.title, summary: s.data.summary, authors: s.data.authors, published: s.data.published, updated: s.data.updated })),
  };
}
