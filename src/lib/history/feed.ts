// Atom feeds of changes: one per dataset (for a journalist following it) and one for the whole catalog.
import { atomFeed } from '../exports/atom.ts';
import { urlsFor, type ExportInput } from '../exports/model.ts';
import { t } from '../i18n.ts';
import { describeChange } from './describe.ts';
import { recentCommits } from './group.ts';
import type { DatasetChange } from './model.ts';

/** The id of a change's entry on a page: `c-` and the commit id. */
export const anchorOf = (commit: string) => `c-${commit.slice(0, 12)}`;

export const historyPath = (slug: string) => `/datasets/${slug}/history/`;
export const datasetFeedPath = (slug: string) => `/datasets/${slug}/changes.xml`;
export const CHANGES_PATH = '/changes/';
export const CHANGES_FEED_PATH = '/feeds/changes.xml';

/** A dataset's changes, newest first, as an Atom feed. */
export function datasetChangesFeed(
  input: Pick<ExportInput, 'catalog' | 'base'>,
  dataset: { id: string; title: string },
  changes: readonly DatasetChange[],
  limit = 50,
): string {
  const urls = urlsFor(input);
  const page = urls.abs(historyPath(dataset.id));
  return atomFeed(input, {
    path: datasetFeedPath(dataset.id),
    title: t('history.feed.dataset', { catalog: input.catalog.name, title: dataset.title }),
    entries: changes.slice(0, limit).map((c) => ({
      id: `${page}#${anchorOf(c.commit)}`,
      link: `${page}#${anchorOf(c.commit)}`,
      title: c.message,
      summary: describeChange(c).join('\n'),
      updated: c.date,
      authors: [c.author],
    })),
  });
}

/** The catalog's most recent commits that changed datasets, as an Atom feed. */
export function catalogChangesFeed(
  input: ExportInput,
  changes: readonly DatasetChange[],
  titleOf: (slug: string) => string,
  limit = 50,
): string {
  const page = urlsFor(input).abs(CHANGES_PATH);
  return atomFeed(input, {
    path: CHANGES_FEED_PATH,
    title: t('history.feed.catalog', { catalog: input.catalog.name }),
    entries: recentCommits(changes, limit).map((c) => ({
      id: `${page}#${anchorOf(c.commit)}`,
      link: `${page}#${anchorOf(c.commit)}`,
      title: c.message,
      summary: c.datasets.map((d) => `${titleOf(d.dataset)}: ${describeChange(d).join('; ')}`).join('\n'),
      updated: c.date,
      authors: [c.author],
    })),
  });
}

/**
 * Whether a dataset gets its own history page and feed: when git records more than its publication. A dataset
 * published once and never changed shows that one entry on its page, and can be followed in the catalog's feed;
 * so a catalog of 10,000 datasets committed once does not build 20,000 pages that repeat it.
 */
export function hasOwnHistory(changes: readonly unknown[]): boolean {
  return changes.length > 1;
}
