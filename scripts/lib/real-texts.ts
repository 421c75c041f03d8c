// Reads real catalog texts (titles, descriptions, keywords, publishers, formats) for the realistic benchmark
// generator: DCAT-US data.json files, CKAN API responses and Data Packages (any JSON), and JKAN datasets (Markdown).
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontMatter } from '../../src/lib/content/yaml-source.ts';

/** One real dataset's texts, as its catalog wrote them (any field may be missing, as in real catalogs). */
export interface RealText {
  title: string;
  description?: string | undefined;
  keywords: string[];
  publisher?: string | undefined;
  formats: string[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const strings = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.map((x) => (isObject(x) ? str(x['display_name'] ?? x['name']) : str(x))).filter((x): x is string => !!x)
    : [];

/** A dataset record of DCAT-US (`keyword`, `distribution`), CKAN (`tags`, `resources`) or a Data Package. */
function fromObject(o: Json): RealText | undefined {
  const title = str(o['title']);
  // JSON Schemas and Table Schema fields also have a title and a description: a dataset also lists files or tags.
  const files = o['distribution'] ?? o['resources'];
  if (!title || '$schema' in o || 'properties' in o) return undefined;
  if (!Array.isArray(files) && !Array.isArray(o['keyword']) && !Array.isArray(o['tags'])) return undefined;
  const publisher = isObject(o['publisher'])
    ? str(o['publisher']['name'])
    : isObject(o['organization'])
      ? str(o['organization']['title'])
      : str(o['organization']);
  const formats = (Array.isArray(files) ? files : [])
    .filter(isObject)
    .map((f) => str(f['format']) ?? str(f['mediaType']))
    .filter((f): f is string => !!f);
  return {
    title,
    description: str(o['description']) ?? str(o['notes']),
    keywords: [...strings(o['keyword']), ...strings(o['keywords']), ...strings(o['tags'])],
    publisher,
    formats,
  };
}

function walk(value: unknown, out: RealText[]): void {
  if (Array.isArray(value)) for (const v of value) walk(v, out);
  else if (isObject(value)) {
    const record = fromObject(value);
    if (record) out.push(record);
    for (const v of Object.values(value)) walk(v, out);
  }
}

/**
 * Every dataset text found under `dir` (read recursively), in a stable order. Files that do not parse are
 * skipped: these are other people's files, and a benchmark only needs their words.
 */
export function readRealTexts(dir: string): RealText[] {
  const out: RealText[] = [];
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
  for (const file of files) {
    try {
      if (file.endsWith('.json')) walk(JSON.parse(fs.readFileSync(file, 'utf8')) as unknown, out);
      else if (file.endsWith('.md') && file.includes(`${path.sep}_datasets${path.sep}`)) {
        const { data, body } = parseFrontMatter(fs.readFileSync(file, 'utf8'));
        const record = fromObject({ ...(data as Json), notes: body, tags: (data as Json)['category'] ?? [] });
        if (record) out.push(record);
      }
    } catch {
      // Not a file we can read words from.
    }
  }
  return out;
}
