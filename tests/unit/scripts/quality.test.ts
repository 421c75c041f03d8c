// npm run quality and the quality gate of npm run validate, on a temporary git repository holding the sample
// catalog: the score change of each dataset a branch touched, and the minimum score applied to changed datasets only.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-quality-cli-'));
const content = path.join(work, 'content');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const git = (...args: string[]) => execFileSync('git', args, { cwd: work, stdio: 'pipe' });
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [path.resolve(`scripts/${script}.ts`), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CDC_TODAY: '2026-06-01' },
  });
const edit = (file: string, change: (text: string) => string) =>
  fs.writeFileSync(path.join(content, file), change(fs.readFileSync(path.join(content, file), 'utf8')));

beforeAll(() => {
  fs.cpSync('content', content, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'sample');
  // A branch that drops the methodology of one dataset (5 points).
  edit('datasets/boec-911-calls-april-2018/index.md', (text) => text.replace(/^methodology: [\s\S]*?(?=^\w)/m, ''));
});

describe('npm run quality', () => {
  it('prints every dataset with its score, lowest first', { timeout: 30_000 }, () => {
    const result = run('quality', [content]);
    expect(result.status).toBe(0);
    const scores = [...result.stdout.matchAll(/^\| .+ \| (\d+) \| \w+ \|/gm)].map((m) => Number(m[1]));
    expect(scores.length).toBe(fs.readdirSync(path.join(content, 'datasets')).length);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it(
    'with --base, gives the score change of each dataset the branch touched, and only those',
    { timeout: 30_000 },
    () => {
      const result = run('quality', [content, '--base', 'main']);
      expect(result.status).toBe(0);
      const rows = result.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| dataset'));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatch(/`boec-911-calls-april-2018`\) \| 90 \| 85 \| -5 \| methodology, on-schedule \|$/);
    },
  );

  it('says plainly when the base is not there', () => {
    const result = run('quality', [content, '--base', 'no-such-branch']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^quality: cannot compare with --base: git .* failed/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the minimum quality score', () => {
  it('fails npm run validate for a changed dataset below it, naming its missed checks, and spares the others', () => {
    edit('catalog.yaml', (text) => `${text}minimumQualityScore: 90\n`);
    const all = run('validate', [content]);
    const changedOnly = run('validate', [content, '--base', 'main']);
    const gated = (out: string) =>
      [...out.matchAll(/datasets\/([\w-]+)\/index\.md.*scores \d+, below/g)].map((m) => m[1]);
    expect(gated(all.stdout).length).toBeGreaterThan(5);
    expect(gated(changedOnly.stdout)).toEqual(['boec-911-calls-april-2018']);
    expect(changedOnly.status).toBe(1);
    expect(changedOnly.stdout).toMatch(
      /scores 85, below the catalog's minimum of 90; missed: How the data is made \(methodology\) \(5\); Updated on schedule \(10\) \[quality\/minimum-score\]/,
    );
  }, 60_000);
});
