// The staff CMS at /admin/ (Sveltia CMS, Decap-compatible): its script comes from the npm package, copied
// into the build and served by the dev server, so no CDN is involved. Public pages never load it.
// Sveltia loads its three fonts (its icons are a font) from a CDN, which the admin page's CSP refuses and
// which a city site must not depend on: the script is copied with those URLs pointing at the same font
// files, taken from their @fontsource npm packages and published beside it.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withBase } from '../lib/url.ts';

const require = createRequire(import.meta.url);

function cmsScript(): string {
  return path.join(path.resolve(path.dirname(require.resolve('@sveltia/cms')), '..'), 'dist/sveltia-cms.js');
}

/** Sveltia's CDN font URLs, by the file name each is published under, and where that file comes from. */
const FONTS: Array<{ cdn: RegExp; file: string; from: string }> = [
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/source-sans-3:vf@[\d.]+\/latin-wght-normal\.woff2/g,
    file: 'source-sans-3-latin-wght-normal.woff2',
    from: '@fontsource-variable/source-sans-3',
  },
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/noto-mono@[\d.]+\/latin-400-normal\.woff2/g,
    file: 'noto-mono-latin-400-normal.woff2',
    from: '@fontsource/noto-mono',
  },
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[\d.]+\/latin-wght-normal\.woff2/g,
    file: 'material-symbols-outlined-latin-wght-normal.woff2',
    from: '@fontsource-variable/material-symbols-outlined',
  },
];

const fontFile = (f: (typeof FONTS)[number]) =>
  path.join(path.dirname(require.resolve(`${f.from}/package.json`)), 'files', f.file);

/** The CMS script with its fonts served from `fontsUrl` (e.g. `/admin/fonts/`); fails if a font URL is not found. */
function cmsScriptText(fontsUrl: string): string {
  let text = fs.readFileSync(cmsScript(), 'utf8');
  for (const f of FONTS) {
    if (text.search(f.cdn) === -1)
      throw new Error(
        `@sveltia/cms no longer loads ${f.file} from the CDN address src/integrations/admin.ts expects; update FONTS there`,
      );
    text = text.replace(f.cdn, `${fontsUrl}${f.file}`);
  }
  return text;
}

/** Everything published under admin/ besides public/admin/: a file copied from a package, or generated text. */
type AdminFile = { path: string; source: string } | { path: string; text: () => string };

function adminFiles(base: string): AdminFile[] {
  // Chunks Sveltia loads on demand, from beside its script (or else from unpkg.com, which the CSP refuses).
  const chunks = path.join(path.dirname(cmsScript()), 'chunks');
  return [
    { path: 'sveltia-cms.js', text: () => cmsScriptText(`${base}admin/fonts/`) },
    ...FONTS.map((f) => ({ path: `fonts/${f.file}`, source: fontFile(f) })),
    ...fs
      .readdirSync(chunks)
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ path: `chunks/${f}`, source: path.join(chunks, f) })),
  ];
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.woff2': 'font/woff2' };

export function admin(): AstroIntegration {
  let base = '/';
  return {
    name: 'cdc-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withBase(config.base, '');
      },
      'astro:build:done': ({ dir }) => {
        for (const f of adminFiles(base)) {
          const target = path.join(fileURLToPath(dir), 'admin', f.path);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          if ('source' in f) fs.copyFileSync(f.source, target);
          else fs.writeFileSync(target, f.text());
        }
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = (req.url ?? '').split('?')[0];
          // Static hosts serve admin/index.html for /admin/; the dev server needs telling.
          if (url === `${base}admin/` || url === `${base}admin`) req.url = `${base}admin/index.html`;
          const f = adminFiles(base).find((a) => url === `${base}admin/${a.path}`);
          if (!f) return next();
          res.setHeader('content-type', TYPES[path.extname(f.path)] ?? 'application/octet-stream');
          if ('source' in f) fs.createReadStream(f.source).pipe(res);
          else res.end(f.text());
        });
      },
    },
  };
}
