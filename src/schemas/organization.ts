// A publisher: content/organizations/<id>.yaml.
import { z } from 'zod';
import { EmailSchema, PlainTextSchema, UrlSchema } from './common.ts';

export const OrganizationSchema = z.strictObject({
  /** Full name, e.g. `Bureau of Emergency Communications`. */
  name: PlainTextSchema.trim().min(1, 'is required: the organization\'s name'),
  /** What it does, in plain language (Markdown). */
  description: PlainTextSchema.optional(),
  /** Its public web site. */
  homepage: UrlSchema.optional(),
  /** A public contact address. */
  email: EmailSchema.optional(),
  /** The larger body it belongs to, e.g. `City of Portland` (DCAT-US `subOrganizationOf`). */
  parent: PlainTextSchema.optional(),
});

export type Organization = z.infer<typeof OrganizationSchema>;
