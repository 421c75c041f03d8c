// Facts about a field live on the field (src/schemas/field-meta.ts); the JSON Schemas, the CMS configuration,
// the loaders and the validator derive from them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cmsConfig, jsonSchema } from '../../../scripts/lib/generate-schemas.ts';
import {
  CatalogSchema,
  DatasetSchema,
  field,
  fieldDescription,
  fieldMeta,
  markdownFields,
  oldSpellings,
  OrganizationSchema,
  PlainTextSchema,
  recommendedFields,
  requiredMessage,
  ResourceSchema,
  shapeOf,
  StorySchema,
  TableSchemaSchema,
  ThemeSchema,
} from '../../../src/schemas/index.ts';

type Json = { properties: Record<string, { description?: string }> };
type CmsField = { name: string; widget: string; hint?: string };
type Cms = { collections: { name: string; fields: CmsField[] }[] };

const datasetFields = (config: unknown) => (config as Cms).collections.find((c) => c.name === 'datasets')!.fields;

describe('a field added to the dataset schema with its metadata', () => {
  const description = 'What changed for residents since the last release (Markdown).';
  const hint = 'A few sentences for residents; lists and links are fine.';
  const Extended = DatasetSchema.safeExtend({ changes: field(PlainTextSchema.optional(), { description, markdown: true, hint }) });

  it('is described in the generated JSON Schema', () => {
    expect((jsonSchema(Extended, 'Dataset') as Json).properties['changes']?.description).toBe(description);
  });

  it('appears in the CMS configuration as a Markdown editor with its hint', () => {
    expect(datasetFields(cmsConfig('owner/name', Extended)).find((f) => f.name === 'changes')).toMatchObject({ widget: 'markdown', hint, required: false });
  });

  it('is listed by markdownFields(), after the dataset\'s own Markdown fields', () => {
    expect(markdownFields(DatasetSchema)).toEqual(['methodology', 'caveats', 'rights', 'accessInstructions']);
    expect(markdownFields(Extended)).toEqual(['methodology', 'caveats', 'rights', 'accessInstructions', 'changes']);
  });

  it('leaves the dataset schema itself as it was', () => {
    expect(datasetFields(cmsConfig('owner/name')).map((f) => f.name)).not.toContain('changes');
  });
});

describe('field metadata', () => {
  const schemas: [string, z.ZodType][] = [
    ['dataset', DatasetSchema],
    ['catalog', CatalogSchema],
    ['organization', OrganizationSchema],
    ['theme', ThemeSchema],
    ['story', StorySchema],
    ['table schema', TableSchemaSchema],
  ];

  it.each(schemas)('describes every field of the %s schema, nested objects included', (_, schema) => {
    const undescribed: string[] = [];
    const walk = (s: z.ZodType, at: string) => {
      for (const [name, child] of Object.entries(shapeOf(s) ?? {})) {
        if (!fieldMeta.get(child)?.description) undescribed.push(`${at}${name}`);
        walkNested(child, `${at}${name}.`, walk);
      }
    };
    walk(schema, '');
    expect(undescribed).toEqual([]);
  });

  it.each([
    [['title'], 'is required: add a title such as "Street trees"'],
    [['license'], 'is required: an SPDX id such as CC-BY-4.0, or the URL of the licence'],
    [['resources', 0, 'format'], 'is required, for example CSV or GeoJSON'],
    [['resources', 'format'], 'is required, for example CSV or GeoJSON'],
    [['contactPoint', 'name'], 'is required'],
    [['no-such-field'], 'is required'],
  ] as const)('requiredMessage(DatasetSchema, %j) is %j', (at, message) => {
    expect(requiredMessage(DatasetSchema, at)).toBe(message);
  });

  it('finds a description through lists and the inline form of a data dictionary', () => {
    expect(fieldDescription(DatasetSchema, ['resources', 0, 'schema', 'fields', 2, 'unit'])).toBe('Unit of measure, e.g. `seconds`, `USD`, `%`.');
    expect(fieldDescription(DatasetSchema, ['contactPoint', 'email'])).toBe('Their email address, e.g. `opendata@example.org`.');
  });

  it('names the recommended fields of a dataset, each with why, in schema order', () => {
    expect(recommendedFields(DatasetSchema).map((r) => r.name)).toEqual(['themes', 'accrualPeriodicity', 'temporal', 'spatial']);
    expect(recommendedFields(DatasetSchema)[0]!.why).toBe('helps people browse to the data; add one or more theme ids');
  });

  it('lives in src/schemas, which imports nothing from src/lib', () => {
    const dir = path.resolve(import.meta.dirname, '../../../src/schemas');
    const offenders = fs.readdirSync(dir).filter((f) => /from '\.\.\/lib\//.test(fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('provenance `license` and its old spelling `licence`', () => {
  const resource = { title: 'Calls', path: 'calls.csv', format: 'CSV' };
  const repository = 'https://github.com/codeforpdx/open-data-streams';

  it('reads `licence` as `license` for one release', () => {
    const r = ResourceSchema.parse({ ...resource, provenance: { repository, licence: 'MIT (repo LICENSE)' } });
    expect(r.provenance).toEqual({ repository, license: 'MIT (repo LICENSE)' });
  });

  it('keeps `license` when both are written', () => {
    const r = ResourceSchema.parse({ ...resource, provenance: { repository, license: 'new', licence: 'old' } });
    expect(r.provenance).toEqual({ repository, license: 'new' });
  });

  it('finds each old spelling in front matter as written, with its path and what to write instead', () => {
    const raw = {
      title: 'Calls',
      resources: [{ ...resource, provenance: { repository, license: 'ok' } }, { ...resource, provenance: { repository, licence: 'MIT' } }],
    };
    expect(oldSpellings(DatasetSchema, raw)).toEqual([
      { path: ['resources', 1, 'provenance', 'licence'], message: '"licence" is the old spelling; write "license"' },
    ]);
    expect(oldSpellings(DatasetSchema, { resources: [{ provenance: { license: 'ok' } }] })).toEqual([]);
  });
});

// ---- helpers -------------------------------------------------------------------------------------------

/** Walks into an object field, a list of objects, or the object option of a union (the inline data dictionary). */
function walkNested(s: z.ZodType, at: string, walk: (s: z.ZodType, at: string) => void): void {
  const def = (node: z.ZodType) => (node as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  let node = s;
  for (;;) {
    const d = def(node);
    if (d['innerType']) node = d['innerType'] as z.ZodType;
    else if (d['type'] === 'pipe') node = d['in'] as z.ZodType;
    else if (d['type'] === 'array') node = d['element'] as z.ZodType;
    else break;
  }
  const d = def(node);
  if (d['type'] === 'union') for (const option of d['options'] as z.ZodType[]) walkNested(option, at, walk);
  else walk(node, at);
}
