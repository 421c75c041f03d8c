// The policy gate for new work: each dataset (of those a change touched) scoring below the catalog's
// `minimumQualityScore` is a finding, with the checks it missed and their points.
import type { CatalogContent } from '../content/model.ts';
import { t } from '../i18n.ts';
import type { Problem } from '../problems.ts';
import { finding } from '../rules/finding.ts';
import { catalogQuality } from './catalog.ts';

/**
 * Findings of rule `quality/minimum-score`. `findings` are the validator's (before or after the policy);
 * `only`, when given, limits the gate to these dataset ids (the ones a pull request touched).
 */
export function minimumScoreProblems(
  content: CatalogContent,
  findings: readonly Problem[],
  today: string,
  only?: ReadonlySet<string>,
): Problem[] {
  const minimum = content.catalog?.minimumQualityScore;
  if (minimum === undefined) return [];
  const quality = catalogQuality(content, { today, findings });
  return content.datasets
    .filter((d) => !only || only.has(d.id))
    .flatMap((d) => {
      const q = quality.byDataset.get(d.id)!;
      if (q.score >= minimum) return [];
      const missed = q.checks.filter((c) => !c.passed).map((c) => `${t(`quality.check.${c.id}`)} (${c.points})`);
      const message = `scores ${q.score}, below the catalog's minimum of ${minimum}; missed: ${missed.join('; ')}`;
      return [finding(d, [], message, 'quality/minimum-score')];
    });
}
