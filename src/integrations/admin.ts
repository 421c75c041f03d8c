// The staff CMS at /admin/ (Sveltia CMS, Decap-compatible): its script comes from the npm package, copied
// into the build and served by the dev server, so no CDN is involved. Public pages never load it.
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
        fs.mkdirSync(out, { recursive: true });
        fs.copyFileSync(cmsScript(), path.join(out, 'sveltia-cms.js'));
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = (req.url ?? '').split('?')[0];
          // Static hosts serve admin/index.html for /admin/; the dev server needs telling.
          if (url === `${base}admin/` || url === `${base}admin`) req.url = `${base}admin/index.html`;
          if (url !== `${base}admin/sveltia-cms.js`) return next();
          res.setHeader('content-type', 'text/javascript');
          fs.createReadStream(cmsScript()).pipe(res);
        });
      },
    },
  };
}
