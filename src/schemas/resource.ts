// A resource of a dataset: a local file beside index.md or a remote URL, with its data dictionary.
import { z } from 'zod';
import { MEDIA_TYPE_PATTERN, PlainTextSchema, UrlSchema } from './common.ts';
import { field } from './field-meta.ts';
import { TableSchemaSchema } from './table-schema.ts';

/** A file name inside the dataset folder: no folders above it, no absolute paths. */
const LocalPathSchema = z
  .string()
  .regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\\:*?"<>|]+$/, {
    message: 'must be a file name inside the dataset folder, such as "data.csv" (no "..", no leading "/")',
  });

/** How a delimited text file is written. */
export const DialectSchema = z.strictObject({
  delimiter: field(z.string().min(1).max(2).optional(), { description: 'Column separator. Default: `,`.' }),
  encoding: field(z.string().optional(), { description: 'Text encoding, e.g. `utf-8`, `utf-8-sig` (with byte-order mark), `windows-1252`. Default: `utf-8`.' }),
  header: field(z.boolean().optional(), { description: 'Whether the first row holds the column names. Default: true.' }),
  quoteChar: field(z.string().length(1).optional(), { description: 'Quote character. Default: `"`.' }),
  lineTerminator: field(z.string().optional(), { description: 'Line ending, e.g. `\\r\\n`. Detected when absent.' }),
});

/** Where a copied file came from, so that anyone can trace it. `licence`, the old spelling, is read as `license` for one release. */
export const ProvenanceSchema = z
  .strictObject({
    repository: field(UrlSchema, {
      description: 'The repository or portal the file was taken from, e.g. `https://github.com/codeforpdx/open-data-streams`.',
    }),
    path: field(z.string().optional(), { description: 'Path of the file in that repository.' }),
    commit: field(z.string().optional(), { description: 'Commit the file was taken at.' }),
    license: field(z.string().optional(), { description: 'The licence as the source states it, word for word.' }),
    licence: field(z.string().optional(), {
      description: 'Old spelling of `license`, read as `license` for one release; write `license`.',
      oldSpellingOf: 'license',
    }),
  })
  // An overwrite, not a transform: a transform would make every schema holding this one drop its defaults from the JSON Schema.
  .overwrite(({ licence, ...p }) => (p.license === undefined && licence !== undefined ? { ...p, license: licence } : p));

/** One downloadable file or web resource of a dataset. Exactly one of `path` or `url`. */
export const ResourceSchema = z
  .strictObject({
    title: field(PlainTextSchema.min(1, 'is required: a short name for the file'), {
      description: 'What the file is, e.g. `911 calls, April 2018`.',
      requiredHint: 'is required: a short name for the file',
    }),
    path: field(LocalPathSchema.optional(), { description: 'A file beside index.md, e.g. `calls.csv`. Served at `/datasets/<slug>/<path>`.' }),
    url: field(UrlSchema.optional(), { description: 'A remote address, e.g. an API or the publisher\'s download page.' }),
    format: field(z.string().min(1, 'is required, for example CSV or GeoJSON'), {
      description: 'Format shown to readers, e.g. `CSV`, `GeoJSON`, `JSON`, `API`.',
      requiredHint: 'is required, for example CSV or GeoJSON',
    }),
    mediaType: field(z.string().regex(MEDIA_TYPE_PATTERN, { message: 'must be a media type such as text/csv' }).optional(), {
      description: 'IANA media type, e.g. `text/csv`. Derived from the format when absent.',
    }),
    description: field(PlainTextSchema.optional(), { description: 'What is in it, in plain language.', markdown: true }),
    dialect: field(DialectSchema.optional(), { description: 'How a CSV is written (delimiter, encoding).' }),
    schema: field(z.union([TableSchemaSchema, LocalPathSchema]).optional(), {
      description: 'The data dictionary: a Table Schema written inline, or the path of a JSON/YAML file beside index.md.',
    }),
    provenance: field(ProvenanceSchema.optional(), { description: 'Where a copied file came from.' }),
  })
  .superRefine((r, ctx) => {
    if (r.path && r.url) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'a resource has either "path" (a local file) or "url" (remote), not both; remove one' });
    } else if (!r.path && !r.url) {
      ctx.addIssue({ code: 'custom', path: ['path'], message: 'is required: give "path" (a file beside index.md) or "url" (a remote address)' });
    }
  });

export type Resource = z.infer<typeof ResourceSchema>;
export type Dialect = z.infer<typeof DialectSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
