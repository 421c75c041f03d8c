// The Markdown sections of a dataset page after its description: every Markdown field of the schema that has
// a value, in the schema's order. A Markdown field added to the schema shows up without a change to the page.
import type { z } from 'zod';
import { fieldMetaAt, markdownFields } from '../schemas/index.ts';
import { has, t, type Lang } from './i18n.ts';

/** Markdown fields the page shows in its notice about restricted access, not as sections of their own. */
export const ACCESS_FIELDS: readonly string[] = ['rights', 'accessInstructions'];

export interface TextSection {
  field: string;
  heading: string;
  html: string;
  /** The language the text is in, when it is not the page's (an untranslated original). */
  lang?: string;
}

/** The heading of a field's section: the interface text `dataset.<field>`, else the field's own label. */
export function sectionHeading(schema: z.ZodType, field: string, lang: Lang = 'en'): string {
  const key = `dataset.${field}`;
  return has(key, lang) ? t(key, {}, lang) : (fieldMetaAt(schema, [field])?.label ?? field);
}

/**
 * The sections of a dataset whose Markdown fields were rendered to `html` (by field name), with headings in `lang`.
 * A field given as `{ html, lang }` is in that language (a page in Spanish shows an untranslated English text).
 */
export function textSections(
  schema: z.ZodType,
  html: Record<string, string | { html: string; lang: string }>,
  lang: Lang = 'en',
): TextSection[] {
  return markdownFields(schema).flatMap((field) => {
    const value = html[field];
    const text = typeof value === 'string' ? { html: value, lang } : value;
    if (ACCESS_FIELDS.includes(field) || !text?.html) return [];
    const heading = sectionHeading(schema, field, lang);
    return [{ field, heading, html: text.html, ...(text.lang !== lang ? { lang: text.lang } : {}) }];
  });
}
