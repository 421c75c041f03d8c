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
}

/** The heading of a field's section: the interface text `dataset.<field>`, else the field's own label. */
export function sectionHeading(schema: z.ZodType, field: string, lang: Lang = 'en'): string {
  const key = `dataset.${field}`;
  return has(key, lang) ? t(key, {}, lang) : (fieldMetaAt(schema, [field])?.label ?? field);
}

/** The sections of a dataset whose Markdown fields were rendered to `html` (by field name). */
export function textSections(schema: z.ZodType, html: Record<string, string>, lang: Lang = 'en'): TextSection[] {
  return markdownFields(schema)
    .filter((field) => !ACCESS_FIELDS.includes(field) && html[field])
    .map((field) => ({ field, heading: sectionHeading(schema, field, lang), html: html[field]! }));
}
