// Checks a story's data components (<Chart>, <Map>, <DataTable>, <BigNumber>, <Query>) and its list of datasets:
// each dataset, file and column a component names must exist, a <Query> must be answerable, and the story must
// list the datasets it uses.
import type { Story } from '../../schemas/index.ts';
import { storyAnswer } from '../stories/ask.ts';
import { referencedColumns } from '../stories/query.ts';
import { resolveResource, type DatasetWithFiles } from '../stories/resolve.ts';
import { loadTable } from '../stories/table.ts';
import { checkProps, findUsages } from '../stories/usages.ts';
import type { ParsedStory, ReadContext } from './read-files.ts';
import { fieldPath } from '../problems.ts';

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
      if (usage.component === 'Query') {
        // Kinds read from the file, not the profile (made later, in the build): the same for every usual column.
        const asked = storyAnswer(table, usage.props, resolved.resource.path!);
        if (Array.isArray(asked)) asked.forEach(problem);
        continue;
      }
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

/**
 * Checks how stories translate each other (`language`, `translationOf`): the original exists, is not itself a
 * translation, is in another language, and no two stories translate it into the same language. A language the
 * catalog does not list is a warning. Returns the ids of the stories without an error here.
 */
export function checkStoryTranslations(stories: readonly ParsedStory[], languages: readonly string[], ctx: ReadContext): Set<string> {
  const ok = new Set(stories.map((s) => s.id));
  const byId = new Map(stories.map((s) => [s.id, s]));
  const defaultLang = languages[0];
  const languageOf = (s: ParsedStory) => s.data?.language ?? defaultLang;
  const report = (s: ParsedStory, key: 'language' | 'translationOf', message: string, severity: 'error' | 'warning', rule: string) => {
    const line = s.src.lineOf([key]);
    ctx.problems.push({ file: s.file, ...(line ? { line } : {}), field: fieldPath([key]), message, severity, rule });
    if (severity === 'error') ok.delete(s.id);
  };
  const seen = new Map<string, ParsedStory>();
  for (const s of stories) {
    if (!s.data) continue;
    const lang = languageOf(s);
    if (s.data.language && !languages.includes(s.data.language))
      report(
        s,
        'language',
        `"${s.data.language}" is not one of the catalog's languages (${languages.join(', ')}), so no page is in the story's language; add it to languages in content/catalog.yaml, or correct it`,
        'warning',
        'translation/unlisted-language',
      );
    const of = s.data.translationOf;
    if (of === undefined) continue;
    const original = byId.get(of);
    const error = (message: string) => report(s, 'translationOf', message, 'error', 'story-translation');
    if (of === s.id) error('names the story itself; name the story this one translates');
    else if (!original) {
      const ids = stories.map((o) => o.id).filter((id) => id !== s.id);
      error(`"${of}" is not a story in content/stories/; use the file name of the original without .mdx${ids.length ? `, one of: ${ids.join(', ')}` : ''}`);
    } else if (!original.data) error(`"${of}" has problems of its own (see above)`);
    else if (original.data.translationOf)
      error(`"${of}" is itself a translation of "${original.data.translationOf}"; name the original, "${original.data.translationOf}"`);
    else if (languageOf(original) === lang)
      error(`"${of}" is in the same language (${lang}) as this story; set "language" to the language this story is written in`);
    else {
      const key = `${of}\u0000${lang}`;
      const twin = seen.get(key);
      if (twin) error(`"${of}" is already translated into ${lang} by ${twin.file}; keep one translation per language and remove the other`);
      else seen.set(key, s);
    }
  }
  return ok;
}
