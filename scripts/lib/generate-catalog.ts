// Generates a large synthetic catalog by varying the real sample datasets, for benchmarks.
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontMatter } from '../../src/lib/content/yaml-source.ts';
import { stringify } from 'yaml';
import { generateRealistic, type RealisticResult } from './generate-realistic.ts';

/** Local files up to this size are linked into generated datasets; bigger ones become remote URLs. */
const MAX_LOCAL_BYTES = 100_000;

export interface GenerateOptions {
  /** 200 organizations, 20 themes, 15 formats and real catalogs' texts (scripts/lib/generate-realistic.ts). */
  realistic?: boolean;
  /** With `realistic`: a folder of real catalogs (DCAT-US, CKAN, Data Packages, JKAN) to take texts from. */
  realData?: string;
}

/**
 * Writes `count` datasets into `outDir` (a content folder): copies catalog.yaml, organizations and themes from
 * `sourceDir`, then cycles through its datasets, changing the slug, title and dates of each copy. With
 * `realistic`, writes the realistic catalog instead and says how many real texts it read.
 */
export function generateCatalog(
  sourceDir: string,
  outDir: string,
  count: number,
  options: GenerateOptions = {},
): RealisticResult | undefined {
  if (options.realistic) return generateRealistic(sourceDir, outDir, count, options.realData);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, 'datasets'), { recursive: true });
  fs.copyFileSync(path.join(sourceDir, 'catalog.yaml'), path.join(outDir, 'catalog.yaml'));
  for (const sub of ['organizations', 'themes'])
    fs.cpSync(path.join(sourceDir, sub), path.join(outDir, sub), { recursive: true });
  fs.mkdirSync(path.join(outDir, 'stories'), { recursive: true });

  const base = fs
    .readdirSync(path.join(sourceDir, 'datasets'))
    .sort()
    .map((slug) => {
      const dir = path.join(sourceDir, 'datasets', slug);
      const src = parseFrontMatter(fs.readFileSync(path.join(dir, 'index.md'), 'utf8'));
      return { slug, dir, data: src.data as Record<string, unknown>, body: src.body };
    });
  const day = 24 * 3600 * 1000;
  const start = Date.UTC(2015, 0, 1);
  for (let i = 0; i < count; i++) {
    const model = base[i % base.length]!;
    const n = Math.floor(i / base.length) + 1;
    const slug = `${model.slug}-${n}`;
    const dir = path.join(outDir, 'datasets', slug);
    fs.mkdirSync(dir);
    const resources = ((model.data['resources'] as Record<string, unknown>[] | undefined) ?? []).map((r) => {
      const p = r['path'];
      if (typeof p !== 'string') return r;
      const file = path.join(model.dir, p);
      if (fs.statSync(file).size <= MAX_LOCAL_BYTES) {
        fs.linkSync(file, path.join(dir, p));
        return r;
      }
      const { path: _drop, ...rest } = r;
      return { ...rest, url: `https://data.example.org/files/${slug}/${p}` };
    });
    const modified = new Date(start + ((i * 7919) % 3650) * day).toISOString().slice(0, 10);
    const data = {
      ...model.data,
      title: `${model.data['title'] as string} (copy ${n})`,
      modified,
      resources,
    };
    delete (data as Record<string, unknown>)['issued'];
    fs.writeFileSync(path.join(dir, 'index.md'), `---\n${stringify(data)}---\n${model.body}`);
  }
  return undefined;
}
