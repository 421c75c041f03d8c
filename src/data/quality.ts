// The catalog's quality, computed once per build: the same rule findings the build checks, freshness on the
// build's day (CDC_TODAY overrides it, for a reproducible build), and each data dictionary against its file's profile.
import { loadCatalogOnce, perCatalogRead } from '../integrations/content/cache.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import type { DatasetModel } from '../lib/content/model.ts';
import { compareWithDictionary } from '../lib/profile/compare.ts';
import { catalogQuality } from '../lib/quality/catalog.ts';
import { checkCatalog } from '../lib/rules/check.ts';
import { profileOf } from './profiles.ts';

/** The day freshness is judged on. */
export const today = (): string => process.env['CDC_TODAY'] ?? new Date().toISOString().slice(0, 10);

/** Whether a local table's dictionary names columns the file lacks, or the file has columns it does not describe. */
async function dictionaryMismatch(d: DatasetModel): Promise<boolean> {
  for (const [i, schema] of d.schemas.entries()) {
    if (!schema || !d.files[i]) continue;
    const result = await profileOf(d, i);
    if (!result || !('profile' in result)) continue;
    if (compareWithDictionary(result.profile, schema).some((x) => x.kind !== 'broader')) return true;
  }
  return false;
}

export const loadQuality = perCatalogRead(contentDir, async (model) => {
  const mismatched = new Set<string>();
  for (const d of model.datasets) if (await dictionaryMismatch(d)) mismatched.add(d.id);
  const findings = checkCatalog(loadCatalogOnce(contentDir()));
  return catalogQuality(model, { today: today(), findings, dictionaryMismatch: (d) => mismatched.has(d.id) });
});
