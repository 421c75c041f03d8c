// Turns zod issues into problems written for the person who made the mistake: `file:line field: what — fix`.
import { fieldPath, type Problem } from '../problems.ts';
import type { z } from 'zod';
import { oldSpellings, requiredMessage } from '../../schemas/index.ts';
import type { YamlSource } from './yaml-source.ts';

/**
 * The value of a parsed file checked against `schema`: the parsed data, or undefined with every problem of the
 * file added to `problems` (YAML syntax errors first, then each schema issue on its line).
 */
export function checkedValue<S extends z.ZodType>(file: string, src: YamlSource, schema: S, problems: Problem[]): z.output<S> | undefined {
  if (src.errors.length) {
    for (const e of src.errors) {
      const message = e.structural
        ? e.message
        : `the YAML cannot be read: ${e.message} — check indentation (spaces, not tabs), and put text containing ": " or "#" in double quotes`;
      problems.push({ file, line: e.line, field: '', message, severity: 'error', rule: 'yaml-syntax' });
    }
    return undefined;
  }
  // An old spelling is still read, with a warning to write the current one.
  for (const old of oldSpellings(schema, src.data)) {
    const line = src.lineOf(old.path);
    problems.push({ file, ...(line ? { line } : {}), field: fieldPath(old.path), message: old.message, severity: 'warning', rule: 'old-spelling' });
  }
  const result = schema.safeParse(src.data ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(...issueToProblems(file, src, issue, schema));
  return undefined;
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  expected?: string;
  values?: unknown[];
  errors?: ZodIssueLike[][];
  /** Of an `invalid_key` issue: why the key itself was refused. */
  issues?: ZodIssueLike[];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** Turns a zod issue into a problem with the line of the key and a message a person can act on. */
export function issueToProblems(file: string, src: YamlSource, raw: unknown, schema: z.ZodType, prefix: PropertyKey[] = []): Problem[] {
  const issue = raw as ZodIssueLike;
  const at = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
    return issue.keys.map((key) => {
      const p = [...at, key];
      const line = src.lineOf(p);
      const near = closest(key, knownKeys(schema).get(fieldPath(at.filter((k) => typeof k !== 'number'))) ?? []);
      const hint = near ? `did you mean "${near}"?` : 'check its spelling or remove it';
      return { file, ...(line ? { line } : {}), field: fieldPath(p), message: `is not a field we know; ${hint}`, severity: 'error' as const, rule: 'unknown-field' };
    });
  }
  // A union (a schema written inline or as a file name): report the problems of the branch the value was meant for.
  if (issue.code === 'invalid_union' && issue.errors?.length) {
    const value = valueAt(src.data, at);
    const branch = issue.errors.find((b) => b.length && !(b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0 && typeof value !== 'string'))
      ?? issue.errors[0]!;
    const fromBranch = branch.flatMap((sub) => issueToProblems(file, src, sub, schema, at));
    if (fromBranch.length) return fromBranch;
  }
  // A key of a map refused by the key's own schema (a language code of `translations`): its message, at the key.
  if (issue.code === 'invalid_key' && issue.issues?.[0]) {
    const line = src.lineOf(at);
    return [{ file, ...(line ? { line } : {}), field: fieldPath(at), message: issue.issues[0].message, severity: 'error', rule: 'invalid-value' }];
  }
  const line = src.lineOf(at);
  const value = valueAt(src.data, at);
  let message = issue.message;
  if (value === undefined && issue.code === 'invalid_type') message = requiredMessage(schema, at);
  else if (issue.code === 'invalid_type' && !/^(must|is|needs)/.test(message)) message = `must be ${article(issue.expected ?? 'value')}, not ${describe(value)}`;
  else if (issue.code === 'invalid_value' && issue.values && !/^(must|is|needs)/.test(message)) message = `must be one of: ${issue.values.join(', ')}`;
  const rule = value === undefined ? 'required-field' : 'invalid-value';
  return [{ file, ...(line ? { line } : {}), field: fieldPath(at), message, severity: 'error', rule }];
}

/** The field names each object of a schema accepts, by dotted path (array indexes left out): for "did you mean". */
const knownKeysCache = new WeakMap<object, Map<string, string[]>>();

export function knownKeys(schema: object): Map<string, string[]> {
  const cached = knownKeysCache.get(schema);
  if (cached) return cached;
  const out = new Map<string, string[]>();
  const walk = (s: unknown, at: string, depth: number) => {
    if (!s || typeof s !== 'object' || depth > 8) return;
    const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return;
    if (def['type'] === 'object' && def['shape']) {
      const shape = def['shape'] as Record<string, unknown>;
      out.set(at, Object.keys(shape));
      for (const [k, v] of Object.entries(shape)) walk(v, at ? `${at}.${k}` : k, depth + 1);
      return;
    }
    for (const key of ['innerType', 'in', 'out', 'element', 'schema']) walk(def[key], at, depth + 1);
    for (const option of (def['options'] as unknown[] | undefined) ?? []) walk(option, at, depth + 1);
  };
  walk(schema, '', 0);
  knownKeysCache.set(schema, out);
  return out;
}

/** The candidate nearest to `word` by edit distance, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

function article(type: string): string {
  const t = type === 'array' ? 'list' : type === 'object' ? 'set of fields' : type;
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

function describe(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a set of fields';
  return `${typeof v} ${JSON.stringify(v)}`;
}
