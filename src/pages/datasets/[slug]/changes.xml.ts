// Atom feed of one dataset's changes (built only for datasets with recorded changes).
import type { APIRoute } from 'astro';
import { datasetOf, loadSite } from '../../../data/catalog.ts';
import { loadExportInput } from '../../../data/exports.ts';
import { loadHistory } from '../../../data/history.ts';
import { datasetChangesFeed, hasOwnHistory } from '../../../lib/history/feed.ts';
import { shardPaths } from '../../../lib/build/shard.ts';

export async function getStaticPaths() {
  const [site, { byDataset }] = await Promise.all([loadSite(), loadHistory()]);
  return shardPaths(
    site.datasets.filter((d) => hasOwnHistory(byDataset.get(d.id) ?? [])).map((d) => ({ params: { slug: d.id } })),
  );
}

export const GET: APIRoute = async ({ params }) => {
  const dataset = datasetOf(await loadSite(), params.slug!);
  const changes = (await loadHistory()).byDataset.get(dataset.id) ?? [];
  const xml = datasetChangesFeed(loadExportInput(), { id: dataset.id, title: dataset.data.title }, changes);
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
