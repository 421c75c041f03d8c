// Atom feed of new and updated datasets.
import { loadExportInput } from '../../data/exports.ts';
import { datasetsFeed } from '../../lib/exports/atom.ts';

export const GET = async () => new Response(datasetsFeed(await loadExportInput()), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
