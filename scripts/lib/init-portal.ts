// What `npm run init` does to a clone: checks the answers with the catalog schema, moves the sample catalog
// out of content/ (to examples/portland/, or away) and writes the city's catalog.yaml and publisher.
// Checks everything first and changes nothing when any answer or the state of content/ is wrong.
import type nodeFs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { CatalogSchema, ID_PATTERN } from '../../src/schemas/index.ts';
import { fieldPath } from '../../src/lib/problems.ts';
import { findLicense } from '../../src/schemas/licenses.ts';
import { slugify } from './scaffold.ts';

/** The file that marks content/ as the repository's sample (Portland) rather than a city's own catalog. */
export const SAMPLE_MARKER = 'SAMPLE.md';
/** Where the sample goes, relative to the repository root; it builds with CDC_CONTENT_DIR=examples/portland. */
export const EXAMPLE_DIR = 'examples/portland';

export interface InitAnswers {
  name?: string | undefined;
  city?: string | undefined;
  publisher?: string | undefined;
  publisherHomepage?: string | undefined;
  baseUrl?: string | undefined;
  contactName?: string | undefined;
  contactEmail?: string | undefined;
  license?: string | undefined;
  repository?: string | undefined;
}

export interface InitOptions {
  /** Replace a catalog that already has datasets or stories, and an existing examples/portland/. */
  force: boolean;
  /** Keep the sample as examples/portland/ (default) rather than deleting it. */
  keepExample: boolean;
}

export type InitResult =
  | {
      ok: true;
      catalogFile: string;
      organizationFile: string;
      /** What happened to the sample: moved to examples/portland/, deleted, or there was none. */
      sample: 'moved' | 'deleted' | 'none';
      /** Datasets of a catalog that was not the sample, replaced because of --force. */
      replaced: number;
      /** The path the site is served under, from baseUrl: `/` or e.g. `/open-data/` (CDC_BASE). */
      basePath: string;
    }
  | { ok: false; errors: string[] };

type Fs = Pick<typeof nodeFs, 'existsSync' | 'readdirSync' | 'mkdirSync' | 'renameSync' | 'rmSync' | 'writeFileSync'>;

/** Which flag sets each catalog field: errors name the flag a person typed, not the YAML path. */
const FLAGS: Record<string, string> = {
  name: '--name',
  city: '--city',
  baseUrl: '--base-url',
  'publisher.name': '--publisher',
  'publisher.homepage': '--publisher-homepage',
  'contactPoint.name': '--contact-name',
  'contactPoint.email': '--contact-email',
  license: '--license',
  repository: '--repository',
};

/** The answers a person may leave out, filled in: the portal's name from the city, a team as contact, CC-BY-4.0. */
export function withDefaults(a: InitAnswers): InitAnswers {
  const city = a.city?.trim();
  return {
    ...a,
    name: a.name?.trim() || (city ? `${city.split(',')[0]!.trim()} Open Data` : undefined),
    contactName: a.contactName?.trim() || 'Open Data Team',
    license: a.license?.trim() || 'CC-BY-4.0',
    baseUrl: a.baseUrl && /^https?:\/\/[^/]+(\/.*[^/])?$/.test(a.baseUrl.trim()) ? `${a.baseUrl.trim()}/` : a.baseUrl,
  };
}

/** The catalog.yaml the answers make, or what is wrong with them (each error names its flag). */
export function catalogOf(answers: InitAnswers): { catalog: Record<string, unknown>; errors: string[] } {
  const a = withDefaults(answers);
  const errors: string[] = [];
  if (!a.city?.trim()) errors.push('--city is required: the city the portal serves, e.g. "Springfield, Illinois"');
  if (!a.publisher?.trim())
    errors.push('--publisher is required: the body that publishes the data, e.g. "City of Springfield"');
  if (!a.baseUrl?.trim())
    errors.push(
      '--base-url is required: the address the portal will be published at, e.g. https://data.springfield.gov/',
    );
  if (!a.contactEmail?.trim())
    errors.push('--contact-email is required: where residents write with questions, e.g. opendata@springfield.gov');
  const publisherName = a.publisher?.trim() ?? '';
  const catalog: Record<string, unknown> = {
    name: a.name,
    tagline: 'Open data from the city, in plain language',
    description: `Datasets published by ${publisherName} for everyone to use: find a dataset, read what it means, preview it and download it.`,
    city: a.city?.trim(),
    baseUrl: a.baseUrl?.trim(),
    publisher: { name: publisherName, ...(a.publisherHomepage ? { homepage: a.publisherHomepage.trim() } : {}) },
    contactPoint: { name: a.contactName, email: a.contactEmail?.trim() },
    languages: ['en'],
    license: a.license ? (findLicense(a.license)?.id ?? a.license) : undefined,
    ...(a.repository ? { repository: a.repository.trim() } : {}),
  };
  if (errors.length) return { catalog, errors };
  const parsed = CatalogSchema.safeParse(catalog);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const key = fieldPath(issue.path);
      const flag = FLAGS[key] ?? key;
      const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], catalog);
      const message = issue.message.startsWith('"') ? issue.message : `"${String(value)}" ${issue.message}`;
      errors.push(`${flag} ${message}`);
    }
  if (!ID_PATTERN.test(slugify(publisherName)))
    errors.push(`--publisher "${publisherName}" needs at least one letter or digit (it names the organization's file)`);
  return { catalog, errors };
}

const list = (fs: Fs, dir: string, dirs: boolean) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => (dirs ? d.isDirectory() : /\.mdx?$/.test(d.name) || d.isDirectory()))
        .map((d) => d.name)
    : [];

/** Turns the clone at `root` into an empty portal for the city in `answers`. */
export function initPortal(root: string, answers: InitAnswers, options: InitOptions, effects: { fs: Fs }): InitResult {
  const { fs } = effects;
  const { catalog, errors } = catalogOf(answers);
  const content = path.join(root, 'content');
  const example = path.join(root, EXAMPLE_DIR);
  const isSample = fs.existsSync(path.join(content, SAMPLE_MARKER));
  const datasets = list(fs, path.join(content, 'datasets'), true);
  const stories = list(fs, path.join(content, 'stories'), false);
  if (!isSample && datasets.length + stories.length > 0 && !options.force) {
    const shown = datasets.slice(0, 3).join(', ') + (datasets.length > 3 ? ', …' : '');
    errors.push(
      `content/ already holds a catalog that is not the sample (${datasets.length} dataset${datasets.length === 1 ? '' : 's'}${shown ? `: ${shown}` : ''}; ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}), and init would delete it. ` +
        'To change the name, address or contact of the portal, edit content/catalog.yaml instead; to start again from an empty catalog, run npm run init -- --force (the deleted files stay in git history).',
    );
  }
  if (isSample && options.keepExample && fs.existsSync(example) && !options.force)
    errors.push(
      `${EXAMPLE_DIR}/ already exists, and init would move the sample there: remove it, keep it by running with --no-example (the sample in content/ is then deleted), or replace it with --force`,
    );
  if (errors.length) return { ok: false, errors };

  let sample: 'moved' | 'deleted' | 'none' = 'none';
  if (isSample && options.keepExample) {
    fs.rmSync(example, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(example), { recursive: true });
    fs.renameSync(content, example);
    sample = 'moved';
  } else if (isSample) {
    fs.rmSync(content, { recursive: true, force: true });
    sample = 'deleted';
  } else {
    // A catalog of the city's own (re-run, or --force): what init writes replaces it; other files in content/ stay.
    for (const d of ['datasets', 'stories', 'organizations', 'themes'])
      fs.rmSync(path.join(content, d), { recursive: true, force: true });
  }
  for (const d of ['datasets', 'stories', 'organizations', 'themes'])
    fs.mkdirSync(path.join(content, d), { recursive: true });

  const catalogFile = path.join(content, 'catalog.yaml');
  fs.writeFileSync(
    catalogFile,
    `# The portal: its name, the city, where it is published and who runs it (every field: docs/content-model.md).\n${stringify(catalog, { lineWidth: 0 })}`,
  );
  const publisher = catalog['publisher'] as { name: string; homepage?: string };
  const contact = catalog['contactPoint'] as { email: string };
  const organizationFile = path.join(content, 'organizations', `${slugify(publisher.name)}.yaml`);
  fs.writeFileSync(
    organizationFile,
    stringify(
      {
        name: publisher.name,
        description: `Publishes the datasets of the ${String(catalog['name'])} portal.`,
        ...(publisher.homepage ? { homepage: publisher.homepage } : {}),
        email: contact.email,
      },
      { lineWidth: 0 },
    ),
  );
  return {
    ok: true,
    catalogFile,
    organizationFile,
    sample,
    replaced: isSample ? 0 : datasets.length,
    basePath: new URL(String(catalog['baseUrl'])).pathname,
  };
}
