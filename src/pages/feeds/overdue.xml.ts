// Atom feed of datasets past their promised update, most overdue first.
import { loadExportInput } from '../../data/exports.ts';
import { loadQuality } from '../../data/quality.ts';
import { overdueFeed } from '../../lib/exports/atom.ts';
import { describeFreshness } from '../../lib/quality/describe.ts';

export const GET = async () => {
  const quality = loadQuality();
  const overdue = quality.overdue
    .map((dataset) => ({ dataset, freshness: quality.byDataset.get(dataset.id)!.freshness }))
    .sort(
      (a, b) =>
        (b.freshness.status === 'overdue' ? b.freshness.overdueDays : 0) -
        (a.freshness.status === 'overdue' ? a.freshness.overdueDays : 0),
    )
    .map(({ dataset, freshness }) => ({
      dataset,
      late: describeFreshness(freshness, dataset.data.accrualPeriodicity),
    }));
  return new Response(overdueFeed(loadExportInput(), overdue), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
};
