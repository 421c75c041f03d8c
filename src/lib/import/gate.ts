// The last check before an import writes a dataset's index.md: the text it would write, read back as the
// catalog reads it (front matter, DatasetSchema) and checked with the rules the validator runs on a dataset's
// metadata, under the catalog's policy. What this finds as an error, `npm run validate` would too: not written.
import type { Catalog } from '../../schemas/index.ts';
import { DatasetSchema } from '../../schemas/index.ts';
import { checkedValue } from '../content/error-map.ts';
import { parseFrontMatter } from '../content/yaml-source.ts';
import type { Problem } from '../problems.ts';
import { completenessProblems } from '../rules/completeness.ts';
import { futureDateProblems } from '../rules/dates.ts';
import { applyPolicy } from '../rules/policy.ts';

/** The errors the catalog would report on `text` as `file` (an index.md), under `policy`, on `today`. */
export function gateErrors(
  text: string,
  o: { file: string; today: string; policy?: Catalog['policy'] | undefined },
): Problem[] {
  const problems: Problem[] = [];
  const src = parseFrontMatter(text);
  const data = checkedValue(o.file, src, DatasetSchema, problems);
  if (data) {
    const d = { file: o.file, data, lineOf: src.lineOf };
    problems.push(...completenessProblems(d), ...futureDateProblems(d, o.today));
  }
  return applyPolicy(problems, o.policy).filter((p) => p.severity === 'error');
}
