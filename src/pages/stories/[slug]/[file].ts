// The data behind each story chart and question, as CSV: /stories/<slug>/chart-<key>.csv (the columns a chart
// draws, the rows its filter keeps) and /stories/<slug>/query-<key>.csv (a <Query>'s answer).
import type { APIRoute } from 'astro';
import { storyKinds } from '../../../data/stories.ts';
import { loadValidCatalog } from '../../../integrations/content/cache.ts';
import { contentDir } from '../../../lib/content/content-dir.ts';
import { answerCsv, queryFile, storyAnswer } from '../../../lib/stories/ask.ts';
import { resolveResource } from '../../../lib/stories/resolve.ts';
import { loadTable } from '../../../lib/stories/table.ts';
import { findUsages } from '../../../lib/stories/usages.ts';
import { chartDownload, downloadCsv } from '../../../lib/chart/download.ts';

export async function getStaticPaths() {
  const content = loadValidCatalog(contentDir());
  const files = content.stories.flatMap((story) =>
    findUsages(story.body)
      .filter((u) => u.component === 'Chart' || u.component === 'Query')
      .map(async (u) => {
        const resolved = resolveResource(content.datasets, u.props['dataset'], u.props['resource']);
        if (typeof resolved === 'string') return [];
        const table = loadTable(resolved.file, resolved.resource.dialect ?? {});
        if (u.component === 'Chart') {
          const download = chartDownload(table, u.props);
          return [{ params: { slug: story.id, file: download.file }, props: { csv: downloadCsv(download) } }];
        }
        const asked = storyAnswer(table, u.props, resolved.resource.path!, await storyKinds(resolved));
        if (Array.isArray(asked) || asked.question.group.length === 0) return [];
        return [{ params: { slug: story.id, file: queryFile(u.props) }, props: { csv: answerCsv(asked) } }];
      }),
  );
  return (await Promise.all(files)).flat();
}

export const GET: APIRoute<{ csv: string }> = ({ props }) =>
  new Response(props.csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
