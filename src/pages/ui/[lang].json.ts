// /ui/<lang>.json: the texts the preview's tabs write in the browser (src/lib/ask/ui-texts.ts), one file per
// language, fetched when a reader opens a tab, so the dataset pages carry none of them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/catalog.ts';
import type { Lang } from '../../i18n/languages.ts';
import { uiTexts } from '../../lib/ask/ui-texts.ts';

export const getStaticPaths = (async () => {
  const { catalog } = await loadSite();
  return catalog.languages.map((lang) => ({ params: { lang } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => Response.json(uiTexts(params['lang'] as Lang));
