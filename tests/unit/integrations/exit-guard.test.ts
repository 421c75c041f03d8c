import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const guard = path.resolve('src/integrations/exit-guard.ts');
const run = (work: string) =>
  spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { failIfLost } from ${JSON.stringify(guard)};
       await failIfLost(() => ${work}, () => console.error('the search index was not written'));
       console.log('finished');`,
    ],
    { encoding: 'utf8' },
  );

describe('failIfLost()', () => {
  it('turns work whose process died (a promise that never settles) into exit code 1 and a message', () => {
    const result = run('new Promise(() => {})');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the search index was not written');
    expect(result.stdout).not.toContain('finished');
  });

  it('leaves work that finishes alone', () => {
    const result = run('new Promise((resolve) => setTimeout(resolve, 10))');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('finished');
    expect(result.stderr).toBe('');
  });
});
