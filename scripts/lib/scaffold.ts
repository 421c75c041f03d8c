// Writes a new dataset folder from answers: required fields filled, recommended ones commented, and a data
// dictionary drafted from a CSV's columns. Checks the answers first and writes nothing if any is wrong.
import type nodeFs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { CatalogContent } from '../../src/lib/content/read-catalog.ts';
import { findLicense } from '../../src/schemas/licenses.ts';
import {
  datasetSlug,
  DatasetSchema,
  DatasetTranslationSchema,
  fieldAt,
  ID_PATTERN,
  isListPageId,
  markdownFields,
  shapeOf,
} from '../../src/schemas/index.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { catalogLanguages } from '../../src/lib/content/languages.ts';
import { sampleTable } from '../../src/lib/tabular/sample.ts';
import { inferType, looksLikeUtf8 } from '../../src/lib/tabular/infer.ts';
import { fileTypeOfExtension, resourceKind } from '../../src/lib/resource-kind.ts';

export const FREQUENCIES: Record<string, string> = {
  hourly: 'R/PT1H',
  daily: 'R/P1D',
  weekly: 'R/P1W',
  monthly: 'R/P1M',
  quarterly: 'R/P3M',
  yearly: 'R/P1Y',
  irregular: 'irregular',
};

export interface ScaffoldAnswers {
  title?: string | undefined;
  summary?: string | undefined;
  slug?: string | undefined;
  organization?: string | undefined;
  themes?: string[] | undefined;
  license?: string | undefined;
  contactName?: string | undefined;
  contactEmail?: string | undefined;
  frequency?: string | undefined;
  keywords?: string[] | undefined;
  file?: string | undefined;
}

export type ScaffoldResult = { ok: true; file: string; copied?: string } | { ok: false; errors: string[] };

/** `Street Trees (2024)!` → `street-trees-2024`. */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export function scaffoldDataset(
  contentDir: string,
  a: ScaffoldAnswers,
  catalog: CatalogContent,
  effects: { today: Date; fs: typeof nodeFs },
): ScaffoldResult {
  const { fs } = effects;
  const errors: string[] = [];
  const slug = a.slug ?? (a.title ? datasetSlug(slugify(a.title)) : '');
  const frequency = a.frequency ? (FREQUENCIES[a.frequency.toLowerCase()] ?? a.frequency) : undefined;
  const orgIds = catalog.organizations.map((o) => o.id);
  const themeIds = catalog.themes.map((t) => t.id);
  if (!a.title) errors.push('--title is required: the name of the dataset');
  if (!slug)
    errors.push('--slug could not be made from the title; give one with lower-case letters, digits and hyphens');
  else if (!ID_PATTERN.test(slug)) errors.push(`--slug "${slug}" must be lower-case letters, digits and hyphens`);
  else if (isListPageId(slug))
    errors.push(
      `--slug "${slug}" is only digits, the URL of a page of the list of datasets; use e.g. ${datasetSlug(slug)}`,
    );
  else if (fs.existsSync(path.join(contentDir, 'datasets', slug)))
    errors.push(`content/datasets/${slug} already exists; choose another --slug`);
  if (!a.organization) errors.push(`--organization is required: one of ${orgIds.join(', ')}`);
  else if (!orgIds.includes(a.organization))
    errors.push(`--organization "${a.organization}" is not an organization; use one of ${orgIds.join(', ')}`);
  for (const t of a.themes ?? [])
    if (!themeIds.includes(t)) errors.push(`--themes: "${t}" is not a theme; use ids from ${themeIds.join(', ')}`);
  // The values are checked by the dataset schema itself, so the scaffold accepts exactly what the build accepts.
  const check = (flag: string, field: PropertyKey[], value: string, hint = '') => {
    const result = fieldAt(DatasetSchema, field)?.safeParse(value);
    if (!result || result.success) return;
    const message = result.error.issues[0]?.message ?? 'is not valid';
    errors.push(`${flag} ${message.startsWith('"') ? message : `"${value}" ${message}`}${hint}`);
  };
  if (!a.license) errors.push('--license is required: an SPDX id such as CC-BY-4.0');
  else check('--license', ['license'], a.license);
  if (!a.contactName) errors.push('--contact-name is required: a person or team who answers questions');
  if (!a.contactEmail) errors.push('--contact-email is required');
  else check('--contact-email', ['contactPoint', 'email'], a.contactEmail);
  if (frequency)
    check('--frequency', ['accrualPeriodicity'], frequency, `, or one of ${Object.keys(FREQUENCIES).join(', ')}`);
  if (a.file && !fs.existsSync(a.file)) errors.push(`--file "${a.file}" does not exist`);
  else if (a.file && fs.statSync(a.file).size === 0) errors.push(`--file "${a.file}" is empty`);
  if (errors.length) return { ok: false, errors };

  const today = effects.today.toISOString().slice(0, 10);
  const meta: Record<string, unknown> = {
    title: a.title,
    summary: a.summary ?? `TODO: one sentence saying what ${a.title} is.`,
    organization: a.organization,
    contactPoint: { name: a.contactName, email: a.contactEmail },
    license: findLicense(a.license!)?.id ?? a.license,
    modified: today,
    accessLevel: 'public',
    keywords: a.keywords?.length ? a.keywords : [slug.split('-')[0]],
    themes: a.themes ?? [],
    issued: today,
    ...(frequency ? { accrualPeriodicity: frequency } : {}),
  };
  let copied: string | undefined;
  if (a.file) {
    const name = path
      .basename(a.file)
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-');
    const ext = path.extname(name);
    const known = fileTypeOfExtension(ext);
    const format = known?.format ?? (ext.slice(1).toUpperCase() || 'Data');
    const resource: Record<string, unknown> = {
      title: a.title,
      path: name,
      format,
      mediaType: known?.mediaType ?? 'application/octet-stream',
    };
    const kind = resourceKind({ format, path: name });
    if (kind.tabular) {
      const bytes = fs.readFileSync(a.file);
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      const encoding = bom ? 'utf-8-sig' : looksLikeUtf8(bytes.subarray(0, 1 << 20)) ? 'utf-8' : 'windows-1252';
      const sample = sampleTable(bytes.subarray(0, 4 << 20), { encoding, delimiter: kind.delimiter, maxRows: 1000 });
      resource['dialect'] = { delimiter: sample.delimiter, encoding };
      resource['schema'] = {
        fields: sample.header.map((column, i) => ({
          name: column,
          type: inferType(sample.rows.map((r) => r[i] ?? '')),
          title: column
            .trim()
            .replace(/[_-]+/g, ' ')
            .replace(/^./, (c) => c.toUpperCase()),
          description: 'TODO: what this column means, in plain language.',
        })),
      };
    }
    meta['resources'] = [resource];
    copied = name;
  } else {
    meta['resources'] = [{ title: a.title, url: 'https://example.org/TODO-where-the-data-is', format: 'Web page' }];
  }

  const recommended = [
    '# Recommended: fill these in and remove the "#".',
    '# temporal: 2024-01-01/2024-12-31        # the period the data covers',
    '# spatial: Portland, Oregon              # the area it covers',
    '# language: [en-US]',
    "# landingPage: https://…                # the publisher's own page for the data",
    '# methodology: How the data is collected.',
    '# caveats: What to watch out for.',
  ];
  const columns = ((meta['resources'] as { schema?: { fields: { name: string }[] } }[])[0]?.schema?.fields ?? []).map(
    (f) => f.name,
  );
  const translations = translationsBlock(catalogLanguages(catalog.catalog), columns);
  const body = `TODO: describe the data for residents: what it is, what one row means, and how it can be used.\n`;
  const text = `---\n${stringify(meta, { lineWidth: 0 })}${[...recommended, ...translations].join('\n')}\n---\n${body}`;
  const dir = path.join(contentDir, 'datasets', slug);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.md'), text);
  if (a.file && copied) fs.copyFileSync(a.file, path.join(dir, copied));
  return { ok: true, file: path.join(dir, 'index.md'), ...(copied ? { copied } : {}) };
}

/**
 * A commented `translations:` block with a language block for each of the catalog's languages but the default:
 * every field a translation may have (from the schema), and the drafted columns. Empty with one language.
 */
export function translationsBlock(languages: readonly string[], columns: readonly string[]): string[] {
  const [original, ...others] = languages;
  if (!others.length) return [];
  const name = (lang: string) => LANGUAGES[lang as keyof typeof LANGUAGES] ?? lang;
  const markdown = new Set(markdownFields(DatasetTranslationSchema));
  const lines = [
    `# Translations into ${others.map(name).join(', ')}: fill in what you can and remove the "#"; what is left out is shown in ${name(original!)}.`,
    '# translations:',
  ];
  const note = (line: string, comment: string) => `${line.padEnd(42)}# ${comment}`;
  for (const lang of others) {
    lines.push(`#   ${lang}:`);
    for (const field of Object.keys(shapeOf(DatasetTranslationSchema) ?? {})) {
      if (field === 'columns') {
        if (!columns.length) continue;
        lines.push(note('#     columns:', 'the data dictionary, by column name'));
        for (const column of columns) lines.push(`#       ${JSON.stringify(column)}: { title: …, description: … }`);
      } else if (field === 'description') {
        lines.push(note('#     description: |', 'the description below (Markdown)'), '#       …');
      } else lines.push(markdown.has(field) ? note(`#     ${field}: …`, 'Markdown') : `#     ${field}: …`);
    }
  }
  return lines;
}
