// A publisher: content/organizations/<id>.yaml.
import { z } from 'zod';
import { EmailSchema, PlainTextSchema, UrlSchema } from './common.ts';
import { field } from './field-meta.ts';
import { NameTranslationSchema, translationsField } from './translations.ts';

export const OrganizationSchema = z.strictObject({
  name: field(PlainTextSchema.trim().min(1, 'is required: the organization\'s name'), { description: 'Full name, e.g. `Bureau of Emergency Communications`.' }),
  description: field(PlainTextSchema.optional(), { description: 'What it does, in plain language (Markdown).', markdown: true }),
  homepage: field(UrlSchema.optional(), { description: 'Its public web site.' }),
  email: field(EmailSchema.optional(), { description: 'A public contact address.' }),
  parent: field(PlainTextSchema.optional(), { description: 'The larger body it belongs to, e.g. `City of Portland` (DCAT-US `subOrganizationOf`).' }),
  translations: translationsField(NameTranslationSchema, '`{ es: { name: Oficina de Comunicaciones de Emergencia, description: … } }`'),
});

export type Organization = z.infer<typeof OrganizationSchema>;
