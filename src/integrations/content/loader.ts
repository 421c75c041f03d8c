// The one content loader: every collection of Astro's content layer is fed from the catalog model (one read
// of content/). Datasets are stored (as files, without their data) for the editor's file manifest; stories for their
// MDX rendering.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadRenderedCatalog, loadValidCatalog, useMarkdownRenderer } from './cache.ts';
import { reloadOnChange } from './watch.ts';

export type Collection = 'catalog' | 'organizations' | 'themes' | 'datasets' | 'stories';

type LoadContext = Parameters<Loader['load']>[0];

/** A loader for one collection of the catalog in `dir`. Any content error fails the load with every problem listed. */
export function catalogLoader(dir: string, collection: Collection): Loader {
  const load = async ({ store, config, renderMarkdown, generateDigest }: LoadContext): Promise<void> => {
    useMarkdownRenderer(async (markdown) => (await renderMarkdown(markdown)).html);
    const model = collection === 'datasets' ? await loadRenderedCatalog(dir) : loadValidCatalog(dir);
    // Paths relative to the project root, as Astro wants them.
    const root = fileURLToPath(config.root);
    const filePath = (file: string) => path.relative(root, path.resolve(file)).split(path.sep).join('/');
    const entries: Parameters<typeof store.set>[0][] = [];
    if (collection === 'catalog') entries.push({ id: 'catalog', data: model.catalog, digest: generateDigest(model.catalog) });
    if (collection === 'organizations' || collection === 'themes') {
      for (const e of model[collection]) entries.push({ id: e.id, data: { ...e.data }, filePath: filePath(e.file), digest: generateDigest(e.data) });
    }
    if (collection === 'datasets') {
      // Only the file (for the editor's manifest) and a digest of the content (so that in dev an edit is seen as a
      // change): pages read datasets from the model, and Astro bundles its data store into the build, where 10,000
      // datasets' texts were 22 MB of one module to parse and hold.
      // (`stored` replaces the entries of stores written when they held the data.)
      for (const e of model.datasets) {
        const digest = generateDigest({ data: e.data, body: e.body, stored: 'file' });
        entries.push({ id: e.id, data: {}, filePath: filePath(e.file), digest });
      }
    }
    if (collection === 'stories') {
      // MDX is compiled by Astro when a page renders the story (deferred rendering of the file itself).
      for (const e of model.stories) {
        const digest = generateDigest({ data: e.data, body: e.body });
        entries.push({ id: e.id, data: { ...e.data }, body: e.body, filePath: filePath(e.file), digest, deferredRender: true });
      }
    }
    // Only what changed is touched (an entry with the same digest is left as it is), so that in dev an edit to
    // one dataset does not make Astro reload every story module and page.
    const ids = new Set(entries.map((e) => e.id));
    for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    for (const entry of entries) {
      // An unchanged entry is not set again, but its MDX module must still be registered for this build.
      if (!store.set(entry) && entry.deferredRender && entry.filePath) store.addModuleImport(entry.filePath);
    }
  };
  return {
    name: `cdc-${collection}`,
    load: async (context) => {
      await load(context);
      reloadOnChange(dir, collection, context, load);
    },
  };
}
