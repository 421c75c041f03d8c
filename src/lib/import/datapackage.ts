// A Frictionless Data Package (datapackage.json or datapackage.yml) → one dataset: its local resources are
// copied beside it (up to a size limit) and their Table Schemas become data dictionaries.
import fs from 'node:fs';
import path from 'node:path';
import { parseYamlFile } from '../content/yaml-source.ts';
import { FIELD_TYPES, MEDIA_TYPE_PATTERN } from '../../schemas/index.ts';
import { mapLicense } from './dcat-us.ts';
import { firstSentence, isoDay, type ImportBatch, type ImportedDataset } from './model.ts';

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const MAPPED = new Set([
  'name',
  'id',
  'title',
  'description',
  'keywords',
  'licenses',
  'resources',
  'last_updated',
  'created',
  'homepage',
  'contributors',
  'maintainers',
]);
const FIELD_KEYS = ['name', 'type', 'format', 'title', 'description', 'unit', 'example'];
const CONSTRAINT_KEYS = ['required', 'unique', 'enum', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern'];

/** A Table Schema cut to what our dictionaries hold; what is cut is reported. */
function tableSchema(schema: Json, warn: (m: string) => void): Json | undefined {
  const fields = Array.isArray(schema['fields']) ? (schema['fields'] as Json[]) : [];
  if (!fields.length) return undefined;
  return {
    fields: fields.map((f) => {
      const out: Json = {};
      for (const k of FIELD_KEYS) if (f[k] !== undefined) out[k] = f[k];
      if (typeof out['type'] === 'string' && !(FIELD_TYPES as readonly string[]).includes(out['type'])) {
        warn(
          `field "${String(f['name'])}" has type "${String(out['type'])}", which Table Schema does not define; imported as string`,
        );
        out['type'] = 'string';
      }
      if (out['example'] !== undefined && typeof out['example'] === 'object') delete out['example'];
      const c = (f['constraints'] ?? {}) as Json;
      const constraints = Object.fromEntries(CONSTRAINT_KEYS.filter((k) => c[k] !== undefined).map((k) => [k, c[k]]));
      if (Object.keys(constraints).length) out['constraints'] = constraints;
      const dropped = Object.keys(f).filter((k) => !FIELD_KEYS.includes(k) && k !== 'constraints');
      if (dropped.length)
        warn(`field "${String(f['name'])}": ${dropped.join(', ')} not kept (no place in the data dictionary)`);
      return out;
    }),
    ...(schema['primaryKey'] ? { primaryKey: schema['primaryKey'] } : {}),
    ...(Array.isArray(schema['missingValues']) ? { missingValues: schema['missingValues'] } : {}),
  };
}

export function readDataPackage(descriptor: string, options: { maxBytes: number }): ImportBatch {
  const text = fs.readFileSync(descriptor, 'utf8');
  let doc: Json | undefined;
  if (/\.ya?ml$/i.test(descriptor)) {
    const src = parseYamlFile(text);
    if (src.errors.length)
      throw new Error(
        `${descriptor} is not valid YAML: line ${src.errors[0]!.line}: ${src.errors[0]!.message} (text containing ": " must be quoted); fix the file and import again`,
      );
    doc = src.data as Json | undefined;
  } else {
    try {
      doc = JSON.parse(text) as Json;
    } catch (error) {
      throw new Error(`${descriptor} is not valid JSON (${error instanceof Error ? error.message : String(error)})`, {
        cause: error,
      });
    }
  }
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc['resources']))
    throw new Error(`${descriptor} is not a Data Package: it has no "resources" list`);
  const dir = path.dirname(descriptor);
  const identifier = str(doc['id']) ?? str(doc['name']);
  const title = str(doc['title']) ?? str(doc['name']);
  const url = path.basename(dir);
  if (!identifier || !title)
    return {
      kind: 'datapackage',
      url,
      datasets: [],
      skipped: [{ identifier, title, reason: 'the package has neither a name nor a title' }],
      read: 1,
    };
  const warnings: ImportedDataset['warnings'] = [];
  const extra: Json = {};
  for (const [k, v] of Object.entries(doc)) if (!MAPPED.has(k)) extra[k] = v;
  const files: { name: string; source: string }[] = [];
  const resources = (doc['resources'] as Json[]).flatMap((r, i): Json[] => {
    const p = str(r['path']) ?? (Array.isArray(r['path']) ? str((r['path'] as unknown[])[0]) : undefined);
    const name = str(r['title']) ?? str(r['name']) ?? `Resource ${i + 1}`;
    const format = (str(r['format']) ?? p?.split('.').pop() ?? 'data').toUpperCase();
    const warn = (m: string) => warnings.push({ kind: 'schema', message: `${name}: ${m}` });
    const schema = r['schema'] && typeof r['schema'] === 'object' ? tableSchema(r['schema'] as Json, warn) : undefined;
    const dialect = r['dialect'] && typeof r['dialect'] === 'object' ? (r['dialect'] as Json) : undefined;
    // A media type the schema would refuse is left out, as the other importers do.
    const mediaType = str(r['mediatype']);
    const common = {
      title: name,
      format,
      ...(mediaType && MEDIA_TYPE_PATTERN.test(mediaType) ? { mediaType } : {}),
      ...(str(r['description']) ? { description: str(r['description']) } : {}),
      ...(dialect && (str(dialect['delimiter']) || str(r['encoding']))
        ? {
            dialect: {
              ...(str(dialect['delimiter']) ? { delimiter: str(dialect['delimiter']) } : {}),
              ...(str(r['encoding']) ? { encoding: str(r['encoding']) } : {}),
            },
          }
        : {}),
      ...(schema ? { schema } : {}),
    };
    if (!p) {
      warnings.push({ kind: 'resource', message: `${name} has no path (inline data is not imported)` });
      return [];
    }
    if (/^https?:\/\//.test(p)) return [{ ...common, url: p }];
    const source = path.resolve(dir, p);
    if (!source.startsWith(path.resolve(dir)) || !fs.existsSync(source)) {
      warnings.push({ kind: 'resource', message: `${name}: file "${p}" is not in the package folder; left out` });
      return [];
    }
    const bytes = fs.statSync(source).size;
    if (bytes > options.maxBytes) {
      warnings.push({
        kind: 'resource',
        message: `${name}: file "${p}" is ${(bytes / 1e6).toFixed(1)} MB, over the ${(options.maxBytes / 1e6).toFixed(0)} MB limit (--max-bytes); left out`,
      });
      return [];
    }
    const fileName = path
      .basename(p)
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-');
    files.push({ name: fileName, source });
    return [{ ...common, path: fileName }];
  });
  const licences = Array.isArray(doc['licenses']) ? (doc['licenses'] as Json[]) : [];
  const mapped = licences
    .map((l) => mapLicense(str(l['name'])?.replace(/^ODC-PDDL-1\.0$/i, 'PDDL-1.0') ?? l['path']))
    .find((m) => m.license);
  const body = str(doc['description']) ?? '';
  const modified = isoDay(doc['last_updated']) ?? isoDay(doc['created']);
  const people = [
    ...(Array.isArray(doc['contributors']) ? (doc['contributors'] as Json[]) : []),
    ...(Array.isArray(doc['maintainers']) ? (doc['maintainers'] as Json[]) : []),
  ];
  const contact = people.find((c) => str(c['email']));
  const keywords = Array.isArray(doc['keywords'])
    ? (doc['keywords'] as unknown[]).map(str).filter((k): k is string => !!k)
    : [];
  const meta: Json = {
    title,
    summary: firstSentence(body) || title,
    ...(contact
      ? { contactPoint: { name: str(contact['title']) ?? str(contact['email']), email: str(contact['email']) } }
      : {}),
    ...(mapped?.license ? { license: mapped.license } : {}),
    ...(modified ? { modified } : {}),
    accessLevel: 'public',
    ...(keywords.length ? { keywords } : {}),
    ...(str(doc['homepage']) && /^https?:\/\//.test(str(doc['homepage'])!)
      ? { landingPage: str(doc['homepage']) }
      : {}),
    resources,
  };
  // A package names no publisher; the first of its sources (who made the data) stands in, and says so.
  const sources = Array.isArray(doc['sources']) ? (doc['sources'] as Json[]) : [];
  const publisher = str(sources[0]?.['title']) ?? str(sources[0]?.['name']);
  if (publisher)
    warnings.push({
      kind: 'publisher',
      message: `the package names no publisher; its first source, "${publisher}", is used`,
    });
  return {
    kind: 'datapackage',
    url,
    read: 1,
    skipped: [],
    datasets: [{ identifier, meta, body, extra, warnings, publisher, categories: [], files }],
  };
}
