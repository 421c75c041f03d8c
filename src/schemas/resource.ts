// A resource of a dataset: a local file beside index.md or a remote URL, with its data dictionary.
import { z } from 'zod';
import { MEDIA_TYPE_PATTERN, PlainTextSchema, UrlSchema } from './common.ts';
import { TableSchemaSchema } from './table-schema.ts';

/** A file name inside the dataset folder: no folders above it, no absolute paths. */
const LocalPathSchema = z
  .string()
  .regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\\:*?"<>|]+$/, {
    message: 'must be a file name inside the dataset folder, such as "data.csv" (no "..", no leading "/")',
  });

/** How a delimited text file is written. */
export const DialectSchema = z.strictObject({
  /** Column separator. Default: `,`. */
  delimiter: z.string().min(1).max(2).optional(),
  /** Text encoding, e.g. `utf-8`, `utf-8-sig` (with byte-order mark), `windows-1252`. Default: `utf-8`. */
  encoding: z.string().optional(),
  /** Whether the first row holds the column names. Default: true. */
  header: z.boolean().optional(),
  /** Quote character. Default: `"`. */
  quoteChar: z.string().length(1).optional(),
  /** Line ending, e.g. `\r\n`. Detected when absent. */
  lineTerminator: z.string().optional(),
});

/** Where a copied file came from, so that anyone can trace it. */
export const ProvenanceSchema = z.strictObject({
  /** The repository or portal the file was taken from, e.g. `https://github.com/codeforpdx/open-data-streams`. */
  repository: UrlSchema,
  /** Path of the file in that repository. */
  path: z.string().optional(),
  /** Commit the file was taken at. */
  commit: z.string().optional(),
  /** The licence as the source states it, word for word. */
  licence: z.string().optional(),
});

/** One downloadable file or web resource of a dataset. Exactly one of `path` or `url`. */
export const ResourceSchema = z
  .strictObject({
    /** What the file is, e.g. `911 calls, April 2018`. */
    title: PlainTextSchema.min(1, 'is required: a short name for the file'),
    /** A file beside index.md, e.g. `calls.csv`. Served at `/datasets/<slug>/<path>`. */
    path: LocalPathSchema.optional(),
    /** A remote address, e.g. an API or the publisher's download page. */
    url: UrlSchema.optional(),
    /** Format shown to readers, e.g. `CSV`, `GeoJSON`, `JSON`, `API`. */
    format: z.string().min(1, 'is required, for example CSV or GeoJSON'),
    /** IANA media type, e.g. `text/csv`. Derived from the format when absent. */
    mediaType: z.string().regex(MEDIA_TYPE_PATTERN, { message: 'must be a media type such as text/csv' }).optional(),
    /** What is in it, in plain language. */
    description: PlainTextSchema.optional(),
    /** How a CSV is written (delimiter, encoding). */
    dialect: DialectSchema.optional(),
    /** The data dictionary: a Table Schema written inline, or the path of a JSON/YAML file beside index.md. */
    schema: z.union([TableSchemaSchema, LocalPathSchema]).optional(),
    /** Where a copied file came from. */
    provenance: ProvenanceSchema.optional(),
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
