// The input of the site-wide exports and of each page's JSON-LD: the same derivation the per-dataset files use.
import { loadValidCatalog } from '../lib/content/astro-loader.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import { exportInputFromContent } from '../lib/exports/from-content.ts';
import type { ExportInput } from '../lib/exports/model.ts';
import type { CatalogContent } from '../lib/content/read-catalog.ts';

// Derived once per read of content/ (a build reads it once; the dev server again after each change).
const inputs = new WeakMap<CatalogContent, ExportInput>();

export async function loadExportInput(): Promise<ExportInput> {
  const content = loadValidCatalog(contentDir());
  let input = inputs.get(content);
  if (!input) {
    input = exportInputFromContent(content, import.meta.env.BASE_URL);
    inputs.set(content, input);
  }
  return input;
}
