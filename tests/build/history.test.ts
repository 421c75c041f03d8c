// History from git, built: the fixture catalog in a git repository with three commits to one dataset after the
// first, and a shallow clone of that repository (which has no history to show, and still builds).
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { historyDist, shallowDist } from '../helpers/astro-build.ts';
import { FIRST_TITLE, HISTORY_COMMITS, HISTORY_DATASET, NEW_TITLE } from '../helpers/history-repo.ts';

const read = (dist: string, file: string) => fs.readFileSync(path.join(dist, file), 'utf8');
const page = (dist: string, file: string) => new JSDOM(read(dist, file)).window.document;
const xml = (dist: string, file: string) =>
  new JSDOM(read(dist, file), { contentType: 'application/xml' }).window.document;
const texts = (nodes: Iterable<Element>) => [...nodes].map((n) => n.textContent.replace(/\s+/g, ' ').trim());

const newestFirst = [...HISTORY_COMMITS].reverse().map((c) => c.message);
const whatChanged = [
  [`title: ${FIRST_TITLE} → ${NEW_TITLE}`],
  ['street-trees.csv replaced (1.5 kB → 2.7 kB, 5 → 10 rows (+5))'],
  ['modified: 2024-01-15 → 2024-03-01'],
  ['Dataset published', 'street-trees.csv added (1.5 kB, 5 rows)'],
];

describe(`/datasets/${HISTORY_DATASET}/history/ from a repository with its history`, () => {
  const doc = page(historyDist, `datasets/${HISTORY_DATASET}/history/index.html`);
  const items = [...doc.querySelectorAll('.change-list > li')];

  it('lists every commit that touched the dataset, newest first, with its message, author and date', () => {
    expect(texts(doc.querySelectorAll('.change-message'))).toEqual([...newestFirst, 'Add the fixture catalog']);
    expect(texts(doc.querySelectorAll('.change-author'))).toEqual(Array(4).fill('by Ana Pérez'));
    expect([...doc.querySelectorAll('.change-head time')].map((t) => t.getAttribute('datetime'))).toEqual([
      '2024-05-03T12:00:00+00:00',
      '2024-04-02T10:30:00+02:00',
      '2024-03-01T09:00:00+01:00',
      '2024-01-10T08:00:00+00:00',
    ]);
  });

  it('says what each changed: fields old → new, the file replaced with its sizes and rows', () => {
    expect(items.map((li) => texts(li.querySelectorAll('ul > li')))).toEqual(whatChanged);
  });

  it('shows markup in a commit message as text', () => {
    expect(read(historyDist, `datasets/${HISTORY_DATASET}/history/index.html`)).toContain(
      '&amp; &lt;em&gt;no&lt;/em&gt;',
    );
    expect(doc.querySelector('.change-message em')).toBeNull();
  });

  it('gives each change an anchor that the feed links to', () => {
    const feed = xml(historyDist, `datasets/${HISTORY_DATASET}/changes.xml`);
    const links = [...feed.querySelectorAll('entry link')].map((l) => new URL(l.getAttribute('href')!).hash.slice(1));
    expect(links).toEqual(items.map((li) => li.id));
  });
});

describe(`the dataset page's Changes section`, () => {
  const doc = page(historyDist, `datasets/${HISTORY_DATASET}/index.html`);
  const section = doc.querySelector('section[aria-labelledby="changes"]')!;

  it('shows its latest changes, links to all of them and to its feed', () => {
    expect(texts(section.querySelectorAll('.change-message'))).toEqual([...newestFirst, 'Add the fixture catalog']);
    expect(texts(section.querySelectorAll('.change-list > li > ul > li'))).toEqual(whatChanged.flat());
    const links = [...section.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['All 4 changes to this dataset', `/datasets/${HISTORY_DATASET}/history/`],
      ['Follow changes (Atom feed)', `/datasets/${HISTORY_DATASET}/changes.xml`],
    ]);
    expect(doc.querySelector('link[rel=alternate][href$="/changes.xml"]')).not.toBeNull();
  });
});

describe(`/datasets/${HISTORY_DATASET}/changes.xml`, () => {
  it('has an entry per commit, newest first, titled by its message and written by its author', () => {
    const feed = xml(historyDist, `datasets/${HISTORY_DATASET}/changes.xml`);
    expect(texts(feed.querySelectorAll('entry > title'))).toEqual([...newestFirst, 'Add the fixture catalog']);
    expect(texts(feed.querySelectorAll('entry > author > name'))).toEqual(Array(4).fill('Ana Pérez'));
    expect(texts(feed.querySelectorAll('entry > summary'))[0]).toBe(`title: ${FIRST_TITLE} → ${NEW_TITLE}`);
  });
});

describe('/changes/ and /feeds/changes.xml', () => {
  it('list the recent commits with the datasets each changed, and the footer links to the page', () => {
    const doc = page(historyDist, 'changes/index.html');
    expect(texts(doc.querySelectorAll('.change-message'))).toEqual([...newestFirst, 'Add the fixture catalog']);
    const first = doc.querySelector('.change-list > li ul > li')!;
    expect(first.querySelector('a')!.getAttribute('href')).toBe(`/datasets/${HISTORY_DATASET}/history/`);
    expect(first.textContent).toContain(`${NEW_TITLE}: title: ${FIRST_TITLE} → ${NEW_TITLE}`);
    // The first commit published the four datasets.
    expect(doc.querySelectorAll('.change-list > li:last-child ul > li')).toHaveLength(4);
    const footer = page(historyDist, 'index.html').querySelector('footer a[href="/changes/"]');
    expect(footer?.textContent).toBe('Recent changes');
    expect(xml(historyDist, 'feeds/changes.xml').querySelectorAll('entry')).toHaveLength(4);
  });
});

describe('a shallow clone (git clone --depth 1)', () => {
  it('builds, and the dataset page says history is not available', () => {
    const section = page(shallowDist, `datasets/${HISTORY_DATASET}/index.html`).querySelector(
      'section[aria-labelledby="changes"]',
    )!;
    expect(section.textContent).toContain('History not available');
    expect(section.querySelector('a')).toBeNull();
  });

  it('publishes no history pages or dataset feeds, and an empty recent-changes feed', () => {
    expect(fs.existsSync(path.join(shallowDist, `datasets/${HISTORY_DATASET}/history`))).toBe(false);
    expect(fs.existsSync(path.join(shallowDist, `datasets/${HISTORY_DATASET}/changes.xml`))).toBe(false);
    expect(page(shallowDist, 'changes/index.html').querySelector('main')!.textContent).toContain(
      'History not available',
    );
    expect(xml(shallowDist, 'feeds/changes.xml').querySelectorAll('entry')).toHaveLength(0);
  });
});

describe('a dataset published once and never changed', () => {
  it('shows its publication on its page, points to the catalog feed, and gets no page or feed of its own', () => {
    const once = fs
      .readdirSync(path.join(historyDist, 'datasets'))
      .filter((d) => d !== HISTORY_DATASET && fs.existsSync(path.join(historyDist, 'datasets', d, 'index.html')))
      .filter((d) => !/^\d+$/.test(d));
    expect(once.length).toBeGreaterThan(0);
    for (const slug of once) {
      const doc = page(historyDist, `datasets/${slug}/index.html`);
      expect(
        texts(doc.querySelectorAll('#changes ~ .change-list .change-message, .change-list .change-message')),
      ).toEqual(['Add the fixture catalog']);
      expect(doc.querySelector('a[href="/feeds/changes.xml"]'), slug).not.toBeNull();
      expect(fs.existsSync(path.join(historyDist, `datasets/${slug}/history/index.html`)), slug).toBe(false);
      expect(fs.existsSync(path.join(historyDist, `datasets/${slug}/changes.xml`)), slug).toBe(false);
    }
  });
});
