// The quality report as JSON: the formula (every check and its points) and every dataset's score and checks.
import { loadExportInput } from '../data/exports.ts';
import { loadQuality } from '../data/quality.ts';
import { urlsFor } from '../lib/exports/model.ts';
import { qualityJson } from '../lib/quality/report.ts';

export const GET = async () => {
  const input = loadExportInput();
  return Response.json(qualityJson(loadQuality(), input.datasets, urlsFor(input).dataset));
};
