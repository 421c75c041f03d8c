// Reads and checks everything under content/: the one loader behind the build, the validator and tests.
import nodeFs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  CatalogSchema,
  DatasetSchema,
  ID_PATTERN,
  OrganizationSchema,
  StorySchema,
  TableSchemaSchema,
  ThemeSchema,
  type Catalog,
  type Dataset,
  type Organization,
  type Story,
  type TableSchema,
  type Theme,
} from '../../schemas/index.ts';
import { fieldPath, type Problem } from '../problems.ts';
import { parseFrontMatter, parseYamlFile, type YamlSource } from './yaml-source.ts';
import { checkProps, findUsages } from '../stories/usages.ts';
import { resolveResource } from '../stories/resolve.ts';
import { loadTable } from '../stories/table.ts';
import { referencedColumns } from '../stories/query.ts';

/** The file system as the reader needs it; tests pass a fake. */
export interface ContentFs {
  readText(file: string): string;
  list(dir: string): { name: string; isDirectory: boolean }[];
  size(file: string): number | undefined;
}

export const nodeContentFs: ContentFs = {
  readText: (file) => nodeFs.readFileSync(file, 'utf8'),
  list: (dir) =>
    nodeFs.existsSync(dir)
      ? nodeFs.readdirSync(dir, { withFileTypes: true }).map((d) => ({ name: d.name, isDirectory: d.isDirectory() }))
      : [],
  size: (file) => {
    try {
      const st = nodeFs.statSync(file);
      return st.isFile() ? st.size : undefined;
    } catch {
      return undefined;
    }
  },
};

export interface Entry<T> {
  id: string;
  /** Path relative to the working directory, as shown in problems. */
  file: string;
  data: T;
}

export interface ResourceFile {
  /** Absolute path on disk. */
  absolutePath: string;
  /** Size in bytes. */
  bytes: number;
}

export interface DatasetEntry extends Entry<Dataset> {
  /** Markdown description. */
  body: string;
  /** Absolute path of the dataset folder. */
  dir: string;
  /** Local files by resource index. */
  files: (ResourceFile | undefined)[];
  /** Table Schemas by resource index, with `schema: <file>` references resolved. */
  schemas: (TableSchema | undefined)[];
  /** The line of the key at a field path in index.md, for problems found later (validator, profiles). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export interface StoryEntry extends Entry<Story> {
  body: string;
}

export interface CatalogContent {
  catalog: Catalog | undefined;
  organizations: Entry<Organization>[];
  themes: Entry<Theme>[];
  datasets: DatasetEntry[];
  stories: StoryEntry[];
  problems: Problem[];
}

export interface ReadOptions {
  fs?: ContentFs;
  /** Base for the file names in problems. Default: the working directory. */
  cwd?: string;
}

/** Reads `contentDir`, validates every file against its schema and every cross-reference, and reports all problems. */
export function readCatalog(contentDir: string, options: ReadOptions = {}): CatalogContent {
  const fs = options.fs ?? nodeContentFs;
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(contentDir);
  const problems: Problem[] = [];
  const rel = (abs: string) => path.relative(cwd, abs).split(path.sep).join('/') || abs;

  function load<S extends z.ZodType>(abs: string, src: YamlSource, schema: S): z.output<S> | undefined {
    const file = rel(abs);
    if (src.errors.length) {
      for (const e of src.errors) {
        const message = e.structural ? e.message : `the YAML cannot be read: ${e.message} — check indentation (spaces, not tabs), and put text containing ": " or "#" in double quotes`;
        problems.push({ file, line: e.line, field: '', message, severity: 'error' });
      }
      return undefined;
    }
    const result = schema.safeParse(src.data ?? {});
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push(...issueToProblems(file, src, issue, knownKeys(schema)));
    return undefined;
  }

  function readYamlDir<S extends z.ZodType>(dir: string, schema: S): Entry<z.output<S>>[] {
    const out: Entry<z.output<S>>[] = [];
    const seen = new Map<string, string>();
    for (const f of fs.list(dir).filter((f) => !f.isDirectory && /\.ya?ml$/.test(f.name)).sort(byName)) {
      const abs = path.join(dir, f.name);
      const id = f.name.replace(/\.ya?ml$/, '');
      if (!checkId(id, rel(abs), 'file name')) continue;
      if (seen.has(id)) {
        problems.push({ file: rel(abs), field: '', message: `has the same id "${id}" as ${seen.get(id)}; remove or rename one of them`, severity: 'error' });
        continue;
      }
      seen.set(id, rel(abs));
      const data = load(abs, parseYamlFile(fs.readText(abs)), schema);
      if (data !== undefined) out.push({ id, file: rel(abs), data });
    }
    return out;
  }

  function checkId(id: string, file: string, what: string): boolean {
    if (ID_PATTERN.test(id)) return true;
    problems.push({ file, field: '', message: `the ${what} "${id}" is not URL-safe; rename it with lower-case letters, digits and hyphens only`, severity: 'error' });
    return false;
  }

  // catalog.yaml
  const catalogFile = path.join(root, 'catalog.yaml');
  let catalog: Catalog | undefined;
  if (fs.size(catalogFile) === undefined) {
    problems.push({ file: rel(catalogFile), field: '', message: 'is missing; create it with the portal\'s name, city, baseUrl, publisher and contactPoint', severity: 'error' });
  } else {
    catalog = load(catalogFile, parseYamlFile(fs.readText(catalogFile)), CatalogSchema);
  }

  const organizations = readYamlDir(path.join(root, 'organizations'), OrganizationSchema);
  const themes = readYamlDir(path.join(root, 'themes'), ThemeSchema);
  const orgIds = new Set(organizations.map((o) => o.id));
  const themeIds = new Set(themes.map((t) => t.id));

  // datasets/<slug>/index.md
  const datasets: DatasetEntry[] = [];
  const datasetsDir = path.join(root, 'datasets');
  for (const d of fs.list(datasetsDir).filter((d) => d.isDirectory).sort(byName)) {
    const dir = path.join(datasetsDir, d.name);
    const abs = path.join(dir, 'index.md');
    if (fs.size(abs) === undefined) {
      problems.push({ file: rel(dir), field: '', message: 'has no index.md; every dataset folder needs one (run npm run new:dataset to create it)', severity: 'error' });
      continue;
    }
    if (!checkId(d.name, rel(abs), 'folder name (the dataset slug)')) continue;
    const src = parseFrontMatter(fs.readText(abs));
    const data = load(abs, src, DatasetSchema);
    const file = rel(abs);
    let ok = data !== undefined;
    const refProblem = (field: PropertyKey[], message: string) => {
      ok = false;
      const line = src.lineOf(field);
      problems.push({ file, ...(line ? { line } : {}), field: fieldPath(field), message, severity: 'error' });
    };
    // References are checked even when other fields have problems, so one run reports every mistake.
    const raw = (data ?? src.data ?? {}) as { organization?: unknown; themes?: unknown };
    const isId = (v: unknown): v is string => typeof v === 'string' && ID_PATTERN.test(v);
    if (isId(raw.organization) && !orgIds.has(raw.organization)) {
      refProblem(['organization'], `"${raw.organization}" is not an organization; use one of ${list(orgIds)} or add content/organizations/${raw.organization}.yaml`);
    }
    if (Array.isArray(raw.themes)) {
      raw.themes.forEach((t: unknown, i: number) => {
        if (isId(t) && !themeIds.has(t)) refProblem(['themes', i], `"${t}" is not a theme; use one of ${list(themeIds)} or add content/themes/${t}.yaml`);
      });
    }
    if (!data) continue;
    const files: (ResourceFile | undefined)[] = [];
    const schemas: (TableSchema | undefined)[] = [];
    data.resources.forEach((r, i) => {
      if (r.path) {
        const absolutePath = path.join(dir, r.path);
        const bytes = fs.size(absolutePath);
        if (bytes === undefined) {
          const present = fs.list(dir).filter((f) => !f.isDirectory && f.name !== 'index.md').map((f) => f.name);
          refProblem(['resources', i, 'path'], `file "${r.path}" does not exist in ${rel(dir)}/; ${present.length ? `files there: ${present.join(', ')}` : 'copy the file into the dataset folder'}`);
        } else if (bytes === 0) {
          refProblem(['resources', i, 'path'], `file "${r.path}" is empty; add the data or remove the resource`);
        }
        files.push(bytes ? { absolutePath, bytes } : undefined);
      } else files.push(undefined);
      if (typeof r.schema === 'string') {
        const schemaPath = path.join(dir, r.schema);
        if (fs.size(schemaPath) === undefined) {
          refProblem(['resources', i, 'schema'], `schema file "${r.schema}" does not exist in ${rel(dir)}/`);
          schemas.push(undefined);
        } else {
          const s = schemaPath.endsWith('.json') ? parseJson(fs.readText(schemaPath)) : parseYamlFile(fs.readText(schemaPath)).data;
          const parsed = TableSchemaSchema.safeParse(s);
          if (!parsed.success) {
            refProblem(['resources', i, 'schema'], `schema file "${r.schema}" is not a valid Table Schema: ${parsed.error.issues.map((x) => `${fieldPath(x.path)} ${x.message}`).join('; ')}`);
          }
          schemas.push(parsed.success ? parsed.data : undefined);
        }
      } else schemas.push(r.schema);
    });
    if (ok) datasets.push({ id: d.name, file, data, body: src.body, dir, files, schemas, lineOf: src.lineOf });
  }

  // stories/<slug>.mdx or stories/<slug>/index.mdx
  const stories: StoryEntry[] = [];
  const storiesDir = path.join(root, 'stories');
  const datasetIds = new Set(datasets.map((d) => d.id));
  const allDatasetFolders = new Set(fs.list(datasetsDir).filter((d) => d.isDirectory).map((d) => d.name));
  for (const f of fs.list(storiesDir).sort(byName)) {
    const abs = f.isDirectory ? path.join(storiesDir, f.name, 'index.mdx') : path.join(storiesDir, f.name);
    if (!f.isDirectory && !/\.mdx?$/.test(f.name)) continue;
    if (f.isDirectory && fs.size(abs) === undefined) continue;
    const id = f.isDirectory ? f.name : f.name.replace(/\.mdx?$/, '');
    if (!checkId(id, rel(abs), 'story name')) continue;
    const text = fs.readText(abs);
    const src = parseFrontMatter(text);
    const data = load(abs, src, StorySchema);
    if (!data) continue;
    let ok = true;
    // Data components (<Chart>, <Map>, <DataTable>, <BigNumber>): their dataset, file and columns must exist.
    const bodyOffset = text.split('\n').length - src.body.split('\n').length;
    for (const usage of findUsages(src.body)) {
      const where = { file: rel(abs), line: bodyOffset + usage.line, severity: 'error' as const };
      for (const message of checkProps(usage)) {
        ok = false;
        problems.push({ ...where, field: `<${usage.component}>`, message });
      }
      const slug = usage.props['dataset'];
      const resolved = slug && !datasetIds.has(slug) && allDatasetFolders.has(slug)
        ? `dataset="${slug}" has problems of its own (see above)`
        : resolveResource(datasets, slug, usage.props['resource']);
      if (typeof resolved === 'string') {
        ok = false;
        problems.push({ ...where, field: `<${usage.component}>`, message: resolved });
        continue;
      }
      if (!data.datasets.includes(resolved.dataset.id)) {
        ok = false;
        problems.push({ ...where, field: `<${usage.component}>`, message: `uses dataset "${resolved.dataset.id}", which the story does not list; add it to "datasets" in the front matter` });
      }
      try {
        const table = loadTable(resolved.file, resolved.resource.dialect ?? {});
        for (const column of referencedColumns(usage.props)) {
          if (!table.columns.includes(column)) {
            ok = false;
            problems.push({ ...where, field: `<${usage.component}>`, message: `column "${column}" is not in ${resolved.resource.path}; its columns are: ${table.columns.join(', ')}` });
          }
        }
      } catch (error) {
        ok = false;
        problems.push({ ...where, field: `<${usage.component}>`, message: error instanceof Error ? error.message : String(error) });
      }
    }
    data.datasets.forEach((slug, i) => {
      if (!datasetIds.has(slug)) {
        ok = false;
        const line = src.lineOf(['datasets', i]);
        const why = allDatasetFolders.has(slug) ? 'has problems of its own (see above)' : 'is not a dataset in content/datasets/';
        problems.push({ file: rel(abs), ...(line ? { line } : {}), field: `datasets[${i}]`, message: `"${slug}" ${why}`, severity: 'error' });
      }
    });
    if (ok) stories.push({ id, file: rel(abs), data, body: src.body });
  }

  return { catalog, organizations, themes, datasets, stories, problems };
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function list(ids: Set<string>): string {
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

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  expected?: string;
  values?: unknown[];
  errors?: ZodIssueLike[][];
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
function issueToProblems(file: string, src: YamlSource, raw: unknown, known: Map<string, string[]>, prefix: PropertyKey[] = []): Problem[] {
  const issue = raw as ZodIssueLike;
  const at = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
    return issue.keys.map((key) => {
      const p = [...at, key];
      const line = src.lineOf(p);
      const near = closest(key, known.get(fieldPath(at.filter((k) => typeof k !== 'number'))) ?? []);
      const hint = near ? `did you mean "${near}"?` : 'check its spelling or remove it';
      return { file, ...(line ? { line } : {}), field: fieldPath(p), message: `is not a field we know; ${hint}`, severity: 'error' as const };
    });
  }
  // A union (a schema written inline or as a file name): report the problems of the branch the value was meant for.
  if (issue.code === 'invalid_union' && issue.errors?.length) {
    const value = valueAt(src.data, at);
    const branch = issue.errors.find((b) => b.length && !(b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0 && typeof value !== 'string'))
      ?? issue.errors[0]!;
    const fromBranch = branch.flatMap((sub) => issueToProblems(file, src, sub, known, at));
    if (fromBranch.length) return fromBranch;
  }
  const line = src.lineOf(at);
  const value = valueAt(src.data, at);
  let message = issue.message;
  if (value === undefined && issue.code === 'invalid_type') message = requiredMessage(at);
  else if (issue.code === 'invalid_type' && !/^(must|is|needs)/.test(message)) message = `must be ${article(issue.expected ?? 'value')}, not ${describe(value)}`;
  else if (issue.code === 'invalid_value' && issue.values && !/^(must|is|needs)/.test(message)) message = `must be one of: ${issue.values.join(', ')}`;
  return [{ file, ...(line ? { line } : {}), field: fieldPath(at), message, severity: 'error' }];
}

/** The field names each object of a schema accepts, by dotted path (array indexes left out): for "did you mean". */
function knownKeys(schema: unknown): Map<string, string[]> {
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
  return out;
}

/** The candidate nearest to `word` by edit distance, if it is close enough to be a likely typo. */
function closest(word: string, candidates: string[]): string | undefined {
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

function requiredMessage(path: PropertyKey[]): string {
  const last = String(path[path.length - 1] ?? '');
  const hints: Record<string, string> = {
    title: 'is required: add a title such as "Street trees"',
    summary: 'is required: add one sentence saying what the data is',
    organization: 'is required: the id of a file in content/organizations/',
    contactPoint: 'is required: add contactPoint with a name and an email',
    license: 'is required: an SPDX id such as CC-BY-4.0, or the URL of the licence',
    modified: 'is required: the date the data last changed, as YYYY-MM-DD',
    accessLevel: 'is required: public, restricted public or non-public',
    keywords: 'is required: a list of words people would search for',
    format: 'is required, for example CSV or GeoJSON',
  };
  return hints[last] ?? 'is required';
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
