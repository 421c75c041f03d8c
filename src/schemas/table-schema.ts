// The data dictionary of a tabular resource: a Frictionless Table Schema (v1, compatible with v2).
import { z } from 'zod';
import { PlainTextSchema } from './common.ts';

/** Frictionless field types. */
export const FIELD_TYPES = [
  'string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime',
  'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any',
] as const;

/** Rules every value of a column must follow. */
export const ConstraintsSchema = z.strictObject({
  /** Every row has a value. Default: false. */
  required: z.boolean().optional(),
  /** No two rows share a value. Default: false. */
  unique: z.boolean().optional(),
  /** The only values allowed, e.g. `[Cat, Dog, Goat, Pig]`. */
  enum: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).optional(),
  /** Smallest allowed value (numbers and dates). */
  minimum: z.union([z.number(), z.string()]).optional(),
  /** Largest allowed value (numbers and dates). */
  maximum: z.union([z.number(), z.string()]).optional(),
  /** Shortest allowed text. */
  minLength: z.number().int().nonnegative().optional(),
  /** Longest allowed text. */
  maxLength: z.number().int().nonnegative().optional(),
  /** A regular expression every value matches, e.g. `^\d{5}$`. */
  pattern: z.string().optional(),
});

/** One column of the table. */
export const FieldSchema = z.strictObject({
  /** The column's name exactly as in the file's header row, e.g. `call_start_dt`. */
  name: z.string().min(1, 'is required: the column name exactly as in the file'),
  /** Frictionless type: `string`, `number`, `integer`, `boolean`, `date`, `datetime` … Default: `string`. */
  type: z.enum(FIELD_TYPES, { message: `must be one of: ${FIELD_TYPES.join(', ')}` }).default('string'),
  /** Type-specific format, e.g. `%m/%d/%Y %H:%M` for a datetime, or `default`. */
  format: z.string().optional(),
  /** A short human label, e.g. `Call started`. */
  title: PlainTextSchema.optional(),
  /** What the column means, in plain language. */
  description: PlainTextSchema.optional(),
  /** Unit of measure, e.g. `seconds`, `USD`, `%`. */
  unit: z.string().optional(),
  /** An example value. */
  example: z.union([z.string(), z.number(), z.boolean()]).optional(),
  /** Rules every value must follow. */
  constraints: ConstraintsSchema.optional(),
});

/** A Table Schema: the columns of a table. */
export const TableSchemaSchema = z.strictObject({
  /** The columns, in the order of the file. */
  fields: z.array(FieldSchema).min(1, 'needs at least one field'),
  /** Column(s) that identify a row. */
  primaryKey: z.union([z.string(), z.array(z.string())]).optional(),
  /** Cell values that mean "no value". Default: `[""]`. */
  missingValues: z.array(z.string()).optional(),
});

export type Field = z.infer<typeof FieldSchema>;
export type TableSchema = z.infer<typeof TableSchemaSchema>;
export type FieldType = (typeof FIELD_TYPES)[number];
