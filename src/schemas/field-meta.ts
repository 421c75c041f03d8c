// Facts about each field, kept on the field itself: what it means, whether it is written in Markdown or
// recommended, what to tell an author who left it out. Tools derive from them (field-queries.ts); none restates them.
import { z } from 'zod';

/** What the catalog knows about one field, beyond its type. */
export interface FieldMeta {
  /**
   * What the field means, with an example: the JSON Schema `description`, the editor's hover and the CMS hint
   * (unless `hint` says otherwise), e.g. `When the data last changed, \`YYYY-MM-DD\`.`
   */
  description: string;
  /** Written in Markdown: the CMS edits it with a Markdown editor, and the site renders it as Markdown. */
  markdown?: true;
  /**
   * Recommended: `npm run validate` warns when it is missing or empty. The text says why, completing
   * "is recommended: it …", e.g. `helps people browse to the data; add one or more theme ids`.
   */
  recommended?: string;
  /** What an author who left out this required field is told, e.g. `is required: add a title such as "Street trees"`. Default: `is required`. */
  requiredHint?: string;
  /** The heading or name readers see on the site when the interface text has none of its own, e.g. `Methodology`. */
  label?: string;
  /** The CMS hint, when it should differ from `description`. Default: the description. */
  hint?: string;
  /** This key is an old spelling of the named field, still read for one release; the CMS leaves it out and the validator warns. */
  oldSpellingOf?: string;
}

/** Every field's facts, by zod schema node. Filled by `field()`; read through the functions in field-queries.ts. */
export const fieldMeta = z.registry<FieldMeta>();

/**
 * `schema` with the facts `meta` about the field it describes. The description also goes into zod's global
 * registry, so that `z.toJSONSchema` (our JSON Schemas, and Astro's for the editor) carries it.
 */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  const described = schema.meta({ description: meta.description });
  fieldMeta.add(described, meta);
  return described;
}
