// The rows each story chart uses, as CSV: /stories/<slug>/chart-<key>.csv (the columns it draws, the rows its filter keeps).
import type { APIRoute } from 'astro';
import { loadValidCatalog } from '../../../integrations/content/cache.ts';
import { contentDir } from '../../../lib/content/content-dir.ts';
import { resolveResource } from '../../../lib/stories/resolve.ts';
import { loadTable } from '../../../lib/stories/table.ts';
import { findUsages } from '../../../lib/stories/usages.ts';
import { chartDownload, downloadCsv } from '../../../lib/chart/download.ts';

export async function getStaticPaths() {
  const content = loadValidCatalog(contentDir());
  return content.stories.flatMap((story) =>
    findUsages(story.body)
      .filter((u) => u.component === 'Chart')
      .flatMap((u) => {
        const resolved = resolveResource(content.datasets, u.props['dataset'], u.props['resource']);
        if (typeof resolved === 'string') return [];
        const download = chartDownload(loadTable(resolved.file, resolved.resource.dialect ?? {}), u.props);
        return [{ params: { slug: story.id, file: download.file }, props: { csv: downloadCsv(download) } }];
      }),
  );
}

export const GET: APIRoute<{ csv: string }> = ({ props }) =>
  new Response(props.csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
