import { describe, expect, it } from 'vitest';
import { currentShard, inShard, paramsKey, parseShard, shardOf, shardPaths } from '../../../../src/lib/build/shard.ts';

describe('parseShard', () => {
  it('reads i/n, spaces allowed', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 3 ')).toEqual({ index: 1, count: 3 });
  });

  it('says what is wrong and how to write it', () => {
    for (const bad of ['2', 'a/b', '0/2', '3/2', '1/0', '-1/2', '1.5/2'])
      expect(parseShard(bad)).toEqual({ error: expect.stringContaining('write it as i/n') });
    expect(parseShard('3/2')).toEqual({ error: expect.stringContaining('asks for part 3 of 2') });
  });
});

describe('currentShard', () => {
  it('is the whole site without CDC_SHARD, or with one part', () => {
    expect(currentShard({})).toBeUndefined();
    expect(currentShard({ CDC_SHARD: '1/1' })).toBeUndefined();
    expect(currentShard({ CDC_SHARD: '2/3' })).toEqual({ index: 2, count: 3 });
  });

  it('fails on a shard it cannot read', () => {
    expect(() => currentShard({ CDC_SHARD: '4/3' })).toThrow('CDC_SHARD: "4/3" asks for part 4 of 3');
  });
});

describe('shardOf', () => {
  const keys = Array.from({ length: 3000 }, (_, i) => `lang=es&slug=dataset-${i}`);

  it('puts every key in exactly one part, the same one every time', () => {
    for (const key of keys.slice(0, 100)) {
      const part = shardOf(key, 4);
      expect(part).toBeGreaterThanOrEqual(1);
      expect(part).toBeLessThanOrEqual(4);
      expect(shardOf(key, 4)).toBe(part);
      expect([1, 2, 3, 4].filter((index) => inShard(key, { index, count: 4 }))).toEqual([part]);
    }
  });

  it('spreads keys evenly', () => {
    for (const count of [2, 3, 8]) {
      const sizes = new Array<number>(count).fill(0);
      for (const key of keys) sizes[shardOf(key, count) - 1]!++;
      for (const size of sizes) expect(Math.abs(size - keys.length / count)).toBeLessThan((keys.length / count) * 0.1);
    }
  });
});

describe('shardPaths', () => {
  const paths = Array.from({ length: 50 }, (_, i) => ({ params: { slug: `d-${i}`, lang: i % 2 ? 'es' : undefined } }));

  it('keeps every path without a shard', () => {
    expect(shardPaths(paths, undefined)).toEqual(paths);
  });

  it('splits the paths between the parts, each once', () => {
    const parts = [1, 2, 3].map((index) => shardPaths(paths, { index, count: 3 }));
    expect(parts.flat().sort((a, b) => paramsKey(a.params).localeCompare(paramsKey(b.params)))).toEqual(
      [...paths].sort((a, b) => paramsKey(a.params).localeCompare(paramsKey(b.params))),
    );
    for (const part of parts) expect(part.length).toBeGreaterThan(5);
  });

  it('keys parameters whatever their order', () => {
    expect(paramsKey({ a: '1', b: undefined })).toBe(paramsKey({ b: undefined, a: '1' }));
    expect(paramsKey({ a: '1' })).not.toBe(paramsKey({ a: '2' }));
  });
});
