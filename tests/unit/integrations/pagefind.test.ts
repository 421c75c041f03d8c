import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indexersAtOnce, pagefind } from '../../../src/integrations/pagefind.ts';

const GB = 1e9;

describe('indexersAtOnce()', () => {
  it('indexes the languages at once when there are cores and memory for each indexer', () => {
    expect(indexersAtOnce(2, 10_000, 2, 20 * GB)).toBe(2);
    expect(indexersAtOnce(3, 1_000, 2, 20 * GB)).toBe(2);
    expect(indexersAtOnce(3, 1_000, 8, 20 * GB)).toBe(3);
  });

  it('one after the other when two indexers would not fit in memory (50,000 pages took over 11 GB each)', () => {
    expect(indexersAtOnce(2, 50_000, 2, 20 * GB)).toBe(1);
    // 10,000 pages took 3.3 GB: a runner with 7 GB, of which the build itself holds 2, indexes one at a time.
    expect(indexersAtOnce(2, 10_000, 2, 5 * GB)).toBe(1);
  });

  it('always one at least, however little memory is free', () => {
    expect(indexersAtOnce(2, 300_000, 4, 1 * GB)).toBe(1);
    expect(indexersAtOnce(1, 10, 1, 0)).toBe(1);
  });
});

describe('the search index step of a build', () => {
  it('fails the build with a message when an indexer stops, and never says it succeeded', async () => {
    const notAFolder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-pagefind-')), 'site');
    fs.writeFileSync(notAFolder, 'a file where the site should be');
    const said: { level: string; message: string }[] = [];
    const logger = Object.fromEntries(
      ['info', 'warn', 'error'].map((level) => [level, (message: string) => said.push({ level, message })]),
    );
    const hook = pagefind(['en', 'es']).hooks['astro:build:done'] as unknown as (options: {
      dir: URL;
      logger: unknown;
    }) => Promise<void>;
    try {
      await hook({ dir: pathToFileURL(notAFolder), logger });
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = 0;
    }
    expect(said.filter((s) => s.level === 'error').map((s) => s.message)).toEqual([
      expect.stringMatching(/^Pagefind stopped before it wrote the (en|es) search index .*the build failed\.$/),
    ]);
    expect(said.filter((s) => s.level === 'info')).toEqual([]);
  });
});
