// The input of the site-wide exports and of each page's JSON-LD: the same derivation the per-dataset files use.
import { perCatalogRead } from '../lib/content/astro-loader.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import { exportInputFromContent } from '../lib/exports/from-content.ts';

export const loadExportInput = perCatalogRead(contentDir, (content) => exportInputFromContent(content, import.meta.env.BASE_URL));
