// "Report a problem with this dataset" on every dataset page and the /request/ page, in built sites: the sample
// catalog names no channel (reports go to each dataset's contact), the fixture catalog names GitHub and email.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { baseDist, BASE_PATH, fixtureContent, fixtureDist, repoRoot, sampleDist } from '../helpers/astro-build.ts';
import { htmlPages, references } from '../helpers/dist.ts';

const read = (dist: string, page: string) => fs.readFileSync(path.join(dist, page), 'utf8');
const hrefs = (html: string) =>
  references(html)
    .filter((r) => r.tag === 'a' && r.attr === 'href')
    .map((r) => r.value);
const feedbackLinks = (html: string) => hrefs(html).filter((h) => /^(mailto:|https:\/\/github\.com\/)/.test(h));

describe('the built sample catalog (no feedback channel configured)', () => {
  const content = readCatalog(path.join(repoRoot, 'content'));

  it("lets a reader report a problem on every dataset page, by email to the dataset's contact", () => {
    for (const d of content.datasets) {
      const html = read(sampleDist, `datasets/${d.id}/index.html`);
      expect(html).toContain('>Report a problem with this dataset</h3>');
      const report = hrefs(html).filter((h) => h.includes('subject=Problem%20with%20dataset'));
      expect(report, d.id).toHaveLength(1);
      const url = new URL(report[0]!);
      expect(url.protocol + url.pathname).toBe(`mailto:${d.data.contactPoint.email}`);
      expect(url.searchParams.get('body')).toContain(`(${d.id})\r\nPage: https://data.example.org/datasets/${d.id}/`);
    }
  });

  it('has a /request/ page, linked from the footer of every page (in its language) and from the search page when nothing is found', () => {
    const request = read(sampleDist, 'request/index.html');
    expect(request).toContain('<h1>Request a dataset</h1>');
    // (The footer's mailto link to the portal's contact has no subject.)
    expect(feedbackLinks(request).filter((h) => h.includes('?subject='))).toEqual([
      `mailto:${content.catalog!.contactPoint.email}?subject=Dataset%20request%3A%20&body=${encodeURIComponent(
        'What data would you like? (Subject, place, period.)\r\n\r\nWhat would you use it for?\r\n\r\nWho holds it, if you know? (A bureau, a report, a web page.)\r\n\r\n',
      )}`,
    ]);
    // In the page's own language: /es/request/ from Spanish pages.
    for (const page of htmlPages(sampleDist)) {
      const lang = /^([a-z]{2})\//.exec(page)?.[1];
      expect(hrefs(read(sampleDist, page)), page).toContain(lang ? `/${lang}/request/` : '/request/');
    }
    const search = read(sampleDist, 'search/index.html');
    const empty = search.slice(search.indexOf('data-empty'), search.indexOf('data-error'));
    expect(hrefs(empty)).toContain('/request/');
  });
});

describe('the built fixture catalog (GitHub issues and an email address)', () => {
  const content = readCatalog(fixtureContent);

  it('offers a pre-filled GitHub issue form and an email on each dataset page, with the slug and URL encoded', () => {
    for (const d of content.datasets) {
      const links = feedbackLinks(read(fixtureDist, `datasets/${d.id}/index.html`)).filter(
        (h) => h.startsWith('https://github.com/') || h.includes('subject=Problem'),
      );
      expect(links.map((h) => h.split('?')[0])).toEqual([
        'https://github.com/civic-data-catalog/fixture-catalog/issues/new',
        'mailto:feedback@example.org',
      ]);
      const form = new URL(links[0]!).searchParams;
      expect(Object.fromEntries(form)).toEqual({
        template: 'report-a-problem.yml',
        title: `Problem with dataset: ${d.data.title}`,
        dataset: d.id,
        url: `https://fixture.example.org/datasets/${d.id}/`,
      });
    }
  });

  it('keeps the hostile title inside its parameter: no markup, no extra parameter', () => {
    const html = read(fixtureDist, 'datasets/hostile-metadata/index.html');
    const github = feedbackLinks(html).find((h) => h.startsWith('https://github.com/'))!;
    expect([...new URL(github).searchParams.keys()]).toEqual(['template', 'title', 'dataset', 'url']);
    expect(html).not.toMatch(/href="[^"]*[<>][^"]*"/);
  });

  it('respects the base path in the footer link and the dataset URL', () => {
    expect(hrefs(read(baseDist, 'index.html'))).toContain(`${BASE_PATH}request/`);
    const html = read(baseDist, 'datasets/sf-street-trees/index.html');
    const github = feedbackLinks(html).find((h) => h.startsWith('https://github.com/'))!;
    expect(new URL(github).searchParams.get('url')).toBe(
      `https://fixture.example.org${BASE_PATH}datasets/sf-street-trees/`,
    );
    expect(feedbackLinks(read(baseDist, 'request/index.html'))[0]).toBe(
      'https://github.com/civic-data-catalog/fixture-catalog/issues/new?template=request-a-dataset.yml&title=Dataset%20request%3A%20',
    );
  });
});
