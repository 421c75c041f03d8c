// Static hosts refuse files of 25 MiB or more (Cloudflare Pages' limit): no file of the built site may be that big,
// and the SQL engine, bigger than that, is published in parts under /_astro/ (named by a hash of their content,
// which public/_headers caches for a year).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sampleDist } from '../helpers/astro-build.ts';
import { listFiles } from '../helpers/dist.ts';
import { HOST_FILE_LIMIT } from '../../src/lib/sql/parts.ts';

const files = listFiles(sampleDist).map((file) => ({ file, bytes: fs.statSync(path.join(sampleDist, file)).size }));

describe('the files of the built site', () => {
  it('are each under 25 MiB', () => {
    expect(HOST_FILE_LIMIT).toBe(25 * 1024 * 1024);
    expect(files.filter((f) => f.bytes >= HOST_FILE_LIMIT)).toEqual([]);
  });

  it("include the SQL engine's WebAssembly in parts under /_astro/, which add up to the package's file", () => {
    const parts = files.filter((f) => /^_astro\/duckdb-eh-\d+\.[\w-]+\.wasm$/.test(f.file));
    expect(parts.length).toBeGreaterThan(1);
    const wasm = fs.statSync(path.join(repoRoot, 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
    expect(parts.reduce((sum, f) => sum + f.bytes, 0)).toBe(wasm.size);
  });
});
