import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CachedHistory, GitEffects, HistoryCache } from '../../../../src/lib/history/git.ts';
import { LOG_ARGS } from '../../../../src/lib/history/parse-log.ts';
import { HISTORY_FORMAT, readHistory } from '../../../../src/lib/history/read-history.ts';
import { BLOBS, LOG_OUTPUT } from '../../../helpers/git-log-sample.ts';

const [NEWER, OLDER] = LOG_OUTPUT.split('\x1e')
  .filter(Boolean)
  .map((r) => `\x1e${r}`);
/** The datasets folder the fake git answers for (nothing is read from it). */
const DIR = path.join(os.tmpdir(), 'cdc-history-test', 'content', 'datasets');
const FIRST = 'dcb1998ec3ba930bc03706bba145f9a4bfc2ccaf';
const SECOND = '9935eb4e97af801c4bab360106509529e2bdd801';

/** A repository at SECOND that answers with the sample log and blobs, and records the questions asked. */
function fakeGit(...args: [head?: Awaited<ReturnType<GitEffects['head']>>]) {
  const head = args.length ? args[0] : { commit: SECOND, shallow: false };
  const asked = { logs: [] as string[][], sizes: [] as string[][], contents: [] as string[][] };
  const git: GitEffects = {
    head: async () => head,
    isAncestor: async (_dir, ancestor, commit) => ancestor === FIRST && commit === SECOND,
    log: async (_dir, logArgs) => {
      asked.logs.push(logArgs.slice(LOG_ARGS.length));
      return logArgs.at(-1) === `${FIRST}..${SECOND}` ? NEWER! : NEWER! + OLDER!;
    },
    sizes: async (_dir, blobs) => {
      asked.sizes.push([...blobs]);
      return new Map(blobs.map((b) => [b, new TextEncoder().encode(BLOBS[b]).length]));
    },
    contents: async (_dir, blobs, each) => {
      asked.contents.push([...blobs]);
      for (const b of blobs) each(b, new TextEncoder().encode(BLOBS[b]));
    },
  };
  return { git, asked };
}

function memoryCache(entry?: CachedHistory) {
  const written: CachedHistory[] = [];
  const cache: HistoryCache = { read: () => written.at(-1) ?? entry, write: (e) => void written.push(e) };
  return { cache, written };
}

describe('readHistory()', () => {
  it("gives each commit's change to each dataset: fields old → new, files with sizes and row counts", async () => {
    const history = await readHistory(DIR, fakeGit().git);
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
    await readHistory(DIR, git);
    expect(asked.logs).toEqual([[]]);
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
    expect(await readHistory(DIR, fakeGit(undefined).git)).toEqual({ available: false, reason: 'no-git' });
    const shallow = fakeGit({ commit: 'h', shallow: true });
    expect(await readHistory(DIR, shallow.git)).toEqual({ available: false, reason: 'shallow' });
    expect(shallow.asked.logs).toEqual([]);
  });

  it('is not available, rather than an error, when git fails', async () => {
    const { git } = fakeGit();
    const failing: GitEffects = { ...git, log: () => Promise.reject(new Error('fatal: bad object HEAD')) };
    expect(await readHistory(DIR, failing)).toEqual({
      available: false,
      reason: 'failed',
      error: 'fatal: bad object HEAD',
    });
  });

  it('reads the history at HEAD from the cache, without running git log', async () => {
    const full = await readHistory(DIR, fakeGit().git);
    const { git, asked } = fakeGit();
    const { cache } = memoryCache({
      format: HISTORY_FORMAT,
      commit: SECOND,
      changes: full.available ? full.changes : [],
    });
    expect(await readHistory(DIR, git, cache)).toEqual(full);
    expect(asked.logs).toEqual([]);
  });

  it('reads only the commits since the cached one when that is an ancestor of HEAD, and caches the result', async () => {
    const full = await readHistory(DIR, fakeGit().git);
    const older = full.available ? full.changes.filter((c) => c.commit === FIRST) : [];
    const { git, asked } = fakeGit();
    const { cache, written } = memoryCache({ format: HISTORY_FORMAT, commit: FIRST, changes: older });
    expect(await readHistory(DIR, git, cache)).toEqual(full);
    expect(asked.logs).toEqual([[`${FIRST}..${SECOND}`]]);
    expect(written.map((w) => [w.commit, w.changes.length])).toEqual([[SECOND, 2]]);
  });

  it('reads the whole log when the cached commit is not an ancestor (history rewritten) or its format is old', async () => {
    for (const entry of [
      { format: HISTORY_FORMAT, commit: 'rewritten', changes: [] },
      { format: HISTORY_FORMAT - 1, commit: FIRST, changes: [] },
    ]) {
      const { git, asked } = fakeGit();
      const history = await readHistory(DIR, git, memoryCache(entry).cache);
      expect(asked.logs).toEqual([[]]);
      expect(history.available && history.changes).toHaveLength(2);
    }
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
    const history = await readHistory(DIR, broken);
    expect(history.available && history.changes[0]).toMatchObject({ unreadable: true, fields: [] });
  });
});
