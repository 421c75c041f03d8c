// A dataset's quality score (0–100) from the checks in checks.ts, with the points of each dimension, and the
// catalog-wide summaries the quality report shows.
import { CHECKS, DIMENSIONS, type Dimension, type QualityInput } from './checks.ts';
import type { Freshness } from './freshness.ts';

export interface CheckResult {
  id: string;
  dimension: Dimension;
  points: number;
  passed: boolean;
}

export interface DatasetQuality {
  id: string;
  score: number;
  dimensions: Record<Dimension, { points: number; max: number }>;
  checks: CheckResult[];
  freshness: Freshness;
}

export function scoreDataset(input: QualityInput): DatasetQuality {
  const checks = CHECKS.map((c) => ({ id: c.id, dimension: c.dimension, points: c.points, passed: c.passes(input) }));
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => [d, { points: 0, max: 0 }]),
  ) as DatasetQuality['dimensions'];
  for (const c of checks) {
    dimensions[c.dimension].max += c.points;
    if (c.passed) dimensions[c.dimension].points += c.points;
  }
  const score = checks.reduce((n, c) => n + (c.passed ? c.points : 0), 0);
  return { id: input.dataset.id, score, dimensions, checks, freshness: input.freshness };
}

/** The most points a dataset can get: 100, by construction (a test checks it). */
export const MAX_SCORE = CHECKS.reduce((n, c) => n + c.points, 0);

/** How many datasets score in each band of ten: 0–9, 10–19, … 90–100. */
export function distribution(scores: readonly number[]): number[] {
  const bands = Array.from({ length: 10 }, () => 0);
  for (const s of scores) bands[Math.min(9, Math.floor(s / 10))]!++;
  return bands;
}

/** The mean, rounded to one decimal; 0 for none. */
export function mean(values: readonly number[]): number {
  return values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : 0;
}

/** How often each check is missed, most missed first. */
export function missedChecks(results: readonly DatasetQuality[]): { id: string; missed: number }[] {
  const counts = new Map<string, number>(CHECKS.map((c) => [c.id, 0]));
  for (const r of results) for (const c of r.checks) if (!c.passed) counts.set(c.id, counts.get(c.id)! + 1);
  return [...counts]
    .map(([id, missed]) => ({ id, missed }))
    .sort((a, b) => b.missed - a.missed || a.id.localeCompare(b.id));
}
