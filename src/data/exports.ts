// The input of the site-wide exports and of each page's JSON-LD: the same derivation the per-dataset files use.
import { loadCatalogOnce } from '../lib/content/astro-loader.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import { exportInputFromContent } from '../lib/exports/from-content.ts';
import type { ExportInput } from '../lib/exports/model.ts';

let cached: ExportInput | undefined;

export async function loadExportInput(): Promise<ExportInput> {
  cached ??= exportInputFromContent(loadCatalogOnce(contentDir()), import.meta.env.BASE_URL);
  return cached;
}
