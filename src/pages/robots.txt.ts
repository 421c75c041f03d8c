// robots.txt, pointing crawlers to the sitemap.
import type { APIRoute } from 'astro';
import { withBase } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase(import.meta.env.BASE_URL, '/sitemap-index.xml'), site).href}\n`,
  );
