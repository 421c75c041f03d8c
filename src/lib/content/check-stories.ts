// Checks a story's data components (<Chart>, <Map>, <DataTable>, <BigNumber>) and its list of datasets: each
// dataset, file and column a component names must exist, and the story must list the datasets it uses.
import type { Story } from '../../schemas/index.ts';
import { referencedColumns } from '../stories/query.ts';
import { resolveResource, type DatasetWithFiles } from '../stories/resolve.ts';
import { loadTable } from '../stories/table.ts';
import { checkProps, findUsages } from '../stories/usages.ts';
import type { ParsedStory, ReadContext } from './read-files.ts';

/** True when the story has no problem. `folders` are all dataset folders, valid or not, for clearer messages. */
export function checkStory(
  story: ParsedStory & { data: Story },
  datasets: readonly DatasetWithFiles[],
  folders: ReadonlySet<string>,
  ctx: ReadContext,
): boolean {
  let ok = true;
  const ids = new Set(datasets.map((d) => d.id));
  for (const usage of findUsages(story.src.body)) {
    const component = `<${usage.component}>`;
    const problem = (message: string) => {
      ok = false;
      ctx.problems.push({ file: story.file, line: story.bodyOffset + usage.line, field: component, message, severity: 'error', rule: 'story-data' });
    };
    checkProps(usage).forEach(problem);
    const slug = usage.props['dataset'];
    const resolved =
      slug && !ids.has(slug) && folders.has(slug)
        ? `dataset="${slug}" has problems of its own (see above)`
        : resolveResource(datasets, slug, usage.props['resource']);
    if (typeof resolved === 'string') {
      problem(resolved);
      continue;
    }
    if (!story.data.datasets.includes(resolved.dataset.id)) {
      problem(`uses dataset "${resolved.dataset.id}", which the story does not list; add it to "datasets" in the front matter`);
    }
    try {
      const table = loadTable(resolved.file, resolved.resource.dialect ?? {});
      for (const column of referencedColumns(usage.props)) {
        if (!table.columns.includes(column)) problem(`column "${column}" is not in ${resolved.resource.path}; its columns are: ${table.columns.join(', ')}`);
      }
    } catch (error) {
      problem(error instanceof Error ? error.message : String(error));
    }
  }
  story.data.datasets.forEach((slug, i) => {
    if (ids.has(slug)) return;
    ok = false;
    const line = story.src.lineOf(['datasets', i]);
    const why = folders.has(slug) ? 'has problems of its own (see above)' : 'is not a dataset in content/datasets/';
    ctx.problems.push({ file: story.file, ...(line ? { line } : {}), field: `datasets[${i}]`, message: `"${slug}" ${why}`, severity: 'error', rule: 'story-data' });
  });
  return ok;
}
