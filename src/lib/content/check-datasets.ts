// What a dataset's schema alone cannot check: that its organization and themes exist, that its local files
// are there and not empty, and that its Table Schemas written as files can be read.
import path from 'node:path';
import { TableSchemaSchema, type TableSchema } from '../../schemas/index.ts';
import { fieldPath } from '../problems.ts';
import type { ResourceFile } from './model.ts';
import { isId, type ParsedDataset, type ReadContext } from './read-files.ts';
import { parseYamlFile } from './yaml-source.ts';

export interface KnownIds {
  organizations: ReadonlySet<string>;
  themes: ReadonlySet<string>;
}

export interface CheckedDataset extends ParsedDataset {
  data: NonNullable<ParsedDataset['data']>;
  files: (ResourceFile | undefined)[];
  schemas: (TableSchema | undefined)[];
}

/**
 * The dataset with its files and resolved Table Schemas, or undefined when it has any problem. References are
 * checked even when other fields have problems, so that one run reports every mistake.
 */
export function checkDataset(d: ParsedDataset, known: KnownIds, ctx: ReadContext): CheckedDataset | undefined {
  let ok = d.data !== undefined;
  const problem = (field: PropertyKey[], message: string, rule: string) => {
    ok = false;
    const line = d.src.lineOf(field);
    ctx.problems.push({ file: d.file, ...(line ? { line } : {}), field: fieldPath(field), message, severity: 'error', rule });
  };
  const raw = (d.data ?? d.src.data ?? {}) as { organization?: unknown; themes?: unknown };
  if (isId(raw.organization) && !known.organizations.has(raw.organization)) {
    const org = raw.organization;
    problem(['organization'], `"${org}" is not an organization; use one of ${list(known.organizations)} or add content/organizations/${org}.yaml`, 'unknown-reference');
  }
  if (Array.isArray(raw.themes)) {
    raw.themes.forEach((t: unknown, i: number) => {
      if (isId(t) && !known.themes.has(t)) problem(['themes', i], `"${t}" is not a theme; use one of ${list(known.themes)} or add content/themes/${t}.yaml`, 'unknown-reference');
    });
  }
  if (!d.data) return undefined;
  const dirName = ctx.rel(d.dir);
  const files: (ResourceFile | undefined)[] = [];
  const schemas: (TableSchema | undefined)[] = [];
  d.data.resources.forEach((r, i) => {
    files.push(undefined);
    if (r.path) {
      const absolutePath = path.join(d.dir, r.path);
      const bytes = ctx.fs.size(absolutePath);
      if (bytes === undefined) {
        const present = ctx.fs.list(d.dir).filter((f) => !f.isDirectory && f.name !== 'index.md').map((f) => f.name);
        const there = present.length ? `files there: ${present.join(', ')}` : 'copy the file into the dataset folder';
        problem(['resources', i, 'path'], `file "${r.path}" does not exist in ${dirName}/; ${there}`, 'missing-file');
      } else if (bytes === 0) {
        problem(['resources', i, 'path'], `file "${r.path}" is empty; add the data or remove the resource`, 'missing-file');
      } else files[i] = { absolutePath, bytes };
    }
    if (typeof r.schema !== 'string') {
      schemas.push(r.schema);
      return;
    }
    const schemaPath = path.join(d.dir, r.schema);
    if (ctx.fs.size(schemaPath) === undefined) {
      problem(['resources', i, 'schema'], `schema file "${r.schema}" does not exist in ${dirName}/`, 'table-schema-file');
      schemas.push(undefined);
      return;
    }
    const text = ctx.fs.readText(schemaPath);
    const parsed = TableSchemaSchema.safeParse(schemaPath.endsWith('.json') ? parseJson(text) : parseYamlFile(text).data);
    if (!parsed.success) {
      const why = parsed.error.issues.map((x) => `${fieldPath(x.path)} ${x.message}`).join('; ');
      problem(['resources', i, 'schema'], `schema file "${r.schema}" is not a valid Table Schema: ${why}`, 'table-schema-file');
    }
    schemas.push(parsed.success ? parsed.data : undefined);
  });
  return ok ? { ...d, data: d.data, files, schemas } : undefined;
}

function list(ids: ReadonlySet<string>): string {
  const all = [...ids].sort();
  if (all.length === 0) return '(none defined yet)';
  return all.length > 8 ? `${all.slice(0, 8).join(', ')} …` : all.join(', ');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
