// Publishes the per-dataset files (resources, Table Schemas, data packages, API records): written into
// dist/ after the build, and answered by the dev server, from the same list (src/lib/exports/dataset-files.ts).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withBase } from '../lib/url.ts';
import { inShard } from '../lib/build/shard.ts';
import { writeWhole } from '../lib/write-whole.ts';
import { loadValidCatalog } from './content/cache.ts';
import { datasetFiles, type DatasetFile } from '../lib/exports/dataset-files.ts';

function files(contentDir: string, base: string): Generator<DatasetFile> {
  return datasetFiles({ ...loadValidCatalog(contentDir), base }, (file) => fs.readFileSync(file));
}

const CONVERSIONS = path.resolve('node_modules/.cache/cdc-conversions');

/**
 * A converted copy's file in the cache, made when its source's content (and the conversion) was not seen before.
 * Cache files are written whole and never changed, so dist/ can link to them.
 */
function converted(f: Extract<DatasetFile, { convert: unknown }>): string {
  const key = createHash('sha256')
    .update(f.path.split('.').pop() ?? '')
    .update(f.cacheKey)
    .digest('hex');
  const cached = path.join(CONVERSIONS, key);
  if (!fs.existsSync(cached)) writeWhole(cached, f.convert());
  return cached;
}

/**
 * A resource file or a converted copy into dist/: a hard link when dist/ is on the same disk (no bytes copied; a
 * rebuild replaces dist/ rather than writing into its files), otherwise a copy.
 */
function publishCopy(source: string, target: string): void {
  fs.rmSync(target, { force: true });
  try {
    fs.linkSync(source, target);
  } catch {
    fs.copyFileSync(source, target, fs.constants.COPYFILE_FICLONE);
  }
}

export function datasetFilesIntegration(contentDir: string): AstroIntegration {
  let base = '/';
  return {
    name: 'cdc-dataset-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withBase(config.base, '');
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let count = 0;
        for (const f of files(contentDir, base)) {
          // A sharded build writes its part of the files; the merge joins the parts.
          if (!inShard(f.path)) continue;
          const target = path.join(out, f.path);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          if ('source' in f) publishCopy(f.source, target);
          else if ('convert' in f) publishCopy(converted(f), target);
          else fs.writeFileSync(target, JSON.stringify(f.json));
          count++;
        }
        logger.info(`dataset files: ${count} written`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          if (!url.startsWith(base)) return next();
          const wanted = url.slice(base.length);
          // Only per-dataset files are ours; pages go on to Astro. (The content loader forgets the cached
          // catalog when a file changes, so this reads the current content.)
          if (!/^(datasets\/[^/]+\/[^/]+\.\w+|api\/datasets\/[^/]+\.json)$/.test(wanted)) return next();
          for (const f of files(contentDir, base)) {
            if (f.path !== wanted) continue;
            if ('source' in f) fs.createReadStream(f.source).pipe(res);
            else if ('convert' in f) res.end(f.convert());
            else {
              res.setHeader('content-type', 'application/json');
              res.end(JSON.stringify(f.json));
            }
            return;
          }
          next();
        });
      },
    },
  };
}
