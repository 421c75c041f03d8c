// The published quality formula: each check has a dimension and points (they add up to 100), reads the
// validator's rule finding where one exists (one rule, one place), and says why it matters and what to do.
import { findLicense } from '../../schemas/licenses.ts';
import type { DatasetModel } from '../content/model.ts';
import type { Problem } from '../problems.ts';
import { resourceKind } from '../resource-kind.ts';
import { statedContact, statedKeywords, statedLicense } from '../unstated.ts';
import type { Freshness } from './freshness.ts';

export const DIMENSIONS = ['findable', 'accessible', 'interoperable', 'reusable', 'contextual', 'fresh'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** What a check looks at for one dataset. */
export interface QualityInput {
  dataset: Pick<DatasetModel, 'id' | 'data' | 'body' | 'files' | 'schemas'>;
  /** The rule findings on this dataset (npm run validate's, under the catalog's policy or not). */
  findings: readonly Pick<Problem, 'rule'>[];
  freshness: Freshness;
}

export interface QualityCheck {
  id: string;
  dimension: Dimension;
  points: number;
  /** The validator rule whose finding fails this check, where there is one. */
  rule?: string;
  passes(input: QualityInput): boolean;
}

/** Plain-text length of Markdown, roughly: what a reader sees. */
const plainLength = (markdown: string) =>
  markdown
    .replace(/[#*_>`[\]()-]/g, '')
    .replace(/\s+/g, ' ')
    .trim().length;
const hasFinding = (input: QualityInput, rule: string) => input.findings.some((f) => f.rule === rule);

/** Machine-readable, non-proprietary formats: what anyone can open with free tools and a program can parse. */
const OPEN_KINDS = new Set(['csv', 'tsv', 'geojson', 'json']);
const OPEN_FORMATS = /^(csv|tsv|geojson|json|xml|ndjson|jsonl|parquet|gpx|kml|txt)$/i;

export const CHECKS: readonly QualityCheck[] = [
  { id: 'description', dimension: 'findable', points: 10, passes: (i) => plainLength(i.dataset.body) >= 100 },
  {
    id: 'keywords',
    dimension: 'findable',
    points: 5,
    passes: (i) => new Set(statedKeywords(i.dataset.data)).size >= 2,
  },
  {
    id: 'themes',
    dimension: 'findable',
    points: 5,
    rule: 'recommended/themes',
    passes: (i) => !hasFinding(i, 'recommended/themes'),
  },
  {
    id: 'spatial',
    dimension: 'findable',
    points: 5,
    rule: 'recommended/spatial',
    passes: (i) => !hasFinding(i, 'recommended/spatial'),
  },
  {
    id: 'temporal',
    dimension: 'findable',
    points: 5,
    rule: 'recommended/temporal',
    passes: (i) => !hasFinding(i, 'recommended/temporal'),
  },
  {
    id: 'download',
    dimension: 'accessible',
    points: 15,
    rule: 'no-resource',
    passes: (i) =>
      i.dataset.data.resources.some((r) => r.path || resourceKind(r).kind !== 'other' || OPEN_FORMATS.test(r.format)),
  },
  {
    id: 'contact',
    dimension: 'accessible',
    points: 5,
    passes: (i) => {
      const contact = statedContact(i.dataset.data);
      return !!contact && !/@example\.(org|com|net)$/i.test(contact.email);
    },
  },
  {
    id: 'open-format',
    dimension: 'interoperable',
    points: 10,
    passes: (i) =>
      i.dataset.data.resources.some((r) => OPEN_KINDS.has(resourceKind(r).kind) || OPEN_FORMATS.test(r.format.trim())),
  },
  {
    id: 'dictionary',
    dimension: 'interoperable',
    points: 5,
    rule: 'no-dictionary',
    // Read from the dictionaries themselves: rule no-dictionary is off unless a catalog's policy turns it on.
    passes: (i) => {
      const tables = i.dataset.data.resources.flatMap((r, n) =>
        i.dataset.files[n] && resourceKind(r).tabular ? [n] : [],
      );
      return tables.length > 0 && tables.every((n) => i.dataset.schemas[n]) && !hasFinding(i, 'dictionary-mismatch');
    },
  },
  {
    id: 'license',
    dimension: 'reusable',
    points: 10,
    passes: (i) => {
      const license = statedLicense(i.dataset.data);
      return !!license && (findLicense(license)?.open ?? /^https?:\/\//.test(license));
    },
  },
  {
    id: 'methodology',
    dimension: 'reusable',
    points: 5,
    passes: (i) => plainLength(i.dataset.data.methodology ?? '') >= 40,
  },
  { id: 'caveats', dimension: 'reusable', points: 5, passes: (i) => plainLength(i.dataset.data.caveats ?? '') >= 20 },
  {
    id: 'frequency',
    dimension: 'contextual',
    points: 5,
    rule: 'recommended/accrualPeriodicity',
    passes: (i) => !hasFinding(i, 'recommended/accrualPeriodicity'),
  },
  { id: 'on-schedule', dimension: 'fresh', points: 10, passes: (i) => i.freshness.status === 'fresh' },
];
