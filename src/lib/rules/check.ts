// The findings on a catalog, as the build and the validator report them: what reading found, the catalog's
// policy checked, the completeness rules, any further findings (the validator's data checks), the policy applied.
import type { CatalogContent } from '../content/model.ts';
import type { Problem } from '../problems.ts';
import { completenessProblems } from './completeness.ts';
import { applyPolicy, policyProblems } from './policy.ts';

export interface CheckOptions {
  /**
   * Which completeness findings get the line of their field: `all` (the validator prints every warning), or
   * `errors` (the build and the quality score count warnings; finding a line parses the file's YAML again, which
   * costs seconds at 10,000 datasets).
   */
  lines?: 'all' | 'errors';
}

export function checkCatalog(
  content: CatalogContent,
  more: readonly Problem[] = [],
  options: CheckOptions = {},
): Problem[] {
  const policy = content.catalog?.policy;
  const noLines = () => undefined;
  const completeness = (withLines: boolean) => (d: CatalogContent['datasets'][number]) =>
    completenessProblems(withLines ? d : { file: d.file, data: d.data, lineOf: noLines });
  let found = applyPolicy(
    [
      ...content.problems,
      ...policyProblems(policy, content.catalogFile),
      ...content.datasets.flatMap(completeness(options.lines !== 'errors')),
      ...more,
    ],
    policy,
  );
  if (options.lines === 'errors') {
    // The few datasets whose completeness findings are errors under the policy get their lines after all.
    const withErrors = new Set(found.filter((p) => p.severity === 'error' && p.line === undefined).map((p) => p.file));
    const located = content.datasets.filter((d) => withErrors.has(d.file));
    if (located.length) {
      const files = new Set(located.map((d) => d.file));
      const fresh = applyPolicy(located.flatMap(completeness(true)), policy);
      found = [
        ...found.filter((p) => !(files.has(p.file) && p.line === undefined && fresh.some((f) => f.rule === p.rule))),
        ...fresh,
      ];
    }
  }
  return found.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
}
