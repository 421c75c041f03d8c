// What git says about content: the datasets a branch touched since a base, and the content as it was there.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** An error a person can act on: git could not answer (not a repository, or a base it does not have). */
export class GitError extends Error {}

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim().split('\n')[0] ?? String(error);
    throw new GitError(`git ${args[0]} failed: ${stderr}`);
  }
}

/** The slugs of the datasets whose folders differ from `base` (committed, staged, unstaged or new files). */
export function changedDatasets(contentDir: string, base: string): Set<string> {
  const datasets = path.join(path.resolve(contentDir), 'datasets');
  const root = git(path.resolve(contentDir), ['rev-parse', '--show-toplevel']).trim();
  const rel = path.relative(root, datasets) || '.';
  const files = [
    ...git(root, ['diff', '--name-only', base, '--', rel]).split('\n'),
    ...git(root, ['ls-files', '--others', '--exclude-standard', '--', rel]).split('\n'),
  ].filter(Boolean);
  return new Set(files.map((f) => path.relative(rel, f).split(/[\\/]/)[0]!).filter((slug) => slug && slug !== '..'));
}

/** A temporary copy of `contentDir` as it was at `base`; the caller removes it. */
export function contentAt(contentDir: string, base: string): string {
  const abs = path.resolve(contentDir);
  const root = git(abs, ['rev-parse', '--show-toplevel']).trim();
  const rel = path.relative(root, abs);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-base-'));
  const tar = path.join(out, 'content.tar');
  git(root, ['archive', '--format=tar', `--output=${tar}`, base, '--', rel]);
  execFileSync('tar', ['-xf', tar, '-C', out]);
  fs.rmSync(tar);
  return path.join(out, rel);
}
