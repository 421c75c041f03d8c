// Atom feed of one dataset's changes (built only for datasets with recorded changes).
import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/catalog.ts';
import { datasetHistoryPage } from '../../../data/page-data.ts';
import { loadHistory } from '../../../data/history.ts';
import { datasetChangesFeed, hasOwnHistory } from '../../../lib/history/feed.ts';
import { shardPaths } from '../../../lib/build/shard.ts';
import { withCacheKeys } from '../../../lib/build/cache-key.ts';

// Made from datasetHistoryPage() alone, whose digest is the feed's cacheKey (as the dataset's history page).
export async function getStaticPaths() {
  const [site, { byDataset }] = await Promise.all([loadSite(), loadHistory()]);
  const paths = shardPaths(
    site.datasets.filter((d) => hasOwnHistory(byDataset.get(d.id) ?? [])).map((d) => ({ params: { slug: d.id } })),
  );
  return withCacheKeys(
    paths,
    (p) => p.params.slug,
    (p) => datasetHistoryPage(site, p.params.slug),
  );
}

export const GET: APIRoute = async ({ params }) => {
  const { dataset, changes, ...input } = await datasetHistoryPage(await loadSite(), params.slug!);
  const xml = datasetChangesFeed(input, { id: dataset.id, title: dataset.data.title }, changes);
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
