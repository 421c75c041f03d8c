// GitEffects for Node: runs the git command line (one process per question, none per dataset).
import { spawn } from 'node:child_process';
import type { GitEffects } from './git.ts';

// A build started from a git hook inherits these, and they would point git at the hook's repository
// rather than at the one holding the content folder.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE'].includes(key)),
);

/** Runs git in `dir` with `input` on stdin; resolves with its exit code, calling `onData` with its output. */
function run(
  dir: string,
  args: readonly string[],
  input: string,
  onData: (chunk: Buffer) => void,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    let stderr = '';
    const child = spawn('git', args, { cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
    child.on('error', (error) => resolve({ code: -1, stderr: error.message }));
    child.stdout.on('data', onData);
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

async function text(dir: string, args: readonly string[], input = ''): Promise<string> {
  const chunks: Buffer[] = [];
  const { code, stderr } = await run(dir, args, input, (c) => chunks.push(c));
  if (code !== 0) throw new Error(`git ${args.join(' ')} failed in ${dir}: ${stderr.trim()}`);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads `git cat-file --batch` output (`<id> <type> <size>\n<content>\n` …) as it streams in. */
function batchReader(each: (blob: string, bytes: Uint8Array) => void): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0);
  let current: { blob: string; size: number } | undefined;
  return (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (;;) {
      if (!current) {
        const eol = pending.indexOf(0x0a);
        if (eol < 0) return;
        const [blob = '', type = '', size = '0'] = pending.subarray(0, eol).toString('utf8').split(' ');
        pending = pending.subarray(eol + 1);
        if (type === 'missing') continue;
        current = { blob, size: Number(size) };
      }
      if (pending.length < current.size + 1) return;
      each(current.blob, pending.subarray(0, current.size));
      pending = pending.subarray(current.size + 1);
      current = undefined;
    }
  };
}

export const nodeGit: GitEffects = {
  async head(dir) {
    try {
      const [shallow, commit] = (await text(dir, ['rev-parse', '--is-shallow-repository', 'HEAD'])).trim().split('\n');
      return commit ? { commit, shallow: shallow === 'true' } : undefined;
    } catch {
      return undefined;
    }
  },
  async isAncestor(dir, ancestor, commit) {
    const { code } = await run(dir, ['merge-base', '--is-ancestor', ancestor, commit], '', () => {});
    return code === 0;
  },
  log: (dir, args) => text(dir, args),
  async sizes(dir, blobs) {
    const out = await text(dir, ['cat-file', '--batch-check'], blobs.join('\n') + '\n');
    const sizes = new Map<string, number>();
    for (const line of out.split('\n')) {
      const [blob, type, size] = line.split(' ');
      if (blob && type === 'blob') sizes.set(blob, Number(size));
    }
    return sizes;
  },
  async contents(dir, blobs, each) {
    if (!blobs.length) return;
    const { code, stderr } = await run(dir, ['cat-file', '--batch'], blobs.join('\n') + '\n', batchReader(each));
    if (code !== 0) throw new Error(`git cat-file --batch failed in ${dir}: ${stderr.trim()}`);
  },
};
