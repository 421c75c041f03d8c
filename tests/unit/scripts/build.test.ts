// npm run build's own options: a mistake is said in one line, exit 1, before anything is built.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.resolve('scripts/build.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CDC_OUT_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-build-')) },
  });

describe('npm run build -- <options>', () => {
  it.each([
    [['--shard'], '--shard: "" is not a shard: write it as i/n'],
    [['--shard', '3/2'], '--shard: "3/2" asks for part 3 of 2'],
    [['--parallel', '--parts', 'two'], '--parts: "two" is not a number of parts'],
    [['--merge'], 'npm run build -- --merge needs the parts’ folders'],
  ])('%j is refused with a message, not a stack trace', (args, message) => {
    const result = run(...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it('refuses a part whose record is cut short, naming it', () => {
    const part = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-part-'));
    fs.writeFileSync(path.join(part, 'cdc-shard.json'), '{"shard": "1/1", "pag');
    const result = run('--merge', part);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${path.join(part, 'cdc-shard.json')} cannot be read`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
