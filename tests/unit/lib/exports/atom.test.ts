import { describe, expect, it } from 'vitest';
import { datasetsFeed } from '../../../../src/lib/exports/atom.ts';
import { IMPORT_DATE, unstatedCatalog } from '../../../helpers/unstated-catalog.ts';

describe('datasetsFeed()', () => {
  const { input, imported } = unstatedCatalog();
  const feed = datasetsFeed(input);

  it('leaves out a dataset whose source states no update date, rather than date it by its import', () => {
    expect(feed).not.toContain(imported.data.title);
    expect(feed).not.toContain(IMPORT_DATE);
    expect(feed.match(/<entry>/g)?.length).toBe(input.datasets.length - 1);
  });

  it('lists the others newest first, and the feed is as new as its newest entry', () => {
    const updated = [...feed.matchAll(/<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
    const [feedUpdated, ...entries] = updated;
    expect(entries).toEqual([...entries].sort().reverse());
    expect(feedUpdated).toBe(entries[0]);
  });
});
