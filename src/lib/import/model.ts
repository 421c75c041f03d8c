// What every importer produces: datasets in our front-matter shape, the publishers and categories they
// name, and every record it could not import with the reason. Nothing is dropped silently.

export type SourceKind = 'dcat-us' | 'ckan' | 'datapackage' | 'jkan';

export interface ImportedDataset {
  /** Identifier in the source catalog (stable across imports). */
  identifier: string;
  /** Front-matter fields, in our schema's terms (no `source`; the writer adds it). */
  meta: Record<string, unknown>;
  /** Markdown description. */
  body: string;
  /** Source fields with no place in our schema, preserved in `source.extra`. */
  extra: Record<string, unknown>;
  /** Things worth a look: unknown licences, dropped values and why. */
  warnings: { kind: string; message: string }[];
  /** Names of the publisher and categories, for organizations and themes. */
  publisher?: string | undefined;
  categories: string[];
  /** A URL-safe name the source gives the dataset, used for its folder when the title makes none. */
  slugHint?: string | undefined;
  /** The source identifier of the collection it is part of (DCAT-US `isPartOf`); the writer turns it into a slug. */
  partOf?: string | undefined;
  /** Local files to copy beside index.md: `name` in the dataset folder, `source` on disk. */
  files?: { name: string; source: string }[];
}

export interface Skipped {
  identifier?: string | undefined;
  title?: string | undefined;
  reason: string;
}

export interface ImportBatch {
  kind: SourceKind;
  url: string;
  datasets: ImportedDataset[];
  skipped: Skipped[];
  /** How many records the source holds (read = created + updated + unchanged + skipped). */
  read: number;
  /** Things to know about the batch as a whole (e.g. only one page of a longer listing). */
  notes?: string[];
  /** What the source says about its publishers, by name, for the organizations created. */
  publishers?: Record<string, { description?: string | undefined; email?: string | undefined }>;
}

/** `Consumer Financial Protection Bureau` → `consumer-financial-protection-bureau`. */
export function slugOf(text: string, max = 80): string {
  const s = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '') || 'untitled';
}

/** The first sentence of a text (plain, at most 300 characters), for `summary`. */
export function firstSentence(markdown: string): string {
  const plain = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_#>`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const m = /^(.{20,}?[.!?])(\s|$)/.exec(plain);
  const sentence = m ? m[1]! : plain;
  return sentence.length <= 300 ? sentence : `${sentence.slice(0, 297).replace(/\s+\S*$/, '')}…`;
}

/** A date or date-time in any ISO-8601 form → `YYYY-MM-DD`, or undefined. */
export function isoDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCDate() === +m[3]! ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Update frequencies catalogs write as words (`Daily`, `monthly`) → ISO 8601 repeating intervals. */
const FREQUENCY_WORDS: Record<string, string> = {
  hourly: 'R/PT1H',
  daily: 'R/P1D',
  weekly: 'R/P1W',
  biweekly: 'R/P2W',
  monthly: 'R/P1M',
  quarterly: 'R/P3M',
  annually: 'R/P1Y',
  annual: 'R/P1Y',
  yearly: 'R/P1Y',
  irregular: 'irregular',
  irregularly: 'irregular',
  'as needed': 'irregular',
};

/** `Daily` → `R/P1D`; undefined when the text is not a frequency word. */
export function periodicityOfWord(value: unknown): string | undefined {
  return typeof value === 'string' ? FREQUENCY_WORDS[value.trim().toLowerCase()] : undefined;
}

/** The source fields kept in `source.extra` (no place in our schema), each with how many datasets had it, most first. */
export function unmappedFields(
  datasets: readonly Pick<ImportedDataset, 'extra'>[],
): { field: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const d of datasets) for (const field of Object.keys(d.extra)) counts.set(field, (counts.get(field) ?? 0) + 1);
  return [...counts]
    .map(([field, count]) => ({ field, count }))
    .sort((a, b) => b.count - a.count || a.field.localeCompare(b.field));
}
