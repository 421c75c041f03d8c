// The quality report as data: /quality.json (the formula, then every dataset's score and checks, so anyone can
// recompute the scores) and /quality.csv (one row per dataset).
import Papa from 'papaparse';
import type { DatasetModel } from '../content/model.ts';
import { CHECKS } from './checks.ts';
import type { CatalogQuality } from './catalog.ts';
import { MAX_SCORE } from './score.ts';

export function qualityJson(
  q: CatalogQuality,
  datasets: readonly DatasetModel[],
  pageUrl: (id: string) => string,
): unknown {
  return {
    maxScore: MAX_SCORE,
    score: q.score,
    checks: CHECKS.map((c) => ({
      id: c.id,
      dimension: c.dimension,
      points: c.points,
      ...(c.rule ? { rule: c.rule } : {}),
    })),
    datasets: datasets.map((d) => {
      const r = q.byDataset.get(d.id)!;
      return {
        id: d.id,
        title: d.data.title,
        url: pageUrl(d.id),
        organization: d.organization.id,
        score: r.score,
        freshness: r.freshness,
        checks: Object.fromEntries(r.checks.map((c) => [c.id, c.passed])),
      };
    }),
  };
}

export function qualityCsv(
  q: CatalogQuality,
  datasets: readonly DatasetModel[],
  pageUrl: (id: string) => string,
): string {
  const fields = ['id', 'title', 'url', 'organization', 'score', 'freshness', ...CHECKS.map((c) => c.id)];
  const data = datasets.map((d) => {
    const r = q.byDataset.get(d.id)!;
    return [
      d.id,
      d.data.title,
      pageUrl(d.id),
      d.organization.id,
      r.score,
      r.freshness.status,
      ...r.checks.map((c) => (c.passed ? 1 : 0)),
    ];
  });
  return Papa.unparse({ fields, data }, { newline: '\n' });
}
