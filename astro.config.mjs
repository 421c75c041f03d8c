// Astro configuration: the site URL comes from content/catalog.yaml; CDC_BASE serves the site under a sub-path.
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { safeMarkdown } from './src/lib/safe-markdown.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { datasetFilesIntegration } from './src/integrations/dataset-files.ts';
import { admin } from './src/integrations/admin.ts';
import { duckdbWasm } from './src/integrations/duckdb-wasm.ts';
import { loadCatalogOnce } from './src/integrations/content/cache.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES } from './src/lib/csp.ts';
import { alternateUrls } from './src/lib/url.ts';
import { currentShard } from './src/lib/build/shard.ts';
import { wholeSiteOr } from './src/integrations/shards.ts';
import { setBuilding } from './src/lib/build/cache-key.ts';
import { buildCacheDir } from './src/lib/build/cache-dir.ts';

const contentDir = path.resolve(process.env.CDC_CONTENT_DIR ?? 'content');
// The one read of content/ that the build, its integrations and every page share (problems are reported by contentCheck).
const { catalog } = loadCatalogOnce(contentDir);
const site = catalog?.baseUrl ?? 'https://data.example.org/';
const base = process.env.CDC_BASE ?? '/';
// The default language is at the site's own URLs, every other under its code: /es/datasets/…
const languages = catalog?.languages ?? ['en'];
const i18n = { defaultLocale: languages[0], locales: languages };
// `npm run build -- --shard i/n` (scripts/build.ts) builds one part of the site: docs/scaling.md.
const shard = currentShard();
const outDir = process.env.CDC_OUT_DIR ?? 'dist';
// Each build of its own content into its own folder (with its own base, its own shard) keeps caches of its own: the
// content layer's, and the pages of the incremental build, which are never restored into another build's site.
const cacheDir = buildCacheDir(process.cwd(), { contentDir, outDir, base, shard });

/** What needs every page of the site: run at the end of a single build, or by the merge of a sharded one. */
export const wholeSite = [
  sitemap({
    filter: (page) => !page.endsWith('/404/'),
    // Each page lists its versions in the other languages (hreflang alternates). Not with the plugin's own i18n
    // option, which compares every URL with every other: 14 s for the 105,000 pages of 50,000 datasets (0.5 s this
    // way), and growing with the square of the pages.
    serialize: (item) => ({ ...item, links: alternateUrls(item.url, new URL(base, site).href, languages) }),
  }),
  pagefind(languages),
];

export default defineConfig({
  // Writes .astro/collections (JSON Schemas and a file manifest) so VS Code's Astro extension checks and
  // completes front matter. Only for the repository's own content/: builds of other folders (tests,
  // benchmarks) must not overwrite the manifest the editor reads.
  //
  // A build copies from the previous one the pages whose code and data did not change (docs/scaling.md): Astro hashes
  // each page's code, and the pages with most of the site's weight (each dataset's) give a cacheKey of their data.
  experimental: { contentIntellisense: contentDir === path.resolve('content'), incrementalBuild: true },
  site,
  base,
  trailingSlash: 'always',
  outDir,
  cacheDir,
  // Pages render a few at a time, so one page's file writes overlap the next one's rendering.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  i18n: { ...i18n, routing: { prefixDefaultLocale: false } },
  devToolbar: { enabled: false },
  markdown: {
    processor: satteri({ mdastPlugins: [safeMarkdown] }),
    // Shiki's inline styles would break the Content-Security-Policy; descriptions need no highlighting.
    syntaxHighlight: false,
  },
  // The site makes no request to another origin; Astro adds hashes for its own scripts and styles.
  security: {
    csp: {
      // The directives live in src/lib/csp.ts, where the hosts' header files are checked against them.
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES] },
    },
  },
  integrations: [
    // Pages give cacheKeys in a build only (src/lib/build/cache-key.ts).
    { name: 'cdc-command', hooks: { 'astro:config:setup': ({ command }) => setBuilding(command === 'build') } },
    contentCheck(contentDir),
    datasetFilesIntegration(contentDir),
    mdx(),
    admin(),
    duckdbWasm(),
    ...wholeSiteOr(shard, wholeSite),
  ],
});
