// The quality report as CSV: one row per dataset, its score, freshness and each check (1 passed, 0 missed).
import { loadExportInput } from '../data/exports.ts';
import { loadQuality } from '../data/quality.ts';
import { urlsFor } from '../lib/exports/model.ts';
import { qualityCsv } from '../lib/quality/report.ts';

export const GET = async () => {
  const input = loadExportInput();
  return new Response(qualityCsv(loadQuality(), input.datasets, urlsFor(input).dataset), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
