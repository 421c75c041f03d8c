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
  { cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/source-sans-3:vf@[\d.]+\/latin-wght-normal\.woff2/g, file: 'source-sans-3-latin-wght-normal.woff2', from: '@fontsource-variable/source-sans-3' },
  { cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/noto-mono@[\d.]+\/latin-400-normal\.woff2/g, file: 'noto-mono-latin-400-normal.woff2', from: '@fontsource/noto-mono' },
  { cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[\d.]+\/latin-wght-normal\.woff2/g, file: 'material-symbols-outlined-latin-wght-normal.woff2', from: '@fontsource-variable/material-symbols-outlined' },
];

const fontFile = (f: (typeof FONTS)[number]) => path.join(path.dirname(require.resolve(`${f.from}/package.json`)), 'files', f.file);

/** The CMS script with its fonts served from `fontsUrl` (e.g. `/admin/fonts/`); fails if a font URL is not found. */
function cmsScriptText(fontsUrl: string): string {
  let text = fs.readFileSync(cmsScript(), 'utf8');
  for (const f of FONTS) {
    if (text.search(f.cdn) === -1) throw new Error(`@sveltia/cms no longer loads ${f.file} from the CDN address src/integrations/admin.ts expects; update FONTS there`);
    text = text.replace(f.cdn, `${fontsUrl}${f.file}`);
  }
  return text;
}

export function admin(): AstroIntegration {
  let base = '/';
  return {
    name: 'cdc-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withBase(config.base, '');
      },
      'astro:build:done': ({ dir }) => {
        const out = path.join(fileURLToPath(dir), 'admin');
        fs.mkdirSync(path.join(out, 'fonts'), { recursive: true });
        fs.writeFileSync(path.join(out, 'sveltia-cms.js'), cmsScriptText(`${base}admin/fonts/`));
        for (const f of FONTS) fs.copyFileSync(fontFile(f), path.join(out, 'fonts', f.file));
        // Chunks it loads on demand, from beside its script (or else from unpkg.com, which the CSP refuses).
        const chunks = path.join(path.dirname(cmsScript()), 'chunks');
        fs.cpSync(chunks, path.join(out, 'chunks'), { recursive: true, filter: (f) => !f.endsWith('.map') });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = (req.url ?? '').split('?')[0];
          // Static hosts serve admin/index.html for /admin/; the dev server needs telling.
          if (url === `${base}admin/` || url === `${base}admin`) req.url = `${base}admin/index.html`;
          const font = FONTS.find((f) => url === `${base}admin/fonts/${f.file}`);
          if (font) {
            res.setHeader('content-type', 'font/woff2');
            fs.createReadStream(fontFile(font)).pipe(res);
            return;
          }
          const chunk = /^admin\/chunks\/([\w.-]+\.js)$/.exec((url ?? '').slice(base.length))?.[1];
          if (chunk) {
            res.setHeader('content-type', 'text/javascript');
            fs.createReadStream(path.join(path.dirname(cmsScript()), 'chunks', chunk)).pipe(res);
            return;
          }
          if (url !== `${base}admin/sveltia-cms.js`) return next();
          res.setHeader('content-type', 'text/javascript');
          res.end(cmsScriptText(`${base}admin/fonts/`));
        });
      },
    },
  };
}
