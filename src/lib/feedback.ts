// The links a reader follows to report a problem with a dataset or to request one: a pre-filled GitHub issue
// form, an email with its subject and body written, or both, as catalog.yaml's `feedback:` says. Plain links,
// so they work without JavaScript; the page itself makes no request to GitHub.
import { translator, type Lang } from './i18n.ts';

/**
 * The issue forms in .github/ISSUE_TEMPLATE and the ids of the fields the links fill in. GitHub fills a
 * form's field from the query parameter named by its id; a test checks each form has these ids.
 */
export const ISSUE_FORMS = {
  report: { template: 'report-a-problem.yml', fields: ['dataset', 'url'] },
  request: { template: 'request-a-dataset.yml', fields: [] },
} as const;

/** What the links need of catalog.yaml (a parsed `Catalog` fits). */
export interface FeedbackSettings {
  repository?: string | undefined;
  feedback?: { github?: boolean | undefined; email?: string | undefined } | undefined;
  contactPoint: { email: string };
}

export interface FeedbackLink {
  via: 'github' | 'email';
  href: string;
  /** For email: the address, shown beside the link so that a reader without a mail program can copy it. */
  address?: string;
}

export interface ReportedDataset {
  slug: string;
  title: string;
  /** The dataset page's absolute URL. */
  url: string;
  /** The dataset's contactPoint email: where a report goes when the catalog names no channel. */
  contactEmail: string;
}

/** `a=1&b=2` with every value percent-encoded (`%20` for a space, which mailto needs and GitHub accepts). */
function query(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
}

function issueLink(repository: string, params: Record<string, string>): FeedbackLink {
  return { via: 'github', href: `https://github.com/${repository}/issues/new?${query(params)}` };
}

function mailLink(address: string, subject: string, body: string): FeedbackLink {
  // RFC 6068: line breaks in a mailto body are written CRLF.
  const href = `mailto:${address}?${query({ subject, body: body.replace(/\r?\n/g, '\r\n') })}`;
  return { via: 'email', href, address };
}

/** The channels the catalog offers: the GitHub repository (when switched on) and the email address. */
function channels(c: FeedbackSettings): { repository: string | undefined; email: string | undefined } {
  return { repository: c.feedback?.github ? c.repository : undefined, email: c.feedback?.email };
}

/** Links to report a problem with a dataset; with no channel configured, an email to the dataset's contact. */
export function reportLinks(catalog: FeedbackSettings, dataset: ReportedDataset, lang: Lang = 'en'): FeedbackLink[] {
  const t = translator(lang);
  const { repository, email } = channels(catalog);
  const title = t('feedback.report.subject', { title: dataset.title });
  const out: FeedbackLink[] = [];
  if (repository) {
    const { template } = ISSUE_FORMS.report;
    out.push(issueLink(repository, { template, title, dataset: dataset.slug, url: dataset.url }));
  }
  if (email || !repository) {
    const body = t('feedback.report.body', { title: dataset.title, slug: dataset.slug, url: dataset.url });
    out.push(mailLink(email ?? dataset.contactEmail, title, body));
  }
  return out;
}

/** Links to request a dataset; with no channel configured, an email to the catalog's contact. */
export function requestLinks(catalog: FeedbackSettings, lang: Lang = 'en'): FeedbackLink[] {
  const t = translator(lang);
  const { repository, email } = channels(catalog);
  const title = t('feedback.request.subject');
  const out: FeedbackLink[] = [];
  if (repository) out.push(issueLink(repository, { template: ISSUE_FORMS.request.template, title }));
  if (email || !repository) out.push(mailLink(email ?? catalog.contactPoint.email, title, t('feedback.request.body')));
  return out;
}
