// DCAT-AP catalog: pages 2, 3 … for catalogs of more than 2,000 datasets (page 1 is /catalog.jsonld).
import type { APIRoute } from 'astro';
import { loadExportInput } from '../../../data/exports.ts';
import { dcatApPageCount, toDcatAp } from '../../../lib/exports/dcat-ap.ts';

export function getStaticPaths() {
  const pages = dcatApPageCount(loadExportInput());
  return Array.from({ length: pages - 1 }, (_, i) => ({ params: { n: String(i + 2) } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(toDcatAp(loadExportInput(), Number(params['n']))), {
    headers: { 'content-type': 'application/ld+json' },
  });
