// `npm run dev` as a member of staff uses it: edit a dataset, add one, break one, fix it, remove it; the
// running server follows each change without a restart and names the mistake.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureContent, repoRoot, tmpDir } from '../helpers/astro-build.ts';

const content = path.join(tmpDir, 'dev-content');
const port = 4391;
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;
let log = '';

const get = async (url: string) => {
  const res = await fetch(base + url);
  return { status: res.status, text: await res.text() };
};

/** Polls until `check` passes (the watcher and reload take a moment), or fails with the last error. */
async function eventually(check: () => Promise<void>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

const edit = (file: string, from: string | RegExp, to: string) => {
  const p = path.join(content, file);
  const text = fs.readFileSync(p, 'utf8');
  expect(text).toMatch(from);
  fs.writeFileSync(p, text.replace(from, to));
};

describe('npm run dev', () => {
  beforeAll(async () => {
    fs.rmSync(content, { recursive: true, force: true });
    fs.cpSync(fixtureContent, content, { recursive: true });
    // Not vitest's environment (VITEST turns off Astro's page server, NODE_ENV=test its dev mode): the server
    // must run as it does for staff.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
    server = spawn(
      process.execPath,
      [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
      {
        cwd: repoRoot,
        env: { ...env, NODE_ENV: 'development', ASTRO_TELEMETRY_DISABLED: '1', CDC_CONTENT_DIR: content },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout!.on('data', (d) => (log += d));
    server.stderr!.on('data', (d) => (log += d));
    await eventually(async () => expect((await get('/datasets/sf-street-trees/')).status, log).toBe(200), 60_000);
  });
  afterAll(() => {
    server?.kill();
  });

  it('shows an edited title', async () => {
    edit('datasets/sf-street-trees/index.md', /^title: .*$/m, 'title: Street trees, edited while the server runs');
    await eventually(async () =>
      expect((await get('/datasets/sf-street-trees/')).text).toContain('Street trees, edited while the server runs'),
    );
  });

  it('serves a dataset added while it runs, and lists it', async () => {
    fs.cpSync(path.join(content, 'datasets/boston-offense-codes'), path.join(content, 'datasets/added-offense-codes'), {
      recursive: true,
    });
    edit('datasets/added-offense-codes/index.md', /^title: .*$/m, 'title: A dataset added while the server runs');
    await eventually(async () =>
      expect((await get('/datasets/added-offense-codes/')).text).toContain('A dataset added while the server runs'),
    );
    expect((await get('/datasets/')).text).toContain('/datasets/added-offense-codes/');
  });

  it('names a mistake with its file and line, then recovers when it is fixed', async () => {
    edit('datasets/added-offense-codes/index.md', /^organization: (.*)$/m, 'organization: no-such-office');
    await eventually(async () => expect((await get('/datasets/added-offense-codes/')).status).toBe(500));
    expect(log).toMatch(
      /datasets\/added-offense-codes\/index\.md:\d+ organization: "no-such-office" is not an organization/,
    );
    edit(
      'datasets/added-offense-codes/index.md',
      /^organization: no-such-office$/m,
      `organization: ${/^organization: (.*)$/m.exec(fs.readFileSync(path.join(content, 'datasets/boston-offense-codes/index.md'), 'utf8'))![1]}`,
    );
    await eventually(async () => expect((await get('/datasets/added-offense-codes/')).status).toBe(200));
  });

  it('drops a removed dataset', async () => {
    fs.rmSync(path.join(content, 'datasets/added-offense-codes'), { recursive: true });
    await eventually(async () => expect((await get('/datasets/added-offense-codes/')).status).toBe(404));
    expect((await get('/datasets/')).text).not.toContain('/datasets/added-offense-codes/');
  });
});
