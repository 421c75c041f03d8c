// The catalog's quality, computed once per build from the same rule findings the build checks, and freshness on
// the build's day (CDC_TODAY overrides it, for a reproducible build). A data dictionary that disagrees with its
// file is rule dictionary-mismatch, an error npm run validate reports on every pull request; the build does not
// profile every file again to look for it (that cost 7 s and 0.6 GB at 10,000 datasets).
import { loadCatalogOnce, perCatalogRead } from '../integrations/content/cache.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import { catalogQuality } from '../lib/quality/catalog.ts';
import { checkCatalog } from '../lib/rules/check.ts';

/** The day freshness is judged on. */
const today = (): string => process.env['CDC_TODAY'] ?? new Date().toISOString().slice(0, 10);

export const loadQuality = perCatalogRead(contentDir, (model) =>
  catalogQuality(model, {
    today: today(),
    findings: checkCatalog(loadCatalogOnce(contentDir()), [], { lines: 'errors' }),
  }),
);
