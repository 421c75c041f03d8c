// A category of datasets: content/themes/<id>.yaml.
import { z } from 'zod';
import { PlainTextSchema } from './common.ts';
import { field } from './field-meta.ts';
import { NameTranslationSchema, translationsField } from './translations.ts';

export const ThemeSchema = z.strictObject({
  name: field(PlainTextSchema.trim().min(1, 'is required: the theme\'s name'), { description: 'Name shown to readers, e.g. `Public safety`.' }),
  description: field(PlainTextSchema.optional(), { description: 'One sentence on what belongs in it.', markdown: true }),
  translations: translationsField(NameTranslationSchema, '`{ es: { name: Seguridad pública, description: … } }`'),
});

export type Theme = z.infer<typeof ThemeSchema>;
