// Static API: one dataset's full metadata with absolute URLs.
import type { APIRoute } from 'astro';
import { loadExportInput } from '../../../data/exports.ts';
import { apiDataset } from '../../../lib/exports/api.ts';
import type { ExportDataset } from '../../../lib/exports/model.ts';

export async function getStaticPaths() {
  const input = await loadExportInput();
  return input.datasets.map((dataset) => ({ params: { slug: dataset.id }, props: { dataset } }));
}

export const GET: APIRoute<{ dataset: ExportDataset }> = async ({ props }) => Response.json(apiDataset(await loadExportInput(), props.dataset));
