// Which metadata fields differ between two versions of a dataset's index.md, with old and new values when short.
import { parseFrontMatter } from '../content/yaml-source.ts';
import { fieldPath } from '../problems.ts';
import type { FieldChange } from './model.ts';

/** Values longer than this (or on several lines) are reported as "changed" rather than quoted. */
export const SHORT_VALUE = 80;

/** The field name under which a change to the Markdown body is reported. */
export const BODY_FIELD = 'description';

/**
 * The fields that differ between two versions of index.md, in the order of the newer file (removed ones after);
 * undefined when either version has no readable front matter.
 */
export function fieldChanges(before: string, after: string): FieldChange[] | undefined {
  const a = readable(before);
  const b = readable(after);
  if (!a || !b) return undefined;
  const changes: FieldChange[] = [];
  compare(a.data, b.data, [], changes);
  if (a.body.trim() !== b.body.trim())
    changes.push(withValues({ field: BODY_FIELD, change: 'changed' }, a.body.trim(), b.body.trim()));
  return changes;
}

/**
 * Adds the differences between two values at `path`: objects key by key and lists of objects of the same length
 * item by item (so an edited column description is `resources[0].schema.fields[2].description`), anything else whole.
 */
function compare(a: unknown, b: unknown, path: (string | number)[], out: FieldChange[]): void {
  if (isObject(a) && isObject(b)) {
    for (const [key, value] of Object.entries(b)) {
      if (!(key in a)) out.push(withValues({ field: fieldPath([...path, key]), change: 'added' }, undefined, value));
      else compare(a[key], value, [...path, key], out);
    }
    for (const [key, value] of Object.entries(a))
      if (!(key in b)) out.push(withValues({ field: fieldPath([...path, key]), change: 'removed' }, value, undefined));
  } else if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.some(isObject)) {
    a.forEach((item, i) => compare(item, b[i], [...path, i], out));
  } else if (canonical(a) !== canonical(b)) {
    out.push(withValues({ field: fieldPath(path), change: 'changed' }, a, b));
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function readable(text: string): { data: Record<string, unknown>; body: string } | undefined {
  const source = parseFrontMatter(text);
  const data = source.data;
  if (source.errors.length || !data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return { data: data as Record<string, unknown>, body: source.body };
}

/** Old and new values are both shown, or neither: "changed" says more than half of a long value would. */
function withValues(change: FieldChange, before: unknown, after: unknown): FieldChange {
  const b = before === undefined ? undefined : shortText(before);
  const a = after === undefined ? undefined : shortText(after);
  const showable = (before === undefined || b !== undefined) && (after === undefined || a !== undefined);
  if (!showable) return change;
  return { ...change, ...(b !== undefined ? { before: b } : {}), ...(a !== undefined ? { after: a } : {}) };
}

/** A value as one short line (`2024-01-15`, `trees, parks`), or undefined when it is long or structured. */
export function shortText(value: unknown): string | undefined {
  let text: string | undefined;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (value === null) text = '';
  else if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    text = value.join(', ');
  if (text === undefined || text.length > SHORT_VALUE || /[\r\n]/.test(text)) return undefined;
  return text;
}

/** JSON with keys sorted, so that reordered keys of an object are not a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        )
      : v,
  );
}
