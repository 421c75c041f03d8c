import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeGit } from '../../../../src/lib/history/node-git.ts';
import { LOG_ARGS, parseLog } from '../../../../src/lib/history/parse-log.ts';

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 't@example.org',
    },
  });

// Bigger than a pipe's buffer, so `cat-file --batch` output arrives in several chunks.
const big = 'id,value\n' + Array.from({ length: 20_000 }, (_, i) => `${i},${'x'.repeat(i % 50)}`).join('\n') + '\n';

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-node-git-'));
  git('init', '-q');
  fs.mkdirSync(path.join(repo, 'content/datasets/calls'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'content/datasets/calls/index.md'), '---\ntitle: Calls\n---\n');
  fs.writeFileSync(path.join(repo, 'content/datasets/calls/calls.csv'), big);
  git('add', '.');
  git('commit', '-qm', 'Add calls');
});
afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

describe('nodeGit', () => {
  it('gives HEAD and says the clone is not shallow', async () => {
    expect(await nodeGit.head(path.join(repo, 'content/datasets'))).toEqual({
      commit: git('rev-parse', 'HEAD').trim(),
      shallow: false,
    });
  });

  it('says whether a commit is an ancestor of another, and no for an unknown commit', async () => {
    const dir = path.join(repo, 'content/datasets');
    const head = git('rev-parse', 'HEAD').trim();
    expect(await nodeGit.isAncestor(dir, head, head)).toBe(true);
    expect(await nodeGit.isAncestor(dir, 'f'.repeat(40), head)).toBe(false);
  });

  it('gives no HEAD outside a repository or for a folder that does not exist', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-no-git-'));
    expect(await nodeGit.head(outside)).toBeUndefined();
    expect(await nodeGit.head(path.join(outside, 'missing'))).toBeUndefined();
    fs.rmSync(outside, { recursive: true });
  });

  it('logs paths relative to the datasets folder, and reads sizes and contents of blobs in one batch each', async () => {
    const dir = path.join(repo, 'content/datasets');
    const [commit] = parseLog(await nodeGit.log(dir, LOG_ARGS));
    expect(commit!.files.map((f) => f.path).sort()).toEqual(['calls/calls.csv', 'calls/index.md']);
    const blobs = commit!.files.map((f) => f.after!);
    const sizes = await nodeGit.sizes(dir, blobs);
    const seen = new Map<string, string>();
    await nodeGit.contents(dir, blobs, (blob, bytes) => seen.set(blob, Buffer.from(bytes).toString('utf8')));
    const csv = commit!.files.find((f) => f.path.endsWith('.csv'))!.after!;
    expect(sizes.get(csv)).toBe(Buffer.byteLength(big));
    expect(seen.get(csv)).toBe(big);
    expect(seen.size).toBe(2);
  });
});
