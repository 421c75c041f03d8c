// Completeness rules on a dataset's metadata, cheap enough for every build: recommended fields, a public
// dataset without a resource, `issued` after `modified`, a local table without a data dictionary.
import { DatasetSchema, recommendedFields } from '../../schemas/index.ts';
import type { DatasetModel } from '../content/model.ts';
import type { Problem } from '../problems.ts';
import { resourceKind } from '../resource-kind.ts';
import { finding } from './finding.ts';
import { replacedPlaceholders } from '../import/replaced-placeholders.ts';

const RECOMMENDED = recommendedFields(DatasetSchema);

export function completenessProblems(d: Pick<DatasetModel, 'file' | 'data' | 'lineOf'>): Problem[] {
  const out: Problem[] = [];
  const m = d.data;
  for (const { name, why } of RECOMMENDED) {
    const v = (m as Record<string, unknown>)[name];
    if (v === undefined || (Array.isArray(v) && v.length === 0))
      out.push(finding(d, [name], `is recommended: it ${why}`, `recommended/${name}`));
  }
  if (m.accessLevel === 'public' && m.resources.length === 0) {
    const message =
      'a public dataset lists no resource, so its page says no download is listed; add a file or a link if there is one';
    out.push(finding(d, ['resources'], message, 'no-resource'));
  }
  if (m.issued && m.issued > m.modified) {
    const message = `is after modified (${m.modified}); a dataset cannot be changed before it is first published`;
    out.push(finding(d, ['issued'], message, 'issued-after-modified'));
  }
  m.resources.forEach((r, i) => {
    if (r.path && !r.schema && resourceKind(r).tabular) {
      out.push(
        finding(
          d,
          ['resources', i],
          `${r.path} has no data dictionary; describe its columns in "schema"`,
          'no-dictionary',
        ),
      );
    }
  });
  out.push(...replacedPlaceholders(d));
  return out;
}
