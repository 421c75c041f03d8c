// Atom feed of data stories.
import { loadExportInput } from '../../data/exports.ts';
import { storiesFeed } from '../../lib/exports/atom.ts';

export const GET = () =>
  new Response(storiesFeed(loadExportInput()), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
