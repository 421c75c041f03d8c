// Profiles of the catalog's local tabular files, computed once per build (and cached across builds by content hash).
import path from 'node:path';
import { profileDelimited, profileGeoJson, type TableProfile } from '../lib/profile/profile.ts';
import { resourceKind } from '../lib/resource-kind.ts';
import type { DatasetEntry } from './catalog.ts';

export type ProfileResult = { profile: TableProfile } | { error: string } | undefined;

const CACHE_DIR = path.resolve('node_modules/.cache/cdc-profiles');

/** The profile of a dataset's resource `index`, or why it could not be made; undefined for non-tabular resources.
 *  Each page asks once, so nothing is kept in memory: the cache on disk (by content hash) spares repeat work. */
export async function profileOf(dataset: DatasetEntry, index: number): Promise<ProfileResult> {
  const r = dataset.data.resources[index]!;
  const file = dataset.files[index];
  const kind = resourceKind(r).profile;
  if (!file || !kind) return undefined;
  const schema = dataset.schemas[index];
  const options = { cacheDir: CACHE_DIR, declared: r.dialect ?? {}, missingValues: schema?.missingValues };
  try {
    return {
      profile:
        kind === 'table'
          ? await profileDelimited(file.absolutePath, options)
          : await profileGeoJson(file.absolutePath, options),
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
