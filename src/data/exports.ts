// The input of the site-wide exports and of each page's JSON-LD: the catalog model and the site's base path.
import { perCatalogRead } from '../integrations/content/cache.ts';
import { contentDir } from '../lib/content/content-dir.ts';

export const loadExportInput = perCatalogRead(contentDir, (model) => ({ ...model, base: import.meta.env.BASE_URL }));
