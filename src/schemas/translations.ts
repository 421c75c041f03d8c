// Translations written by staff, kept in the same file as the original text: `translations: { es: { … } }`, one
// block per language. The original fields are in the catalog's default language; a text left out of a block is
// shown in the original. Pages read them through src/lib/content/localize.ts.
import { z } from 'zod';
import { LanguageKeySchema, PlainTextSchema } from './common.ts';
import { field } from './field-meta.ts';


/** One column of a data dictionary in another language, found by its `name`. */
export const ColumnTranslationSchema = z.strictObject({
  title: field(PlainTextSchema.trim().min(1).optional(), { description: 'The column\'s `title` in this language, e.g. `Llamada iniciada`.' }),
  description: field(PlainTextSchema.trim().min(1).optional(), {
    description: 'The column\'s `description` in this language, in plain words.',
    markdown: true,
  }),
});

/** A dataset's texts in one language other than the default. */
export const DatasetTranslationSchema = z.strictObject({
  title: field(PlainTextSchema.trim().min(1).max(200, 'is too long; keep it under 200 characters').optional(), {
    description: 'The dataset\'s name in this language, e.g. `Llamadas al 911 atendidas en abril de 2018`.',
  }),
  summary: field(PlainTextSchema.trim().min(1).max(300, 'is too long; one sentence under 300 characters').optional(), {
    description: 'The one-sentence summary in this language (≤ 300 characters).',
  }),
  description: field(PlainTextSchema.trim().min(1).optional(), {
    description: 'The description (the body of index.md) in this language (Markdown).',
    markdown: true,
  }),
  methodology: field(PlainTextSchema.trim().min(1).optional(), { description: '`methodology` in this language (Markdown).', markdown: true }),
  caveats: field(PlainTextSchema.trim().min(1).optional(), { description: '`caveats` in this language (Markdown).', markdown: true }),
  columns: field(z.record(z.string().min(1), ColumnTranslationSchema).optional(), {
    description:
      'The data dictionary in this language, by column name (the `name` of a field of any resource\'s `schema`), e.g. `{ call_start_dt: { title: Llamada iniciada } }`.',
  }),
});

/** An organization's or a theme's texts in one language other than the default. */
export const NameTranslationSchema = z.strictObject({
  name: field(PlainTextSchema.trim().min(1).optional(), { description: 'The name in this language, e.g. `Seguridad pública`.' }),
  description: field(PlainTextSchema.trim().min(1).optional(), { description: 'The description in this language.', markdown: true }),
});

/** The portal's own texts (content/catalog.yaml) in one language other than the default. */
export const CatalogTranslationSchema = z.strictObject({
  name: field(PlainTextSchema.trim().min(1).optional(), { description: 'The portal\'s name in this language, e.g. `Catálogo de Datos Cívicos`.' }),
  tagline: field(PlainTextSchema.trim().min(1).optional(), { description: 'The line under the name, in this language.' }),
  description: field(PlainTextSchema.trim().min(1).optional(), {
    description: 'What the portal is, in this language (shown on the home page; paragraphs separated by a blank line).',
    markdown: true,
  }),
});

/**
 * `translations:` of a content type: a block per language code, each holding the fields of `entry`. A code the
 * portal has no interface for is an error; a code the catalog does not list is a warning of the validator.
 */
export function translationsField<T extends z.ZodType>(entry: T, example: string) {
  return field(z.record(LanguageKeySchema, entry).optional(), {
    description: `Texts in other languages, by language code: ${example}. Each is optional; what is left out is shown in the original language. Write the original fields in the catalog's default language (the first of \`languages\` in content/catalog.yaml).`,
  });
}

export type DatasetTranslation = z.infer<typeof DatasetTranslationSchema>;
export type NameTranslation = z.infer<typeof NameTranslationSchema>;
export type CatalogTranslation = z.infer<typeof CatalogTranslationSchema>;
export type ColumnTranslation = z.infer<typeof ColumnTranslationSchema>;
