// Where a build keeps its caches (Astro's content layer, and the pages of the incremental build): a folder of its
// own for each content folder, output folder, base path and shard, so that one build never restores another's pages.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Shard } from './shard.ts';

export function buildCacheDir(
  root: string,
  build: { contentDir: string; outDir: string; base: string; shard?: Shard | undefined },
): string {
  const id = createHash('sha256')
    .update(JSON.stringify([path.resolve(root, build.contentDir), path.resolve(root, build.outDir), build.base]))
    .digest('hex')
    .slice(0, 12);
  const part = build.shard ? `shard-${build.shard.index}-of-${build.shard.count}-` : '';
  return path.join(root, 'node_modules/.astro', `${part}${id}`);
}
