// Frictionless Data Package of a dataset (published when it has at least one resource).
import type { APIRoute } from 'astro';
import { loadExportInput } from '../../../data/exports.ts';
import { hasDataPackage, toDataPackage } from '../../../lib/exports/datapackage.ts';
import type { ExportDataset } from '../../../lib/exports/model.ts';

export async function getStaticPaths() {
  const input = await loadExportInput();
  return input.datasets.filter(hasDataPackage).map((dataset) => ({ params: { slug: dataset.id }, props: { dataset } }));
}

export const GET: APIRoute<{ dataset: ExportDataset }> = async ({ props }) => Response.json(toDataPackage(await loadExportInput(), props.dataset));
