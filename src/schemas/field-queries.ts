// Questions answered from the facts on the fields (field-meta.ts): which fields are Markdown or recommended,
// what to tell an author who left one out, which old spellings a file still uses. Pure; zod schemas in, facts out.
import type { z } from 'zod';
import { fieldMeta, type FieldMeta } from './field-meta.ts';

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);

/** The schema that checks the value itself, under optional/default wrappers and pipes (preprocess, transform). */
export function innerSchema(schema: z.ZodType): z.ZodType {
  let node = schema;
  for (;;) {
    const def = defOf(node);
    if (WRAPPERS.has(def.type)) node = def['innerType'] as z.ZodType;
    // A preprocess is a pipe from a transform: the value is checked by its output. A transform after a check is the reverse.
    else if (def.type === 'pipe') node = (defOf(def['in'] as z.ZodType).type === 'transform' ? def['out'] : def['in']) as z.ZodType;
    else return node;
  }
}

/** The fields of an object schema (under wrappers), or undefined when it is not one. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(innerSchema(schema));
  return def.type === 'object' ? (def['shape'] as Record<string, z.ZodType>) : undefined;
}

/** The object schemas a value at this node may be: itself, the elements of a list, each option of a union. */
function objectsAt(schema: z.ZodType): Record<string, z.ZodType>[] {
  const node = innerSchema(schema);
  const def = defOf(node);
  if (def.type === 'object') return [def['shape'] as Record<string, z.ZodType>];
  if (def.type === 'array') return objectsAt(def['element'] as z.ZodType);
  if (def.type === 'union') return (def['options'] as z.ZodType[]).flatMap(objectsAt);
  return [];
}

/**
 * The schema of the field at `path` inside `schema`, as written in the object that holds it (with its
 * wrappers, so its facts can be looked up). List indexes may be given or left out: `['resources', 0, 'format']`.
 */
export function fieldAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = schema;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    node = objectsAt(node).find((shape) => key in shape)?.[key];
    if (!node) return undefined;
  }
  return node;
}

/** The facts about the field at `path` inside `schema`, if it has any. */
export function fieldMetaAt(schema: z.ZodType, path: readonly PropertyKey[]): FieldMeta | undefined {
  const node = fieldAt(schema, path);
  return node ? fieldMeta.get(node) : undefined;
}

/** What the field at `path` means (JSON Schema description, editor hover, CMS hint). */
export function fieldDescription(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  return fieldMetaAt(schema, path)?.description;
}

/** What to tell an author who left out the required field at `path`, e.g. `is required: add a title such as "Street trees"`. */
export function requiredMessage(schema: z.ZodType, path: readonly PropertyKey[]): string {
  return fieldMetaAt(schema, path)?.requiredHint ?? 'is required';
}

/** The schema of each value of a map (`z.record`, under wrappers), or undefined when it is not one. */
export function mapValueOf(schema: z.ZodType | undefined): z.ZodType | undefined {
  if (!schema) return undefined;
  const def = defOf(innerSchema(schema));
  return def.type === 'record' ? (def['valueType'] as z.ZodType) : undefined;
}

/** The schema of one language's block of `translations` in an object schema (dataset, organization, theme), if it has one. */
export function translationSchemaOf(schema: z.ZodType): z.ZodType | undefined {
  return mapValueOf(fieldAt(schema, ['translations']));
}

/** The names of an object schema's fields that are written in Markdown, in schema order. */
export function markdownFields(schema: z.ZodType): string[] {
  return Object.entries(shapeOf(schema) ?? {}).filter(([, s]) => fieldMeta.get(s)?.markdown).map(([name]) => name);
}

/** An object schema's recommended fields, in schema order, each with why it is recommended. */
export function recommendedFields(schema: z.ZodType): { name: string; why: string }[] {
  return Object.entries(shapeOf(schema) ?? {}).flatMap(([name, s]) => {
    const why = fieldMeta.get(s)?.recommended;
    return why ? [{ name, why }] : [];
  });
}

/** A key of the content written in an old spelling that the schema still reads. */
export interface OldSpelling {
  /** Where the key is, e.g. `['resources', 0, 'provenance', 'licence']`. */
  path: PropertyKey[];
  /** For the author: `"licence" is the old spelling; write "license"`. */
  message: string;
}

/**
 * Every key of `data` (as read from the file, before parsing) that is an old spelling of a field of `schema`.
 * Parsing accepts them for one release; the validator reports them as warnings.
 */
export function oldSpellings(schema: z.ZodType, data: unknown): OldSpelling[] {
  const out: OldSpelling[] = [];
  const walk = (node: z.ZodType, value: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(node, v, [...path, i]));
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      const child = objectsAt(node).find((shape) => key in shape)?.[key];
      if (!child) continue;
      const current = fieldMeta.get(child)?.oldSpellingOf;
      if (current) out.push({ path: [...path, key], message: `"${key}" is the old spelling; write "${current}"` });
      walk(child, v, [...path, key]);
    }
  };
  walk(schema, data, []);
  return out;
}
