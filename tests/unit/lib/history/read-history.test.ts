import { describe, expect, it } from 'vitest';
import type { GitEffects, HistoryCache } from '../../../../src/lib/history/git.ts';
import type { DatasetChange } from '../../../../src/lib/history/model.ts';
import { HISTORY_FORMAT, readHistory } from '../../../../src/lib/history/read-history.ts';
import { BLOBS, LOG_OUTPUT } from '../../../helpers/git-log-sample.ts';

/** A repository that answers with the sample log and blobs, and counts the questions asked. */
function fakeGit(...args: [head?: Awaited<ReturnType<GitEffects['head']>>]) {
  const head = args.length ? args[0] : { commit: 'head1', shallow: false };
  const asked = { log: 0, sizes: [] as string[][], contents: [] as string[][] };
  const git: GitEffects = {
    head: async () => head,
    log: async () => {
      asked.log++;
      return LOG_OUTPUT;
    },
    sizes: async (_dir, blobs) => {
      asked.sizes.push([...blobs]);
      return new Map(blobs.map((b) => [b, new TextEncoder().encode(BLOBS[b]!).length]));
    },
    contents: async (_dir, blobs, each) => {
      asked.contents.push([...blobs]);
      for (const b of blobs) each(b, new TextEncoder().encode(BLOBS[b]!));
    },
  };
  return { git, asked };
}

function memoryCache() {
  const store = new Map<string, DatasetChange[]>();
  const cache: HistoryCache<DatasetChange[]> = { read: (k) => store.get(k), write: (k, v) => void store.set(k, v) };
  return { cache, store };
}

describe('readHistory()', () => {
  it("gives each commit's change to each dataset: fields old → new, files with sizes and row counts", async () => {
    const history = await readHistory('/repo/content/datasets', fakeGit().git);
    expect(history).toEqual({
      available: true,
      changes: [
        {
          commit: '9935eb4e97af801c4bab360106509529e2bdd801',
          date: '2024-02-03T04:05:06+00:00',
          author: 'Ana Pérez',
          message: 'Rename trees; more rows',
          dataset: 'trees',
          kind: 'updated',
          fields: [{ field: 'title', change: 'changed', before: 'Trees', after: 'Street trees' }],
          files: [
            { path: 'trees.csv', change: 'replaced', bytesBefore: 8, bytesAfter: 12, rowsBefore: 1, rowsAfter: 2 },
          ],
        },
        {
          commit: 'dcb1998ec3ba930bc03706bba145f9a4bfc2ccaf',
          date: '2024-01-02T10:00:00+01:00',
          author: 'Ana Pérez',
          message: 'Add trees',
          dataset: 'trees',
          kind: 'added',
          fields: [],
          files: [{ path: 'trees.csv', change: 'added', bytesAfter: 8, rowsAfter: 1 }],
        },
      ],
    });
  });

  it('asks git once for the log, once for contents and once for sizes, reading only what it compares or counts', async () => {
    const { git, asked } = fakeGit();
    await readHistory('/repo/content/datasets', git);
    expect(asked.log).toBe(1);
    expect(asked.contents).toHaveLength(1);
    // Both index.md versions of the modification and every CSV version; not README.md, not the added index.md.
    expect(asked.contents[0]!.sort()).toEqual(
      [
        '7b0ee553f661daea3240180600f697e21e5cf2f3',
        '41b9d3995c0cc61001b8dc1e2edc0c369d255d1e',
        'cfa20f81071245f292f0b52b37beb7adf9259a26',
        '0099ae9378f997f72403fd4324bd2b9159b04538',
      ].sort(),
    );
    expect(asked.sizes).toHaveLength(1);
  });

  it('is not available outside git, and not in a shallow clone (whose one commit would seem to add everything)', async () => {
    expect(await readHistory('/tmp/x', fakeGit(undefined).git)).toEqual({ available: false, reason: 'no-git' });
    const shallow = fakeGit({ commit: 'h', shallow: true });
    expect(await readHistory('/tmp/x', shallow.git)).toEqual({ available: false, reason: 'shallow' });
    expect(shallow.asked.log).toBe(0);
  });

  it('reads the history of a commit seen before from the cache, without running git log', async () => {
    const { cache, store } = memoryCache();
    const first = fakeGit();
    const computed = await readHistory('/repo/content/datasets', first.git, cache);
    expect([...store.keys()]).toEqual([`${HISTORY_FORMAT}-head1`]);
    const again = fakeGit();
    expect(await readHistory('/repo/content/datasets', again.git, cache)).toEqual(computed);
    expect(again.asked.log).toBe(0);
    const moved = fakeGit({ commit: 'head2', shallow: false });
    await readHistory('/repo/content/datasets', moved.git, cache);
    expect(moved.asked.log).toBe(1);
  });

  it('says the metadata changed but could not be read when an old index.md is not valid YAML', async () => {
    const { git } = fakeGit();
    const broken: GitEffects = {
      ...git,
      contents: (dir, blobs, each) =>
        git.contents(dir, blobs, (b, bytes) =>
          each(b, b.startsWith('7b0ee55') ? new TextEncoder().encode('---\ntitle: [\n---\n') : bytes),
        ),
    };
    const history = await readHistory('/repo/content/datasets', broken);
    expect(history.available && history.changes[0]).toMatchObject({ unreadable: true, fields: [] });
  });
});
