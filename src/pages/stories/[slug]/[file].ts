// The rows each story chart uses, as CSV: /stories/<slug>/chart-<key>.csv (the columns it draws, the rows its filter keeps).
import Papa from 'papaparse';
import type { APIRoute } from 'astro';
import { loadValidCatalog } from '../../../integrations/content/cache.ts';
import { contentDir } from '../../../lib/content/content-dir.ts';
import { resolveResource } from '../../../lib/stories/resolve.ts';
import { loadTable } from '../../../lib/stories/table.ts';
import { columnIndex, selectRows } from '../../../lib/stories/query.ts';
import { findUsages, usageKey } from '../../../lib/stories/usages.ts';

export async function getStaticPaths() {
  const content = loadValidCatalog(contentDir());
  return content.stories.flatMap((story) =>
    findUsages(story.body)
      .filter((u) => u.component === 'Chart')
      .flatMap((u) => {
        const resolved = resolveResource(content.datasets, u.props['dataset'], u.props['resource']);
        if (typeof resolved === 'string') return [];
        const table = loadTable(resolved.file, resolved.resource.dialect ?? {});
        const columns = [u.props['x'], u.props['y'], u.props['color']].filter((c): c is string => !!c);
        const idx = columns.map((c) => columnIndex(table, c));
        const rows = selectRows(table, u.props['filter']).map((r) => idx.map((i) => r[i] ?? ''));
        return [{ params: { slug: story.id, file: `chart-${usageKey(u.props)}.csv` }, props: { csv: Papa.unparse({ fields: columns, data: rows }, { newline: '\n' }) } }];
      }),
  );
}

export const GET: APIRoute<{ csv: string }> = ({ props }) => new Response(props.csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
