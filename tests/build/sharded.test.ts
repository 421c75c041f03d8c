// The same catalog built three ways (one process; two parts at once with --parallel; two shards built apart with
// --shard and joined with --merge) gives the same site, byte for byte: pages, dataset files, exports, sitemap and
// search index. The catalog is the sample: two languages, stories, and a git history (per-dataset history pages and
// feeds).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { npmBuild, repoRoot, sampleBuildLog, sampleDist, tmpDir, type BuildResult } from '../helpers/astro-build.ts';
import { listFiles } from '../helpers/dist.ts';
import { differingFiles } from '../../scripts/lib/compare-sites.ts';

const content = path.join(repoRoot, 'content');
const work = path.join(tmpDir, 'sharded');
const parallelDist = path.join(work, 'parallel');
const shardDirs = [path.join(work, 'shard-1'), path.join(work, 'shard-2')];
const mergedDist = path.join(work, 'merged');

function mustSucceed(result: BuildResult, what: string): BuildResult {
  if (result.status !== 0)
    throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

const datasetPages = (dir: string) =>
  listFiles(dir).filter((f) => /^(es\/)?datasets\/[^/]+\/index\.html$/.test(f) && !/\/\d+\//.test(f));

describe('a sharded build', () => {
  let shardPages: string[][];
  let mergeLog: string;
  beforeAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
    mustSucceed(npmBuild(['--parallel', '--parts', '2'], { contentDir: content, outDir: parallelDist }), '--parallel');
    shardDirs.forEach((dir, i) =>
      mustSucceed(npmBuild(['--shard', `${i + 1}/2`], { contentDir: content, outDir: dir }), `--shard ${i + 1}/2`),
    );
    shardPages = shardDirs.map(datasetPages);
    mergeLog = mustSucceed(
      npmBuild(['--merge', ...shardDirs], { contentDir: content, outDir: mergedDist }),
      '--merge',
    ).stdout;
  });

  it('renders each page in one shard only, and every page in one of them', () => {
    const all = datasetPages(sampleDist);
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const pages of shardPages) expect(pages.length).toBeGreaterThan(0);
    expect(shardPages[0]!.filter((p) => shardPages[1]!.includes(p))).toEqual([]);
    expect([...shardPages[0]!, ...shardPages[1]!].sort()).toEqual(all);
    // Neither shard has the whole-site files: the merge makes them.
    for (const dir of shardDirs) {
      expect(fs.existsSync(path.join(dir, 'sitemap-index.xml'))).toBe(false);
      expect(fs.existsSync(path.join(dir, 'pagefind'))).toBe(false);
    }
  });

  it('gives the same site in one process, in two parts at once, and in two shards merged', () => {
    // Two ways to the search index: the single build gives Pagefind each page as it renders, the merge reads them
    // from disk.
    expect(fs.readFileSync(sampleBuildLog, 'utf8')).toMatch(
      /search index: \d+ pages in 2 languages, indexed as they rendered/,
    );
    expect(mergeLog).toMatch(/search index: \d+ pages in 2 languages, \d at once/);
    expect(differingFiles(sampleDist, parallelDist)).toEqual([]);
    expect(differingFiles(sampleDist, mergedDist)).toEqual([]);
  });

  it('merges a search index of every page and a sitemap of every page', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(mergedDist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages)[0]!.page_count;
    expect(indexed).toBeGreaterThanOrEqual(datasetPages(mergedDist).filter((p) => !p.startsWith('es/')).length);
    const sitemap = fs.readFileSync(path.join(mergedDist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+\/((?:es\/)?datasets\/[^/]+\/(?:history\/)?)<\/loc>/g)].map(
      (m) => m[1],
    );
    for (const page of datasetPages(mergedDist)) expect(locs).toContain(page.replace(/index\.html$/, ''));
    expect(locs.filter((l) => l!.endsWith('/history/')).length).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(mergedDist, 'cdc-shard.json'))).toBe(false);
  });
});

describe('merging shards', () => {
  const out = path.join(work, 'refused');
  const merge = (dirs: string[]) => npmBuild(['--merge', ...dirs], { contentDir: content, outDir: out });

  beforeAll(() => {
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'kept.txt'), 'the site before');
  });

  it('refuses a missing part, saying which, and leaves the output as it was', () => {
    const result = merge([shardDirs[0]!]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('part 2/2 missing');
    expect(fs.readFileSync(path.join(out, 'kept.txt'), 'utf8')).toBe('the site before');
  });

  it('refuses the same part twice and a folder that is not a shard', () => {
    const twice = merge([shardDirs[0]!, shardDirs[0]!]);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain('are both part 1/2');
    const notShard = merge([sampleDist, shardDirs[1]!]);
    expect(notShard.status).toBe(1);
    expect(notShard.stderr).toContain(`${sampleDist} is not the output of a sharded build`);
    expect(notShard.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses parts that disagree on a file they share (built from different content)', () => {
    const changed = path.join(work, 'shard-2-changed');
    fs.cpSync(shardDirs[1]!, changed, { recursive: true });
    fs.appendFileSync(path.join(changed, 'data.json'), ' ');
    const result = merge([shardDirs[0]!, changed]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the parts disagree on 1 file (data.json)');
    expect(fs.readdirSync(out)).toEqual(['kept.txt']);
  });
});
