// Build-time middleware of the Pagefind integration: hands each rendered page that carries
// data-pagefind-body (dataset and story pages) to the search index as soon as it is rendered, so Pagefind
// indexes on the second core while Astro renders the rest.
import { defineMiddleware } from 'astro:middleware';
import { searchFeed } from './pagefind.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = searchFeed();
  if (!feed || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  if (html.includes('data-pagefind-body')) {
    // Pagefind stores URLs without the base path; the search script adds it back (baseUrl).
    const base = import.meta.env.BASE_URL;
    const pathname = context.url.pathname;
    feed(pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname, html);
  }
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
