// Atom feed of data stories.
import { loadExportInput } from '../../data/exports.ts';
import { storiesFeed } from '../../lib/exports/atom.ts';

export const GET = async () => new Response(storiesFeed(await loadExportInput()), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
