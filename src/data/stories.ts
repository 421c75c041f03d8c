// What story components need at build time: the catalog model (read once) and the resolution of their data.
import { loadValidCatalog } from '../integrations/content/cache.ts';
import { profileKinds, type ColumnKind } from '../lib/ask/table.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import type { DatasetModel } from '../lib/content/model.ts';
import { resolveResource, type ResolvedResource } from '../lib/stories/resolve.ts';
import { loadTable, type DataTable } from '../lib/stories/table.ts';
import { profileOf } from './profiles.ts';

export interface StoryData extends ResolvedResource<DatasetModel> {
  table: DataTable;
}

/** The table behind a component; throws (failing the build) with the reason if the reference is wrong. */
export function storyData(
  component: string,
  props: { dataset?: string | undefined; resource?: string | undefined },
): StoryData {
  const resolved = resolveResource(loadValidCatalog(contentDir()).datasets, props.dataset, props.resource);
  if (typeof resolved === 'string') throw new Error(`<${component}> ${resolved}`);
  return { ...resolved, table: loadTable(resolved.file, resolved.resource.dialect ?? {}) };
}

/** The kinds of a component's columns as the build's profile found them, which the dataset page's summary uses too. */
export async function storyKinds(data: ResolvedResource<DatasetModel>): Promise<Record<string, ColumnKind>> {
  const result = await profileOf(data.dataset, data.dataset.data.resources.indexOf(data.resource));
  return result && 'profile' in result ? profileKinds(result.profile.columns) : {};
}
