import { describe, expect, it } from 'vitest';
import { ISSUE_FORMS, reportLinks, requestLinks, type FeedbackSettings } from '../../../src/lib/feedback.ts';
import { CatalogSchema } from '../../../src/schemas/index.ts';

const dataset = {
  slug: 'boec-911-calls-april-2018',
  title: 'BOEC 911 calls & dispatches: April 2018 #1',
  url: 'https://data.example.org/datasets/boec-911-calls-april-2018/',
  contactEmail: 'boec@example.org',
};
const contactPoint = { email: 'opendata@example.org' };
const github: FeedbackSettings = { repository: 'city-of-portland/open-data', feedback: { github: true }, contactPoint };
const email: FeedbackSettings = { feedback: { email: 'feedback@example.org' }, contactPoint };
const both: FeedbackSettings = { ...github, feedback: { github: true, email: 'feedback@example.org' } };

/** The query of a link, decoded the way GitHub and mail programs read it. */
const params = (href: string) => Object.fromEntries(new URL(href).searchParams);

describe('reportLinks()', () => {
  it('opens the report form in the repository with the title, slug and page URL filled in and encoded', () => {
    const [link, ...rest] = reportLinks(github, dataset);
    expect(rest).toEqual([]);
    expect(link!.via).toBe('github');
    expect(link!.href).toMatch(
      /^https:\/\/github\.com\/city-of-portland\/open-data\/issues\/new\?template=report-a-problem\.yml&/,
    );
    // `&` and `#` in the title are encoded, so they neither end the parameter nor start a fragment.
    expect(link!.href).toContain(
      'title=Problem%20with%20dataset%3A%20BOEC%20911%20calls%20%26%20dispatches%3A%20April%202018%20%231',
    );
    expect(new URL(link!.href).hash).toBe('');
    expect(params(link!.href)).toEqual({
      template: 'report-a-problem.yml',
      title: 'Problem with dataset: BOEC 911 calls & dispatches: April 2018 #1',
      dataset: 'boec-911-calls-april-2018',
      url: 'https://data.example.org/datasets/boec-911-calls-april-2018/',
    });
  });

  it('writes an email with the subject and a body naming the dataset and its page, spaces as %20 and CRLF line breaks', () => {
    const [link, ...rest] = reportLinks(email, dataset);
    expect(rest).toEqual([]);
    expect(link).toMatchObject({ via: 'email', address: 'feedback@example.org' });
    expect(link!.href).toMatch(/^mailto:feedback@example\.org\?subject=Problem%20with%20dataset%3A%20/);
    // In a mailto URL `+` is a plus sign, not a space (RFC 6068).
    expect(link!.href).not.toContain('+');
    const body = decodeURIComponent(link!.href.split('&body=')[1]!);
    expect(body).toContain('Dataset: BOEC 911 calls & dispatches: April 2018 #1 (boec-911-calls-april-2018)\r\n');
    expect(body).toContain(`Page: ${dataset.url}\r\n`);
    expect(body).not.toMatch(/[^\r]\n/);
  });

  it('offers both, GitHub first, when both are configured', () => {
    expect(reportLinks(both, dataset).map((l) => l.via)).toEqual(['github', 'email']);
    expect(reportLinks(both, dataset)[1]!.address).toBe('feedback@example.org');
  });

  it("falls back to an email to the dataset's contact when the catalog names no channel", () => {
    for (const settings of [
      { contactPoint },
      { contactPoint, feedback: { github: false } },
      // A repository alone is where the CMS writes, not a promise that issues are read there.
      { contactPoint, repository: 'city-of-portland/open-data' },
    ]) {
      const links = reportLinks(settings, dataset);
      expect(links.map((l) => [l.via, l.address])).toEqual([['email', 'boec@example.org']]);
      expect(links[0]!.href).toMatch(/^mailto:boec@example\.org\?subject=/);
    }
  });
});

describe('requestLinks()', () => {
  it('opens the request form, or writes an email, or both', () => {
    expect(requestLinks(github).map((l) => l.href)).toEqual([
      'https://github.com/city-of-portland/open-data/issues/new?template=request-a-dataset.yml&title=Dataset%20request%3A%20',
    ]);
    expect(requestLinks(email).map((l) => [l.via, l.address])).toEqual([['email', 'feedback@example.org']]);
    expect(requestLinks(both).map((l) => l.via)).toEqual(['github', 'email']);
    expect(params(requestLinks(email)[0]!.href)['subject']).toBe('Dataset request: ');
  });

  it("falls back to an email to the catalog's contact when the catalog names no channel", () => {
    expect(requestLinks({ contactPoint }).map((l) => l.href.split('?')[0])).toEqual(['mailto:opendata@example.org']);
  });
});

describe('feedback in catalog.yaml', () => {
  const catalog = {
    name: 'C',
    city: 'Portland',
    baseUrl: 'https://data.example.org/',
    publisher: { name: 'City' },
    contactPoint: { name: 'Team', email: 'opendata@example.org' },
  };

  it('needs a repository for GitHub issues, and says so on feedback.github', () => {
    const result = CatalogSchema.safeParse({ ...catalog, feedback: { github: true } });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'feedback.github',
        'needs the GitHub repository the issues go to: add `repository: owner/name`, or remove `github: true`',
      ],
    ]);
    expect(CatalogSchema.safeParse({ ...catalog, repository: 'a/b', feedback: { github: true } }).success).toBe(true);
  });

  it('refuses an email address that is not one', () => {
    const result = CatalogSchema.safeParse({ ...catalog, feedback: { email: 'opendata at example.org' } });
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['feedback.email']);
  });

  it('fills in only fields the forms declare (checked against the forms in issue-templates.test.ts)', () => {
    expect(ISSUE_FORMS.report.fields).toEqual(['dataset', 'url']);
    const report = params(reportLinks(github, dataset)[0]!.href);
    expect(Object.keys(report).filter((k) => k !== 'template' && k !== 'title')).toEqual([
      ...ISSUE_FORMS.report.fields,
    ]);
  });
});
