// A dataset's metadata: the front matter of content/datasets/<slug>/index.md (DCAT-US 1.1 field meanings).
import { z } from 'zod';
import { ContactSchema, DateSchema, IdSchema, KeywordSchema, LicenseSchema, PlainTextSchema, UrlSchema } from './common.ts';
import { ResourceSchema } from './resource.ts';

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

/** The origin of an imported dataset, so that a later import can update it without undoing people's edits. */
export const SourceSchema = z.strictObject({
  /** The kind of catalog it came from: `dcat-us`, `ckan`, `datapackage` or `jkan`. */
  kind: z.enum(['dcat-us', 'ckan', 'datapackage', 'jkan']),
  /** The file or address it was imported from. */
  url: z.string().min(1),
  /** Its identifier in that catalog. */
  identifier: z.string().min(1),
  /** When it was last imported, `YYYY-MM-DD`. */
  harvested: DateSchema,
  /** A fingerprint of each field as last imported: a field whose value no longer matches was edited here, and is kept. */
  fields: z.record(z.string(), z.string()).optional(),
  /** Fields of the source that have no place in this schema, kept as they were. */
  extra: z.record(z.string(), z.unknown()).optional(),
});

export const DatasetSchema = z
  .strictObject({
    /** The dataset's name, e.g. `911 calls answered in April 2018`. */
    title: PlainTextSchema.trim().min(1, 'is required: the name of the dataset').max(200, 'is too long; keep it under 200 characters'),
    /** One plain sentence for cards and search results (≤ 300 characters). */
    summary: PlainTextSchema.trim().min(1, 'is required: one sentence saying what the data is').max(300, 'is too long; one sentence under 300 characters'),
    /** Id of the publishing organization: a file `content/organizations/<id>.yaml`. */
    organization: IdSchema,
    /** Who answers questions about the data. */
    contactPoint: ContactSchema,
    /** Licence: SPDX id (`CC-BY-4.0`), `NOASSERTION`, or licence URL. */
    license: LicenseSchema,
    /** When the data last changed, `YYYY-MM-DD`. */
    modified: DateSchema,
    /** Who may get the data: `public`, `restricted public` or `non-public`. */
    accessLevel: z.enum(ACCESS_LEVELS, { message: 'must be one of: public, restricted public, non-public' }),
    /** Words people search for, e.g. `[911, emergency calls]`. At least one; numbers are read as words. */
    keywords: z.array(KeywordSchema).min(1, 'needs at least one keyword'),
    /** Ids of themes (`content/themes/<id>.yaml`). Recommended. */
    themes: z.array(IdSchema).default([]),
    /** When the data was first published, `YYYY-MM-DD`. Recommended. */
    issued: DateSchema.optional(),
    /** How often it is updated: `R/P1D`, `R/P1W`, `R/P1M`, `R/P1Y`, … or `irregular`. Recommended. */
    accrualPeriodicity: PeriodicitySchema.optional(),
    /** Period the data covers, `start/end`. Recommended. */
    temporal: TemporalSchema.optional(),
    /** Place the data covers, e.g. `Portland, Oregon`. Recommended. */
    spatial: PlainTextSchema.optional(),
    /** Languages of the data, e.g. `[en-US]`. Recommended. */
    language: z.array(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: 'must be a language tag such as en-US' })).optional(),
    /** The publisher's own page for the data. Recommended. */
    landingPage: UrlSchema.optional(),
    /** Related documents. */
    references: z.array(UrlSchema).optional(),
    /** How the data is collected or produced (Markdown). */
    methodology: PlainTextSchema.optional(),
    /** What to watch out for when using it (Markdown). */
    caveats: PlainTextSchema.optional(),
    /** Why access is limited. Required unless `accessLevel` is `public`. */
    rights: PlainTextSchema.optional(),
    /** How to request access. Required unless `accessLevel` is `public`. */
    accessInstructions: PlainTextSchema.optional(),
    /** The files and links. A public dataset needs at least one; a restricted dataset may list none. */
    resources: z.array(ResourceSchema).default([]),
    /** Where an imported dataset came from; written by `npm run import`, which uses it to update the dataset later. */
    source: SourceSchema.optional(),
  })
  .superRefine((d, ctx) => {
    if (d.accessLevel !== 'public') {
      if (!d.rights) ctx.addIssue({ code: 'custom', path: ['rights'], message: `is required when accessLevel is "${d.accessLevel}": say why access is limited` });
      if (!d.accessInstructions) ctx.addIssue({ code: 'custom', path: ['accessInstructions'], message: `is required when accessLevel is "${d.accessLevel}": say how to request the data` });
      d.resources.forEach((r, i) => {
        if (r.path) ctx.addIssue({ code: 'custom', path: ['resources', i, 'path'], message: `a ${d.accessLevel} dataset must not publish files; remove the file and explain access in accessInstructions` });
      });
    } else if (d.resources.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['resources'], message: 'a public dataset needs at least one resource (a file or a URL)' });
    }
    if (d.issued && d.issued > d.modified) {
      ctx.addIssue({ code: 'custom', path: ['issued'], message: `is after modified (${d.modified}); a dataset cannot be changed before it is first published` });
    }
  });

export type Dataset = z.infer<typeof DatasetSchema>;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];
