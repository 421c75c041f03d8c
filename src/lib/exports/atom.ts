// Atom feeds of new and updated datasets and of stories, and the feed writer the history feeds use too.
import { defaultLanguage } from '../content/languages.ts';
import { byModifiedDesc } from '../catalog.ts';
import { escapeHtml as x } from '../html.ts';
import { t } from '../i18n.ts';
import { publisherStated, statedModified } from '../unstated.ts';
import { urlsFor, type ExportInput } from './model.ts';

export interface FeedEntry {
  id: string;
  title: string;
  summary: string;
  link: string;
  updated: string;
  published?: string | undefined;
  authors: string[];
}

const asTime = (d: string) => (d.length === 10 ? `${d}T00:00:00Z` : d);

export function atomFeed(
  input: Pick<ExportInput, 'catalog' | 'base'>,
  opts: { path: string; title: string; entries: FeedEntry[] },
): string {
  const urls = urlsFor(input);
  const self = urls.abs(opts.path);
  const updated = opts.entries.reduce((max, e) => (e.updated > max ? e.updated : max), '1970-01-01');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(defaultLanguage(input.catalog))}">`,
    `  <title>${x(opts.title)}</title>`,
    `  <id>${x(self)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${x(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(urls.home)}"/>`,
    `  <updated>${asTime(updated)}</updated>`,
    `  <author><name>${x(input.catalog.publisher.name)}</name></author>`,
    ...opts.entries.flatMap((e) => [
      '  <entry>',
      `    <title>${x(e.title)}</title>`,
      `    <id>${x(e.id)}</id>`,
      `    <link rel="alternate" type="text/html" href="${x(e.link)}"/>`,
      `    <updated>${asTime(e.updated)}</updated>`,
      ...(e.published ? [`    <published>${asTime(e.published)}</published>`] : []),
      ...e.authors.map((a) => `    <author><name>${x(a)}</name></author>`),
      `    <summary>${x(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

/**
 * New and updated datasets, most recently modified first. Atom requires an update time on every entry, so a
 * dataset whose source states no update date is left out rather than given a made-up one (such as the import date).
 */
export function datasetsFeed(input: ExportInput, limit = 50): string {
  const urls = urlsFor(input);
  const entries = input.datasets
    .filter((d) => statedModified(d.data) !== undefined)
    .sort(byModifiedDesc)
    .slice(0, limit)
    .map((d) => ({
      id: urls.dataset(d.id),
      title: d.data.title,
      summary: d.data.summary,
      link: urls.dataset(d.id),
      updated: d.data.modified,
      published: d.data.issued,
      authors: publisherStated(d.data) ? [d.organization.data.name] : [],
    }));
  return atomFeed(input, {
    path: '/feeds/datasets.xml',
    title: `${input.catalog.name}: new and updated datasets`,
    entries,
  });
}

/** Stories, newest first. */
export function storiesFeed(input: ExportInput, limit = 50): string {
  const urls = urlsFor(input);
  const entries = [...input.stories]
    .sort((a, b) => ((a.data.updated ?? a.data.published) < (b.data.updated ?? b.data.published) ? 1 : -1))
    .slice(0, limit)
    .map((s) => ({
      id: urls.story(s.id),
      title: s.data.title,
      summary: s.data.summary,
      link: urls.story(s.id),
      updated: s.data.updated ?? s.data.published,
      published: s.data.published,
      authors: s.data.authors,
    }));
  return atomFeed(input, { path: '/feeds/stories.xml', title: `${input.catalog.name}: data stories`, entries });
}

/** Datasets past their promised update (most overdue first), each entry saying by how long. */
export function overdueFeed(
  input: ExportInput,
  overdue: readonly { dataset: ExportInput['datasets'][number]; late: string }[],
): string {
  const urls = urlsFor(input);
  const entries = overdue.map(({ dataset: d, late }) => ({
    id: `${urls.dataset(d.id)}#overdue-${d.data.modified}`,
    title: d.data.title,
    summary: late,
    link: urls.dataset(d.id),
    updated: d.data.modified,
    authors: [d.organization.data.name],
  }));
  return atomFeed(input, {
    path: '/feeds/overdue.xml',
    title: t('feeds.overdue.title', { catalog: input.catalog.name }),
    entries,
  });
}
