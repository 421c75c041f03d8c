// Atom feed of the catalog's recent changes to datasets (empty when the build had no git history).
import { loadSite } from '../../data/catalog.ts';
import { loadExportInput } from '../../data/exports.ts';
import { loadHistory } from '../../data/history.ts';
import { catalogChangesFeed } from '../../lib/history/feed.ts';

export const GET = async () => {
  const [site, { history }] = await Promise.all([loadSite(), loadHistory()]);
  const titles = new Map(site.datasets.map((d) => [d.id, d.data.title]));
  const xml = catalogChangesFeed(
    loadExportInput(),
    history.available ? history.changes : [],
    (slug) => titles.get(slug) ?? slug,
  );
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
