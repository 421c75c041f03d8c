// DCAT-AP 3 catalog as JSON-LD.
import { loadExportInput } from '../data/exports.ts';
import { toDcatAp } from '../lib/exports/dcat-ap.ts';

export const GET = () =>
  new Response(JSON.stringify(toDcatAp(loadExportInput())), { headers: { 'content-type': 'application/ld+json' } });
