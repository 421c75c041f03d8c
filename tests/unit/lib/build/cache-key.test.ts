import { afterEach, describe, expect, it } from 'vitest';
import { cacheKeyOf, setBuilding, withCacheKeys } from '../../../../src/lib/build/cache-key.ts';

describe('cacheKeyOf', () => {
  const page = { dataset: { id: 'trees', data: { title: 'Street trees', keywords: ['trees'] } }, changes: [] };

  it('gives the same key for the same data, and another for any change deep in it', () => {
    expect(cacheKeyOf(structuredClone(page))).toBe(cacheKeyOf(page));
    const renamed = structuredClone(page);
    renamed.dataset.data.keywords[0] = 'tree';
    expect(cacheKeyOf(renamed)).not.toBe(cacheKeyOf(page));
    expect(cacheKeyOf({ ...page, changes: [{ commit: 'abc' }] })).not.toBe(cacheKeyOf(page));
  });

  it('tells apart values that print alike', () => {
    expect(cacheKeyOf({ a: '1' })).not.toBe(cacheKeyOf({ a: 1 }));
    expect(cacheKeyOf({ a: ['x,y'] })).not.toBe(cacheKeyOf({ a: ['x', 'y'] }));
  });

  it('refuses what JSON would key as nothing, and cycles', () => {
    expect(() => cacheKeyOf({ byDataset: new Map([['trees', 1]]) })).toThrow(/byDataset.*Map/);
    expect(() => cacheKeyOf({ ids: new Set(['trees']) })).toThrow(/ids.*Set/);
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(() => cacheKeyOf(cycle)).toThrow();
  });
});

describe('withCacheKeys', () => {
  afterEach(() => setBuilding(false));

  it("keys each path by its page's data, made once per page whatever the number of its languages", async () => {
    setBuilding(true);
    const made: string[] = [];
    const paths = [
      { params: { slug: 'a', lang: undefined } },
      { params: { slug: 'b', lang: undefined } },
      { params: { slug: 'a', lang: 'es' } },
    ];
    const keyed = await withCacheKeys(
      paths,
      (p) => p.params.slug,
      async (p) => {
        made.push(p.params.slug);
        return { slug: p.params.slug };
      },
    );
    expect(made).toEqual(['a', 'b']);
    expect(keyed.map((p) => p.params)).toEqual(paths.map((p) => p.params));
    expect(keyed[0]!.cacheKey).toBe(keyed[2]!.cacheKey);
    expect(keyed[0]!.cacheKey).toBe(cacheKeyOf({ slug: 'a' }));
    expect(keyed[1]!.cacheKey).not.toBe(keyed[0]!.cacheKey);
  });

  it('keys nothing outside a build (the dev server renders on request)', async () => {
    const paths = [{ params: { slug: 'a' } }];
    let made = 0;
    const keyed = await withCacheKeys(
      paths,
      (p) => p.params.slug,
      async () => ++made,
    );
    expect(keyed).toEqual(paths);
    expect(made).toBe(0);
  });
});
