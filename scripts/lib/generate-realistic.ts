// The realistic benchmark catalog: 200 organizations, 20 themes, 15 formats, and titles, summaries and keywords
// taken from the sample and from real catalogs, with long titles and the missing fields real catalogs have.
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { parseFrontMatter } from '../../src/lib/content/yaml-source.ts';
import { facetSlug } from '../../src/lib/search-facets.ts';
import { datasetSlug } from '../../src/schemas/common.ts';
import { PUBLISHER_NEEDED } from '../../src/lib/import/placeholders.ts';
import { readRealTexts, type RealText } from './real-texts.ts';

export const REALISTIC = { organizations: 200, themes: 20, formats: 15 } as const;

/** Formats, most common first (how often each is drawn falls off with its rank, as in real catalogs). */
const FORMATS = [
  'CSV',
  'JSON',
  'GeoJSON',
  'XLSX',
  'PDF',
  'API',
  'ZIP',
  'Shapefile',
  'XML',
  'KML',
  'HTML',
  'XLS',
  'TXT',
  'RDF',
  'Parquet',
] as const;

/** Themes beyond the sample's 8 (names and descriptions as city portals commonly write them). */
const MORE_THEMES: [string, string | undefined][] = [
  ['Health', 'Public health, clinics, inspections and disease surveillance.'],
  ['Education', 'Schools, enrolment, libraries and learning programs.'],
  ['Housing', 'Affordable housing, rents, evictions and homelessness services.'],
  ['Parks and recreation', 'Parks, trails, community centers and programs.'],
  ['Economy and business', 'Business licenses, jobs, wages and economic development.'],
  ['Elections', 'Voter registration, polling places and election results.'],
  ['Utilities', undefined],
  ['Arts and culture', 'Public art, events, grants and cultural facilities.'],
  ['Demographics', 'Population, households and census figures.'],
  ['Energy', undefined],
  ['Water and sewers', 'Drinking water, stormwater and wastewater.'],
  ['Emergency management', 'Preparedness, hazards and disaster response.'],
];

/** Parts of made-up but real-looking publisher names: a unit and a government. */
const UNITS = [
  'Department of Transportation',
  'Bureau of Environmental Services',
  'Office of Management and Budget',
  'Department of Public Health',
  'Parks and Recreation Department',
  'Police Department',
  'Fire Department',
  'Office of Equity and Human Rights',
  'Water Bureau',
  'Department of Housing',
  'Planning Department',
  'Office of the City Clerk',
  'Elections Office',
  'Public Library',
  'Department of Information Technology',
  'Assessor',
  'Office of Emergency Management',
  'Department of Finance',
  'Human Resources',
  'Office of Sustainability',
];
const GOVERNMENTS = [
  'City of Portland',
  'Multnomah County',
  'City of Seattle',
  'King County',
  'City of Boston',
  'City and County of San Francisco',
  'City of New York',
  'Ville de Paris',
  'City of Beverly Hills',
  'State of Oregon',
  'Washington County',
  'City of Gresham',
];
const LICENSES = [
  'CC-BY-4.0',
  'CC0-1.0',
  'PDDL-1.0',
  'ODbL-1.0',
  'CC-BY-SA-4.0',
  'https://www.usa.gov/government-works',
];
const PERIODS = ['R/P1D', 'R/P1W', 'R/P1M', 'R/P3M', 'R/P1Y', 'irregular'];

/** A small seeded generator, so the same count always gives the same catalog. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plain text from a description that may hold HTML or Markdown links. */
function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `max` characters, cut at a word and marked with an ellipsis. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}

function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

export interface RealisticResult {
  /** How many real dataset texts were read from `realData` (0 when the folder is missing). */
  realTexts: number;
  /** Why the real texts were not used, when they were not. */
  note?: string;
}

/** The sample's own dataset texts, with its organizations' names. */
function sampleTexts(sourceDir: string): RealText[] {
  const names = new Map<string, string>();
  for (const f of fs.readdirSync(path.join(sourceDir, 'organizations'))) {
    const m = /^name:\s*(.+)$/m.exec(fs.readFileSync(path.join(sourceDir, 'organizations', f), 'utf8'));
    if (m) names.set(f.replace(/\.yaml$/, ''), m[1]!.replace(/^"|"$/g, ''));
  }
  return fs
    .readdirSync(path.join(sourceDir, 'datasets'))
    .sort()
    .map((slug) => {
      const { data, body } = parseFrontMatter(
        fs.readFileSync(path.join(sourceDir, 'datasets', slug, 'index.md'), 'utf8'),
      );
      const d = data as Record<string, unknown>;
      return {
        title: String(d['title']),
        description: `${String(d['summary'])} ${body}`,
        keywords: ((d['keywords'] as unknown[] | undefined) ?? []).map(String),
        publisher: names.get(String(d['organization'])),
        formats: ((d['resources'] as { format?: string }[] | undefined) ?? []).map((r) => String(r.format)),
      };
    });
}

/**
 * Writes `count` datasets into `outDir` with the sample's catalog.yaml, 200 organizations and 20 themes (a file
 * for each), drawing texts from the sample and from the real catalogs under `realData` (skipped, and said so,
 * when the folder is missing).
 */
export function generateRealistic(
  sourceDir: string,
  outDir: string,
  count: number,
  realData?: string,
): RealisticResult {
  const rand = random(count);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  /** Rank-skewed choice: the first items are drawn far more often than the last (Zipf-like). */
  const skewed = <T>(xs: readonly T[]): T => xs[Math.min(xs.length - 1, Math.floor(xs.length * rand() ** 2.2))]!;

  const result: RealisticResult = { realTexts: 0 };
  let real: RealText[] = [];
  if (realData && fs.existsSync(realData)) real = readRealTexts(realData);
  else if (realData) result.note = `${realData} not found: using the sample's own texts only`;
  result.realTexts = real.length;
  const texts = [...sampleTexts(sourceDir), ...real];

  fs.rmSync(outDir, { recursive: true, force: true });
  for (const sub of ['datasets', 'organizations', 'themes', 'stories'])
    fs.mkdirSync(path.join(outDir, sub), { recursive: true });
  fs.copyFileSync(path.join(sourceDir, 'catalog.yaml'), path.join(outDir, 'catalog.yaml'));

  // Themes: the sample's 8 files as they are, then 12 more.
  const themes = fs
    .readdirSync(path.join(sourceDir, 'themes'))
    .sort()
    .map((f) => {
      fs.copyFileSync(path.join(sourceDir, 'themes', f), path.join(outDir, 'themes', f));
      return f.replace(/\.yaml$/, '');
    });
  for (const [name, description] of MORE_THEMES.slice(0, REALISTIC.themes - themes.length)) {
    const id = facetSlug(name);
    fs.writeFileSync(
      path.join(outDir, 'themes', `${id}.yaml`),
      stringify({ name, ...(description ? { description } : {}) }),
    );
    themes.push(id);
  }

  // Organizations: the stand-in for "no publisher", the sample's, the real catalogs' publishers, then made-up ones.
  const orgs: { id: string; name: string }[] = [];
  const taken = new Set<string>();
  const addOrg = (
    name: string,
    extra: Record<string, unknown> = {},
    id = facetSlug(name).slice(0, 60).replace(/-$/, ''),
  ) => {
    if (taken.has(id) || orgs.length >= REALISTIC.organizations) return;
    taken.add(id);
    orgs.push({ id, name });
    fs.writeFileSync(path.join(outDir, 'organizations', `${id}.yaml`), stringify({ name, ...extra }));
  };
  for (const f of fs.readdirSync(path.join(sourceDir, 'organizations')).sort()) {
    const id = f.replace(/\.yaml$/, '');
    taken.add(id);
    orgs.push({
      id,
      name: /^name:\s*(.+)$/m.exec(fs.readFileSync(path.join(sourceDir, 'organizations', f), 'utf8'))![1]!,
    });
    fs.copyFileSync(path.join(sourceDir, 'organizations', f), path.join(outDir, 'organizations', f));
  }
  for (const t of texts) if (t.publisher) addOrg(plain(t.publisher));
  for (let i = 0; orgs.length < REALISTIC.organizations - 1; i++) {
    const government = GOVERNMENTS[i % GOVERNMENTS.length]!;
    const unit = UNITS[Math.floor(i / GOVERNMENTS.length) % UNITS.length]!;
    // Some real organizations have no description, homepage or parent.
    addOrg(`${government} ${unit}`, {
      ...(i % 3 ? { description: `The ${unit.toLowerCase()} of ${government}.` } : {}),
      ...(i % 4 ? { parent: government } : {}),
    });
  }
  addOrg(PUBLISHER_NEEDED.name, {}, PUBLISHER_NEEDED.id);
  const needed = orgs[orgs.length - 1]!;
  // The order publishers are drawn in (skewed): shuffled once, so big publishers are a mix of every kind.
  const orgOrder = orgs.filter((o) => o !== needed).sort(() => rand() - 0.5);

  const day = 24 * 3600 * 1000;
  const start = Date.UTC(2012, 0, 1);
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const text = pick(texts);
    const other = pick(texts);
    const place = pick(GOVERNMENTS);
    const year = 2010 + Math.floor(rand() * 16);
    // Titles: the real one, or qualified by place or year, or (one in eight) two joined into a long one.
    const r = rand();
    const base = plain(text.title);
    const title = clip(
      r < 0.125
        ? `${base}: ${plain(other.title)} by ${pick(['census tract', 'month', 'neighborhood', 'fiscal year', 'ward'])}, ${place}, ${year}–${year + 2}`
        : r < 0.5
          ? `${base}, ${year}`
          : r < 0.75
            ? `${base} (${place})`
            : base,
      200,
    );
    const description = text.description ? plain(text.description) : '';
    const summary = clip(firstSentence(description) || base, 300);
    // A title of a year alone (2010) is no slug: /datasets/2010/ is a page of the list of datasets.
    let slug = datasetSlug(facetSlug(title).slice(0, 70).replace(/-$/, ''));
    while (used.has(slug)) slug = `${slug.replace(/-\d+$/, '')}-${i}`;
    used.add(slug);

    const placeholders: string[] = [];
    let keywords = [...new Set([...text.keywords, ...other.keywords.slice(0, Math.floor(rand() * 3))].map(plain))]
      .filter((k) => k)
      .slice(0, 12);
    if (!keywords.length) {
      keywords = ['needs-keywords'];
      placeholders.push('keywords');
    }
    const publisherKnown = rand() > 0.04;
    if (!publisherKnown) placeholders.push('organization');
    const organization = publisherKnown ? skewed(orgOrder) : needed;
    const licenseKnown = rand() > 0.12;
    if (!licenseKnown) placeholders.push('license');
    const modifiedKnown = rand() > 0.08;
    if (!modifiedKnown) placeholders.push('modified');
    const contactKnown = rand() > 0.2;
    if (!contactKnown) placeholders.push('contactPoint');

    const nResources = Math.floor(rand() * 4.5);
    const formats = text.formats.filter((f) => FORMATS.some((k) => k.toLowerCase() === f.toLowerCase()));
    const resources = Array.from({ length: nResources }, (_, k) => {
      const format =
        k === 0 && formats[0] ? FORMATS.find((f) => f.toLowerCase() === formats[0]!.toLowerCase())! : skewed(FORMATS);
      return {
        title: k === 0 ? clip(base, 120) : `${format} ${pick(['download', 'export', 'extract', 'file', 'service'])}`,
        url: `https://data.example.org/files/${slug}/${k + 1}.${format.toLowerCase()}`,
        format,
      };
    });
    const modified = new Date(start + Math.floor(rand() * 5000) * day).toISOString().slice(0, 10);
    const restricted = rand() < 0.03;
    const data: Record<string, unknown> = {
      title,
      summary,
      organization: organization.id,
      contactPoint: contactKnown
        ? { name: organization.name, email: `opendata@${organization.id.slice(0, 30)}.example.org` }
        : { name: 'Contact needed (the source names none)', email: 'contact-needed@example.org' },
      license: licenseKnown ? skewed(LICENSES) : 'NOASSERTION',
      modified,
      accessLevel: restricted ? 'restricted public' : 'public',
      keywords,
      themes: rand() < 0.15 ? [] : [...new Set([skewed(themes), ...(rand() < 0.3 ? [pick(themes)] : [])])],
      ...(rand() < 0.6 ? { accrualPeriodicity: pick(PERIODS) } : {}),
      ...(rand() < 0.4 ? { temporal: `${year}-01-01/${year + 1}-12-31` } : {}),
      ...(rand() < 0.5 ? { spatial: place } : {}),
      ...(rand() < 0.5 ? { landingPage: `https://data.example.org/publisher/${slug}` } : {}),
      ...(rand() < 0.3 ? { issued: modified } : {}),
      ...(restricted
        ? {
            rights: 'Contains personal information protected by law; released in aggregate only.',
            accessInstructions: 'Write to the publisher to request the record-level file.',
          }
        : {}),
      resources,
      ...(placeholders.length
        ? {
            source: {
              kind: 'dcat-us',
              url: 'https://data.example.org/data.json',
              identifier: `bench-${i}`,
              harvested: modified,
              placeholders,
            },
          }
        : {}),
    };
    fs.mkdirSync(path.join(outDir, 'datasets', slug));
    // Many real datasets say no more than their summary: the body is the description, or nothing.
    const body = description && description !== summary ? `\n${clip(description, 4000)}\n` : '';
    fs.writeFileSync(path.join(outDir, 'datasets', slug, 'index.md'), `---\n${stringify(data)}---\n${body}`);
  }
  return result;
}
