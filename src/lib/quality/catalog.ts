// The quality of a whole catalog: every dataset scored from the same rule findings the validator reports, its
// freshness on a given day, and the summaries the quality report shows (by organization, lowest, most missed).
import type { CatalogModel, DatasetModel } from '../content/model.ts';
import type { Problem } from '../problems.ts';
import { statedModified } from '../unstated.ts';
import { freshnessOf } from './freshness.ts';
import { distribution, mean, missedChecks, scoreDataset, type DatasetQuality } from './score.ts';

export interface QualityOptions {
  /** The day freshness is judged on, `YYYY-MM-DD`. */
  today: string;
  /** Every rule finding on the catalog (checkCatalog), before or after the policy. */
  findings: readonly Problem[];
}

export interface CatalogQuality {
  byDataset: ReadonlyMap<string, DatasetQuality>;
  score: number;
  distribution: number[];
  organizations: { id: string; name: string; datasets: number; score: number; overdue: number }[];
  lowest: DatasetQuality[];
  missed: { id: string; missed: number }[];
  overdue: DatasetModel[];
}

export function catalogQuality(
  model: Pick<CatalogModel, 'datasets' | 'organizations'>,
  options: QualityOptions,
): CatalogQuality {
  const findingsByFile = new Map<string, Problem[]>();
  for (const p of options.findings) {
    const list = findingsByFile.get(p.file);
    if (list) list.push(p);
    else findingsByFile.set(p.file, [p]);
  }
  const byDataset = new Map<string, DatasetQuality>();
  for (const d of model.datasets) {
    const freshness = freshnessOf(statedModified(d.data), d.data.accrualPeriodicity, options.today);
    const input = {
      dataset: d,
      findings: findingsByFile.get(d.file) ?? [],
      freshness,
    };
    byDataset.set(d.id, scoreDataset(input));
  }
  const scoreOf = (d: DatasetModel) => byDataset.get(d.id)!.score;
  const isOverdue = (d: DatasetModel) => byDataset.get(d.id)!.freshness.status === 'overdue';
  const results = [...byDataset.values()];
  return {
    byDataset,
    score: mean(results.map((r) => r.score)),
    distribution: distribution(results.map((r) => r.score)),
    organizations: model.organizations
      .filter((o) => o.datasets.length)
      .map((o) => ({
        id: o.id,
        name: o.data.name,
        datasets: o.datasets.length,
        score: mean(o.datasets.map(scoreOf)),
        overdue: o.datasets.filter(isOverdue).length,
      }))
      .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name)),
    lowest: [...results].sort((a, b) => a.score - b.score || a.id.localeCompare(b.id)).slice(0, 25),
    missed: missedChecks(results),
    overdue: model.datasets.filter(isOverdue),
  };
}
