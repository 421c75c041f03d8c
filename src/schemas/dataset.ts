// A dataset's metadata: the front matter of content/datasets/<slug>/index.md (DCAT-US 1.1 field meanings).
import { z } from 'zod';
import { ContactSchema, DateSchema, IdSchema, KeywordSchema, LicenseSchema, PlainTextSchema, UrlSchema } from './common.ts';
import { field } from './field-meta.ts';
import { ResourceSchema } from './resource.ts';
import { DatasetTranslationSchema, translationsField } from './translations.ts';

/** Who may get the data (DCAT-US `accessLevel`). */
export const ACCESS_LEVELS = ['public', 'restricted public', 'non-public'] as const;

/** ISO 8601 repeating interval such as `R/P1M` or `R/PT1H`, or `irregular`. */
export const PeriodicitySchema = z.string().regex(/^(irregular|R\/P(?:\d+(?:\.\d+)?[YMWD])+(?:T(?:\d+(?:\.\d+)?[HMS])+)?|R\/PT(?:\d+(?:\.\d+)?[HMS])+)$/, {
  message: 'must be an ISO 8601 repeating interval such as R/P1M (monthly), R/P1Y (yearly), R/P1D (daily), or "irregular"',
});

/** A period of time `start/end`, each a date or date-time, e.g. `2018-04-01/2018-04-30`. */
export const TemporalSchema = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string()).pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\/\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/, {
  message: 'must be a period written start/end, for example 2018-04-01/2018-04-30',
}));

/**
 * Fields `npm run import -- … --fill-missing` may fill with a placeholder because the source does not state
 * them. A field listed in `source.placeholders` is shown as "not stated by the source", never as a fact.
 */
export const PLACEHOLDER_FIELDS = [
  'organization',
  'contactPoint',
  'license',
  'modified',
  'accessLevel',
  'keywords',
  'rights',
  'accessInstructions',
  'resources',
] as const;

/** The origin of an imported dataset, so that a later import can update it without undoing people's edits. */
export const SourceSchema = z.strictObject({
  kind: field(z.enum(['dcat-us', 'ckan', 'datapackage', 'jkan']), {
    description: 'The kind of catalog it came from: `dcat-us`, `ckan`, `datapackage` or `jkan`.',
  }),
  url: field(z.string().min(1), { description: 'The file or address it was imported from.' }),
  identifier: field(z.string().min(1), { description: 'Its identifier in that catalog.' }),
  harvested: field(DateSchema, { description: 'When it was last imported, `YYYY-MM-DD`.' }),
  fields: field(z.record(z.string(), z.string()).optional(), {
    description: 'A fingerprint of each field as last imported: a field whose value no longer matches was edited here, and is kept.',
  }),
  extra: field(z.record(z.string(), z.unknown()).optional(), { description: 'Fields of the source that have no place in this schema, kept as they were.' }),
  placeholders: field(z.array(z.enum(PLACEHOLDER_FIELDS, { message: `must list field names among: ${PLACEHOLDER_FIELDS.join(', ')}` })).optional(), {
    description:
      'Fields the import filled with a placeholder because the source does not state them, e.g. `[modified, contactPoint]`; the site shows them as "not stated by the source". When you give one a real value, remove its name from this list.',
  }),
});

export const DatasetSchema = z
  .strictObject({
    title: field(PlainTextSchema.trim().min(1, 'is required: the name of the dataset').max(200, 'is too long; keep it under 200 characters'), {
      description: 'The dataset\'s name, e.g. `911 calls answered in April 2018`.',
      requiredHint: 'is required: add a title such as "Street trees"',
    }),
    summary: field(
      PlainTextSchema.trim().min(1, 'is required: one sentence saying what the data is').max(300, 'is too long; one sentence under 300 characters'),
      {
        description: 'One plain sentence for cards and search results (≤ 300 characters).',
        requiredHint: 'is required: add one sentence saying what the data is',
      },
    ),
    organization: field(IdSchema, {
      description: 'Id of the publishing organization: a file `content/organizations/<id>.yaml`.',
      requiredHint: 'is required: the id of a file in content/organizations/',
    }),
    contactPoint: field(ContactSchema, {
      description: 'Who answers questions about the data.',
      requiredHint: 'is required: add contactPoint with a name and an email',
    }),
    license: field(LicenseSchema, {
      description: 'Licence: SPDX id (`CC-BY-4.0`), `NOASSERTION`, or licence URL.',
      requiredHint: 'is required: an SPDX id such as CC-BY-4.0, or the URL of the licence',
    }),
    modified: field(DateSchema, {
      description: 'When the data last changed, `YYYY-MM-DD`.',
      requiredHint: 'is required: the date the data last changed, as YYYY-MM-DD',
    }),
    accessLevel: field(z.enum(ACCESS_LEVELS, { message: 'must be one of: public, restricted public, non-public' }), {
      description: 'Who may get the data: `public`, `restricted public` or `non-public`.',
      requiredHint: 'is required: public, restricted public or non-public',
    }),
    keywords: field(z.array(KeywordSchema).min(1, 'needs at least one keyword'), {
      description: 'Words people search for, e.g. `[911, emergency calls]`. At least one; numbers are read as words.',
      requiredHint: 'is required: a list of words people would search for',
    }),
    themes: field(z.array(IdSchema).default([]), {
      description: 'Ids of themes (`content/themes/<id>.yaml`). Recommended.',
      recommended: 'helps people browse to the data; add one or more theme ids',
    }),
    isPartOf: field(IdSchema.optional(), {
      description:
        'The slug of the parent dataset in this catalog when this dataset is part of a collection (DCAT-US `isPartOf`), e.g. `employee-relations-roundtables`. The parent\'s page lists it.',
    }),
    issued: field(DateSchema.optional(), { description: 'When the data was first published, `YYYY-MM-DD`. Recommended.' }),
    accrualPeriodicity: field(PeriodicitySchema.optional(), {
      description: 'How often it is updated: `R/P1D`, `R/P1W`, `R/P1M`, `R/P1Y`, … or `irregular`. Recommended.',
      recommended: 'tells people how often to expect updates; add e.g. R/P1M or irregular',
    }),
    temporal: field(TemporalSchema.optional(), {
      description: 'Period the data covers, `start/end`. Recommended.',
      recommended: 'tells people the period the data covers; add start/end dates',
    }),
    spatial: field(PlainTextSchema.optional(), {
      description: 'Place the data covers, e.g. `Portland, Oregon`. Recommended.',
      recommended: 'tells people the area the data covers; add a place name',
    }),
    language: field(z.array(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: 'must be a language tag such as en-US' })).optional(), {
      description: 'Languages of the data, e.g. `[en-US]`. Recommended.',
    }),
    landingPage: field(UrlSchema.optional(), { description: 'The publisher\'s own page for the data. Recommended.' }),
    references: field(z.array(UrlSchema).optional(), { description: 'Related documents.' }),
    methodology: field(PlainTextSchema.optional(), { description: 'How the data is collected or produced (Markdown).', markdown: true }),
    caveats: field(PlainTextSchema.optional(), { description: 'What to watch out for when using it (Markdown).', markdown: true }),
    rights: field(PlainTextSchema.optional(), { description: 'Why access is limited. Required unless `accessLevel` is `public`.', markdown: true }),
    accessInstructions: field(PlainTextSchema.optional(), { description: 'How to request access. Required unless `accessLevel` is `public`.', markdown: true }),
    resources: field(z.array(ResourceSchema).default([]), {
      description: 'The files and links. A public dataset should list at least one (without any, its page says no download is listed: rule no-resource); a restricted dataset may list none.',
    }),
    translations: translationsField(
      DatasetTranslationSchema,
      '`{ es: { title: …, summary: …, description: …, methodology: …, caveats: …, columns: { <column name>: { title: …, description: … } } } }`',
    ),
    source: field(SourceSchema.optional(), {
      description: 'Where an imported dataset came from; written by `npm run import`, which uses it to update the dataset later.',
    }),
  })
  .superRefine((d, ctx) => {
    if (d.accessLevel !== 'public') {
      if (!d.rights) ctx.addIssue({ code: 'custom', path: ['rights'], message: `is required when accessLevel is "${d.accessLevel}": say why access is limited` });
      if (!d.accessInstructions) ctx.addIssue({ code: 'custom', path: ['accessInstructions'], message: `is required when accessLevel is "${d.accessLevel}": say how to request the data` });
      d.resources.forEach((r, i) => {
        if (r.path) ctx.addIssue({ code: 'custom', path: ['resources', i, 'path'], message: `a ${d.accessLevel} dataset must not publish files; remove the file and explain access in accessInstructions` });
      });
    }
  });

export type Dataset = z.infer<typeof DatasetSchema>;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];
