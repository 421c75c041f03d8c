// Equal-width bins of numbers, for histograms: the one binning of story charts and of the preview.

/** Twenty bins: fine enough to show a distribution's shape, coarse enough that each bar has a readable tooltip. */
export const BIN_COUNT = 20;

export interface HistogramBin {
  /** Lower bound, included. */
  x1: number;
  /** Upper bound, excluded (but the last bin includes the maximum). */
  x2: number;
  /** How many values fall in the bin. */
  y: number;
}

/** `count` bins of equal width from the smallest value to the largest; none for no values. */
export function binValues(values: readonly number[], count = BIN_COUNT): HistogramBin[] {
  if (values.length === 0) return [];
  // A loop, not Math.min(...values): the preview bins up to 200,000 values, more than a call's arguments can hold.
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // All values equal: bins one unit wide, so the chart still has an axis.
  const width = (max - min) / count || 1;
  const bins = Array.from({ length: count }, (_, i) => ({ x1: min + i * width, x2: min + (i + 1) * width, y: 0 }));
  for (const v of values) bins[Math.min(count - 1, Math.floor((v - min) / width))]!.y++;
  return bins;
}
