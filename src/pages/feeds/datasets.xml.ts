// Atom feed of new and updated datasets.
import { loadExportInput } from '../../data/exports.ts';
import { datasetsFeed } from '../../lib/exports/atom.ts';

export const GET = () =>
  new Response(datasetsFeed(loadExportInput()), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
