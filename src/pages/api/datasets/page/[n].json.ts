// Static API: pages 2, 3 … of the dataset listing, for catalogs of more than 1,000 datasets.
import type { APIRoute } from 'astro';
import { loadExportInput } from '../../../../data/exports.ts';
import { apiDatasetList, apiPageCount } from '../../../../lib/exports/api.ts';

export function getStaticPaths() {
  const pages = apiPageCount(loadExportInput());
  return Array.from({ length: pages - 1 }, (_, i) => ({ params: { n: String(i + 2) } }));
}

export const GET: APIRoute = ({ params }) => Response.json(apiDatasetList(loadExportInput(), Number(params['n'])));
