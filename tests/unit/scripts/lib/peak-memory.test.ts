import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { treeMemory, type PeakMemory } from '../../../../scripts/lib/peak-memory.ts';

const linux = fs.existsSync('/proc/self/status');
// A process that holds about 200 MB, and one of its own that holds about 100 MB, for a while.
const holder = (mb: number, child?: number) =>
  `const b = Buffer.alloc(${mb} * 2 ** 20, 1);${
    child
      ? `require('child_process').spawn(process.execPath, ['-e', ${JSON.stringify(`const c = Buffer.alloc(${child} * 2 ** 20, 1); setTimeout(() => c, 1500)`)}], { stdio: 'inherit' });`
      : ''
  } setTimeout(() => b, 1500);`;

describe.runIf(linux)('peak-memory.ts', () => {
  it('finds the memory of every process below a process, children of children included', async () => {
    const child = spawn(process.execPath, ['-e', holder(200, 100)], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 800));
    const sizes = treeMemory(process.pid, -1).sort((a, b) => b - a);
    child.kill();
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    expect(sizes[0]).toBeGreaterThan(200 * 2 ** 20);
    expect(sizes[1]).toBeGreaterThan(100 * 2 ** 20);
  });

  it('keeps the largest process and the largest total in its file, and stops when the watched process ends', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-peak-')), 'peak.json');
    // A parent that starts the sampler on itself, then a child holding 150 MB, and ends when the child does.
    const script = `const { spawn, spawnSync } = require('child_process');
      spawn(process.execPath, [${JSON.stringify(path.resolve('scripts/lib/peak-memory.ts'))}, String(process.pid), ${JSON.stringify(file)}], { stdio: 'ignore' }).unref();
      spawnSync('sleep', ['0.5']);
      spawnSync(process.execPath, ['-e', ${JSON.stringify(holder(150))}]);
      spawnSync('sleep', ['0.5']);`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const peak = JSON.parse(fs.readFileSync(file, 'utf8')) as PeakMemory;
    expect(peak.largest).toBeGreaterThan(150 * 2 ** 20);
    expect(peak.largest).toBeLessThan(400 * 2 ** 20);
    expect(peak.total).toBeGreaterThanOrEqual(peak.largest);
    // The sampler ended with the process it watched (within one sampling interval).
    spawnSync('sleep', ['0.5']);
    const samplers = fs
      .readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .filter((p) => {
        try {
          return fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(file);
        } catch {
          return false;
        }
      });
    expect(samplers).toEqual([]);
  });
});
