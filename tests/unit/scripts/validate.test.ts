import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-validate-cli-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The sample catalog's catalog.yaml, organizations and themes with two broken datasets. */
function brokenCatalog(): string {
  const dir = path.join(work, 'catalog');
  fs.mkdirSync(path.join(dir, 'datasets'), { recursive: true });
  fs.copyFileSync('content/catalog.yaml', path.join(dir, 'catalog.yaml'));
  fs.cpSync('content/organizations', path.join(dir, 'organizations'), { recursive: true });
  fs.cpSync('content/themes', path.join(dir, 'themes'), { recursive: true });
  for (const name of ['licence-not-spdx', 'unknown-theme'])
    fs.cpSync(path.join('tests/fixtures/invalid-datasets', name), path.join(dir, 'datasets', name), {
      recursive: true,
    });
  return dir;
}

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['scripts/validate.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });

describe('npm run validate', () => {
  it('passes the sample catalog with exit code 0 in well under 5 seconds', () => {
    const result = run([]);
    expect(result.status).toBe(0);
    const seconds = Number(/in ([\d.]+) s$/m.exec(result.stdout)?.[1]);
    expect(result.stdout).toMatch(/✔ No errors \(\d+ warnings?\); checked \d+ datasets/);
    expect(seconds).toBeLessThan(5);
  });

  it('lists every error grouped by file, ends with a summary and exits 1', () => {
    const dir = brokenCatalog();
    const result = run([dir]);
    expect(result.status).toBe(1);
    const rel = path.relative(process.cwd(), dir);
    expect(result.stdout).toContain(
      `\n${rel}/datasets/licence-not-spdx/index.md\n  error   ${rel}/datasets/licence-not-spdx/index.md:8 license: "CC-BY" is not a known licence; use an SPDX id such as CC-BY-4.0, or the URL of the licence text`,
    );
    expect(result.stdout).toContain(`${rel}/datasets/unknown-theme/index.md:12 themes[1]: "crime" is not a theme`);
    expect(result.stdout).toMatch(/✖ 2 errors and \d+ warnings? in 2 files; checked 0 datasets/);
  });

  it('prints machine-readable results with --json', () => {
    const result = run([brokenCatalog(), '--json']);
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ ok: false, errors: 2 });
    expect(
      json.problems
        .filter((p: { severity: string }) => p.severity === 'error')
        .map((p: { field: string; line: number }) => [p.field, p.line]),
    ).toEqual([
      ['license', 8],
      ['themes[1]', 12],
    ]);
  });

  it('annotates the pull request in GitHub Actions', () => {
    const result = run([brokenCatalog()], { GITHUB_ACTIONS: 'true' });
    expect(result.stdout).toMatch(
      /^::error file=.*datasets\/licence-not-spdx\/index\.md,line=8,title=license::license: "CC-BY" is not a known licence/m,
    );
  });

  it('fails on a warning the catalog policy turns into an error, naming the rule, file, line and fix', () => {
    const dir = path.join(work, 'policy');
    fs.mkdirSync(path.join(dir, 'datasets'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'catalog.yaml'),
      `${fs.readFileSync('content/catalog.yaml', 'utf8')}policy:\n  recommended/themes: error\n`,
    );
    fs.cpSync('content/organizations', path.join(dir, 'organizations'), { recursive: true });
    fs.cpSync('content/themes', path.join(dir, 'themes'), { recursive: true });
    const name = 'boston-police-offense-codes';
    fs.cpSync(path.join('content/datasets', name), path.join(dir, 'datasets', name), { recursive: true });
    const file = path.join(dir, 'datasets', name, 'index.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^themes:.*\n/m, ''));

    const result = run([dir]);
    expect(result.status).toBe(1);
    const rel = path.relative(process.cwd(), file);
    expect(result.stdout).toContain(
      `  error   ${rel}:2 themes: is recommended: it helps people browse to the data; add one or more theme ids [recommended/themes]`,
    );
    expect(result.stdout).toMatch(/✖ 1 error and \d+ warnings? in 1 file/);
    // Without the policy, the same missing field is only a warning.
    fs.writeFileSync(path.join(dir, 'catalog.yaml'), fs.readFileSync('content/catalog.yaml', 'utf8'));
    expect(run([dir]).status).toBe(0);
  });
});
