import { describe, expect, it } from 'vitest';
import { parseLog } from '../../../../src/lib/history/parse-log.ts';
import { LOG_OUTPUT } from '../../../helpers/git-log-sample.ts';

describe('parseLog()', () => {
  it('reads each commit (newest first) with its date, author, subject and the files it touched', () => {
    const commits = parseLog(LOG_OUTPUT);
    expect(commits.map((c) => [c.commit.slice(0, 7), c.date, c.author, c.message])).toEqual([
      ['9935eb4', '2024-02-03T04:05:06+00:00', 'Ana Pérez', 'Rename trees; more rows'],
      ['dcb1998', '2024-01-02T10:00:00+01:00', 'Ana Pérez', 'Add trees'],
    ]);
    expect(commits[0]!.files).toEqual([
      { path: 'README.md', status: 'D', before: 'c1b0730e0133447badcfd47fd144e254807b06e1', after: undefined },
      {
        path: 'trees/index.md',
        status: 'M',
        before: '7b0ee553f661daea3240180600f697e21e5cf2f3',
        after: '41b9d3995c0cc61001b8dc1e2edc0c369d255d1e',
      },
      {
        path: 'trees/trees.csv',
        status: 'M',
        before: 'cfa20f81071245f292f0b52b37beb7adf9259a26',
        after: '0099ae9378f997f72403fd4324bd2b9159b04538',
      },
    ]);
    expect(commits[1]!.files.map((f) => [f.status, f.before])).toEqual([
      ['A', undefined],
      ['A', undefined],
      ['A', undefined],
    ]);
  });

  it('keeps file names with spaces, accents and a semicolon as they are', () => {
    const log =
      '\x1eabc\x1f2024-01-01T00:00:00Z\x1fA\x1fm\x00\n' +
      ':000000 100644 0000000000000000000000000000000000000000 1111111111111111111111111111111111111111 A\x00trees/arbres é; 2.csv\x00';
    expect(parseLog(log)[0]!.files[0]!.path).toBe('trees/arbres é; 2.csv');
  });

  it('skips submodules and reads a type change as a modification', () => {
    const log =
      '\x1eabc\x1f2024-01-01T00:00:00Z\x1fA\x1fm\x00\n' +
      ':000000 160000 0000000000000000000000000000000000000000 1111111111111111111111111111111111111111 A\x00vendor\x00' +
      ':100644 120000 2222222222222222222222222222222222222222 3333333333333333333333333333333333333333 T\x00t/link.csv\x00';
    expect(parseLog(log)[0]!.files.map((f) => [f.path, f.status])).toEqual([['t/link.csv', 'M']]);
  });

  it('skips commits that touched no file in the folder', () => {
    expect(parseLog('\x1eabc\x1f2024-01-01T00:00:00Z\x1fA\x1fcode only\x00\n' + LOG_OUTPUT)).toHaveLength(2);
  });

  it('reads empty output as no commits', () => {
    expect(parseLog('')).toEqual([]);
  });
});
