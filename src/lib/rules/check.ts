// The findings on a catalog, as the build and the validator report them: what reading found, the catalog's
// policy checked, the completeness rules, any further findings (the validator's data checks), the policy applied.
import type { CatalogContent } from '../content/model.ts';
import type { Problem } from '../problems.ts';
import { completenessProblems } from './completeness.ts';
import { applyPolicy, policyProblems } from './policy.ts';

export function checkCatalog(content: CatalogContent, more: readonly Problem[] = []): Problem[] {
  const policy = content.catalog?.policy;
  const found = [
    ...content.problems,
    ...policyProblems(policy, content.catalogFile),
    ...content.datasets.flatMap(completenessProblems),
    ...more,
  ];
  return applyPolicy(found, policy).sort((a, b) =>
    a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1,
  );
}
