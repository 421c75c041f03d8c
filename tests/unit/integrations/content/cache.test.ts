// The content cache: content/ is read once, however many parts of the build ask for it, and again after a change.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetCatalog, loadCatalogOnce, loadValidCatalog, perCatalogRead, readStats } from '../../../../src/integrations/content/cache.ts';
import type { ContentFs } from '../../../../src/lib/content/content-fs.ts';
import { memoryFs, validCatalog } from '../../../helpers/memory-fs.ts';

function countingFs(root: string): { fs: ContentFs; reads: Map<string, number> } {
  const inner = memoryFs(root, validCatalog());
  const reads = new Map<string, number>();
  return {
    reads,
    fs: { ...inner, readText: (file) => (reads.set(path.relative(root, file), (reads.get(path.relative(root, file)) ?? 0) + 1), inner.readText(file)) },
  };
}

describe('loadCatalogOnce()', () => {
  it('reads each file of content/ once for every part of a build that asks', () => {
    const root = path.resolve('/virtual/one-read');
    const { fs, reads } = countingFs(root);
    const titles = perCatalogRead(() => root, (model) => model.datasets.map((d) => d.data.title));
    for (let i = 0; i < 3; i++) {
      loadCatalogOnce(root, fs);
      loadValidCatalog(root, fs);
      titles();
    }
    expect(titles()).toEqual(['911 calls in April 2018']);
    expect([...reads.keys()].sort()).toEqual(['catalog.yaml', 'datasets/calls/index.md', 'organizations/portland-boec.yaml', 'themes/public-safety.yaml']);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
    expect(readStats(root).reads).toBe(1);
  });

  it('reads again after forgetCatalog(), as the dev server does after a change', () => {
    const root = path.resolve('/virtual/re-read');
    const { fs, reads } = countingFs(root);
    const first = loadValidCatalog(root, fs);
    forgetCatalog(root);
    const second = loadValidCatalog(root, fs);
    expect(second).not.toBe(first);
    expect(reads.get('datasets/calls/index.md')).toBe(2);
    expect(readStats(root).reads).toBe(2);
  });
});
