// The data dictionary of a tabular resource: a Frictionless Table Schema (v1, compatible with v2).
import { z } from 'zod';
import { PlainTextSchema } from './common.ts';
import { field } from './field-meta.ts';

/** Frictionless field types. */
export const FIELD_TYPES = [
  'string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime',
  'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any',
] as const;

/** Rules every value of a column must follow. */
export const ConstraintsSchema = z.strictObject({
  required: field(z.boolean().optional(), { description: 'Every row has a value. Default: false.' }),
  unique: field(z.boolean().optional(), { description: 'No two rows share a value. Default: false.' }),
  enum: field(z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).optional(), {
    description: 'The only values allowed, e.g. `[Cat, Dog, Goat, Pig]`.',
  }),
  minimum: field(z.union([z.number(), z.string()]).optional(), { description: 'Smallest allowed value (numbers and dates).' }),
  maximum: field(z.union([z.number(), z.string()]).optional(), { description: 'Largest allowed value (numbers and dates).' }),
  minLength: field(z.number().int().nonnegative().optional(), { description: 'Shortest allowed text.' }),
  maxLength: field(z.number().int().nonnegative().optional(), { description: 'Longest allowed text.' }),
  pattern: field(z.string().optional(), { description: 'A regular expression every value matches, e.g. `^\\d{5}$`.' }),
});

/** A person's review of a column whose values look like personal data (the privacy/* rules). */
export const PrivacyReviewSchema = z.strictObject({
  reviewed: field(z.boolean(), { description: 'Whether the column was reviewed and may be published as it is.' }),
  reason: field(PlainTextSchema.trim().min(1, 'is required: say why the column may be published'), {
    description: 'Why the values are not personal data, or why they may be published, e.g. `business phone numbers of city offices`.',
  }),
});

/** One column of the table. */
export const FieldSchema = z.strictObject({
  name: field(z.string().min(1, 'is required: the column name exactly as in the file'), {
    description: 'The column\'s name exactly as in the file\'s header row, e.g. `call_start_dt`.',
  }),
  type: field(z.enum(FIELD_TYPES, { message: `must be one of: ${FIELD_TYPES.join(', ')}` }).default('string'), {
    description: 'Frictionless type: `string`, `number`, `integer`, `boolean`, `date`, `datetime` … Default: `string`.',
  }),
  format: field(z.string().optional(), { description: 'Type-specific format, e.g. `%m/%d/%Y %H:%M` for a datetime, or `default`.' }),
  title: field(PlainTextSchema.optional(), { description: 'A short human label, e.g. `Call started`.' }),
  description: field(PlainTextSchema.optional(), { description: 'What the column means, in plain language.', markdown: true }),
  unit: field(z.string().optional(), { description: 'Unit of measure, e.g. `seconds`, `USD`, `%`.' }),
  example: field(z.union([z.string(), z.number(), z.boolean()]).optional(), { description: 'An example value.' }),
  constraints: field(ConstraintsSchema.optional(), { description: 'Rules every value must follow.' }),
  privacy: field(PrivacyReviewSchema.optional(), {
    description:
      'A person checked that this column may be published although some values look like personal data (email addresses, phone numbers, street addresses …), e.g. `{ reviewed: true, reason: "phone numbers of city offices" }`. It silences the privacy findings of `npm run validate` for the column, and the dataset page shows the column as reviewed for privacy, with the reason.',
  }),
});

/** A Table Schema: the columns of a table. */
export const TableSchemaSchema = z.strictObject({
  fields: field(z.array(FieldSchema).min(1, 'needs at least one field'), { description: 'The columns, in the order of the file.' }),
  primaryKey: field(z.union([z.string(), z.array(z.string())]).optional(), { description: 'Column(s) that identify a row.' }),
  missingValues: field(z.array(z.string()).optional(), { description: 'Cell values that mean "no value". Default: `[""]`.' }),
});

export type Field = z.infer<typeof FieldSchema>;
export type TableSchema = z.infer<typeof TableSchemaSchema>;
export type FieldType = (typeof FIELD_TYPES)[number];
