import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { modelOf } from '../../../../src/lib/content/model.ts';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { catalogChangesFeed, datasetChangesFeed } from '../../../../src/lib/history/feed.ts';
import type { DatasetChange } from '../../../../src/lib/history/model.ts';

const input = { ...modelOf(readCatalog(path.resolve('tests/fixtures/catalog'))), base: '/' };

const change = (commit: string, dataset: string, over: Partial<DatasetChange> = {}): DatasetChange => ({
  commit,
  date: '2024-02-03T04:05:06+00:00',
  author: 'Ana Pérez',
  message: 'Update',
  dataset,
  kind: 'updated',
  fields: [{ field: 'title', change: 'changed', before: 'Trees', after: 'Street trees' }],
  files: [],
  ...over,
});

const parse = (xml: string) => new JSDOM(xml, { contentType: 'application/xml' }).window.document;

describe('datasetChangesFeed()', () => {
  it('has one entry per change, linking to the change on the history page, with its author and what changed', () => {
    const doc = parse(
      datasetChangesFeed(input, { id: 'trees', title: 'Trees' }, [
        change('a'.repeat(40), 'trees'),
        change('b'.repeat(40), 'trees'),
      ]),
    );
    const entries = [...doc.querySelectorAll('entry')];
    expect(entries).toHaveLength(2);
    expect(entries[0]!.querySelector('id')!.textContent).toBe(
      'https://fixture.example.org/datasets/trees/history/#c-aaaaaaaaaaaa',
    );
    expect(entries[0]!.querySelector('author name')!.textContent).toBe('Ana Pérez');
    expect(entries[0]!.querySelector('summary')!.textContent).toBe('title: Trees → Street trees');
    expect(doc.querySelector('feed > link[rel=self]')!.getAttribute('href')).toBe(
      'https://fixture.example.org/datasets/trees/changes.xml',
    );
  });

  it('escapes what a contributor wrote in a commit, a name or a value', () => {
    const xml = datasetChangesFeed(input, { id: 'trees', title: 'Trees & <b>' }, [
      change('c', 'trees', {
        message: '<script>alert(1)</script>',
        author: 'A & B',
        fields: [{ field: 'title', change: 'changed', before: '<i>', after: ']]>' }],
      }),
    ]);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<i>');
    const doc = parse(xml);
    expect(doc.querySelector('entry title')!.textContent).toBe('<script>alert(1)</script>');
    expect(doc.querySelector('entry summary')!.textContent).toBe('title: <i> → ]]>');
  });
});

describe('catalogChangesFeed()', () => {
  it('has one entry per commit, naming each dataset it changed', () => {
    const doc = parse(
      catalogChangesFeed(input, [change('a', 'trees'), change('a', 'calls'), change('b', 'trees')], (slug) =>
        slug.toUpperCase(),
      ),
    );
    const summaries = [...doc.querySelectorAll('entry summary')].map((s) => s.textContent);
    expect(summaries).toEqual([
      'TREES: title: Trees → Street trees\nCALLS: title: Trees → Street trees',
      'TREES: title: Trees → Street trees',
    ]);
  });
});
