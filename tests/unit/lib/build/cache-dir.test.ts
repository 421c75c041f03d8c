import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCacheDir } from '../../../../src/lib/build/cache-dir.ts';

describe('buildCacheDir', () => {
  // Paths only: nothing is made there.
  const root = path.join(os.tmpdir(), 'cdc-repo');
  const elsewhere = path.join(os.tmpdir(), 'cdc-elsewhere');
  const build = { contentDir: 'content', outDir: 'dist', base: '/' };

  it('gives each build of its own content, output, base or shard a folder of its own under node_modules/.astro', () => {
    const dirs = [
      buildCacheDir(root, build),
      buildCacheDir(root, { ...build, contentDir: path.join(elsewhere, 'catalog') }),
      buildCacheDir(root, { ...build, outDir: path.join(elsewhere, 'site') }),
      buildCacheDir(root, { ...build, base: '/portal/' }),
      buildCacheDir(root, { ...build, shard: { index: 1, count: 2 } }),
      buildCacheDir(root, { ...build, shard: { index: 2, count: 2 } }),
    ];
    expect(new Set(dirs).size).toBe(dirs.length);
    for (const dir of dirs) expect(path.dirname(dir)).toBe(path.join(root, 'node_modules/.astro'));
  });

  it('gives the same folder to the same build, however its folders are written', () => {
    expect(buildCacheDir(root, { ...build, contentDir: path.join(root, 'content'), outDir: './dist' })).toBe(
      buildCacheDir(root, build),
    );
  });
});
