// Everything generated from the zod schemas for editors and the CMS: JSON Schemas (schemas/*.schema.json)
// and the Sveltia/Decap CMS configuration (public/admin/config.yml). `npm run schema` writes them; a test
// fails when the committed copies are stale.
import path from 'node:path';
import { z } from 'zod';
import fs from 'node:fs';
import { parse as parseYaml, stringify } from 'yaml';
import {
  CatalogSchema,
  DateSchema,
  DatasetSchema,
  OrganizationSchema,
  StorySchema,
  TableSchemaSchema,
  ThemeSchema,
} from '../../src/schemas/index.ts';
import { addDescriptions, readFieldDocs, type FieldDocs } from './schema-docs.ts';
import { KNOWN_LICENSES } from '../../src/schemas/licenses.ts';

const root = path.resolve(import.meta.dirname, '../..');

const JSON_SCHEMAS: Record<string, { schema: z.ZodType; title: string }> = {
  'schemas/dataset.schema.json': { schema: DatasetSchema, title: 'Dataset (front matter of content/datasets/<slug>/index.md)' },
  'schemas/organization.schema.json': { schema: OrganizationSchema, title: 'Organization (content/organizations/<id>.yaml)' },
  'schemas/theme.schema.json': { schema: ThemeSchema, title: 'Theme (content/themes/<id>.yaml)' },
  'schemas/catalog.schema.json': { schema: CatalogSchema, title: 'Catalog (content/catalog.yaml)' },
  'schemas/story.schema.json': { schema: StorySchema, title: 'Story (front matter of content/stories/<slug>.mdx)' },
  'schemas/table-schema.schema.json': { schema: TableSchemaSchema, title: 'Data dictionary (Frictionless Table Schema)' },
};

function jsonSchema(schema: z.ZodType, title: string, docs: FieldDocs): unknown {
  const out = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
  addDescriptions(out, docs);
  return { ...out, title };
}

// ---- CMS configuration -------------------------------------------------------------------------------

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

const MARKDOWN_FIELDS = new Set(['description', 'methodology', 'caveats', 'rights', 'accessInstructions']);
const label = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  [k: string]: unknown;
}

/** Strips optional/default wrappers; tells whether the field may be left out. */
function unwrap(s: z.ZodType): { inner: z.ZodType; optional: boolean; defaultValue?: unknown } {
  let inner = s;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional') optional = true;
    else if (def.type === 'default') {
      optional = true;
      const v = def['defaultValue'];
      defaultValue = typeof v === 'function' ? (v as () => unknown)() : v;
    } else break;
    inner = def['innerType'] as z.ZodType;
  }
  return { inner, optional, ...(defaultValue !== undefined ? { defaultValue } : {}) };
}

function cmsField(name: string, s: z.ZodType, docs: Record<string, string>, fieldDocs: FieldDocs): CmsField {
  const { inner, optional, defaultValue } = unwrap(s);
  const base: CmsField = { name, label: label(name), widget: 'string', ...(optional ? { required: false } : {}), ...(docs[name] ? { hint: docs[name] } : {}) };
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0)) base['default'] = defaultValue;
  if (name === 'organization') return { ...base, widget: 'relation', collection: 'organizations', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'] };
  if (name === 'themes') return { ...base, widget: 'relation', collection: 'themes', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'], multiple: true };
  if (name === 'license') return { ...base, widget: 'select', options: KNOWN_LICENSES.map((l) => ({ label: `${l.name} (${l.id})`, value: l.id })) };
  if (inner === DateSchema) return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
  const def = defOf(inner);
  switch (def.type) {
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def['entries'] as Record<string, string>) };
    case 'boolean':
      // A CSV dialect has a header row unless it says otherwise (Frictionless); the toggle must not say "no".
      return { ...base, widget: 'boolean', ...(name === 'header' ? { default: true } : {}) };
    case 'number':
      return { ...base, widget: 'number', value_type: 'float' };
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(inner, fieldDocs) };
    case 'array': {
      const element = unwrap(def['element'] as z.ZodType).inner;
      const edef = defOf(element);
      if (edef.type === 'object') return { ...base, widget: 'list', fields: objectFields(element, fieldDocs) };
      if (edef.type === 'union') {
        const obj = (edef['options'] as z.ZodType[]).find((o) => defOf(o).type === 'object');
        if (obj) return { ...base, widget: 'list', fields: objectFields(obj, fieldDocs) };
      }
      return { ...base, widget: 'list' };
    }
    case 'union': {
      // A Table Schema written inline (an object) or as a file name: the CMS edits the inline form.
      const obj = (def['options'] as z.ZodType[]).find((o) => defOf(o).type === 'object');
      if (obj) return { ...base, widget: 'object', fields: objectFields(obj, fieldDocs) };
      return base;
    }
    default:
      return MARKDOWN_FIELDS.has(name) ? { ...base, widget: 'markdown' } : base;
  }
}

function objectFields(s: z.ZodType, fieldDocs: FieldDocs): CmsField[] {
  const shape = defOf(s)['shape'] as Record<string, z.ZodType>;
  const docs = fieldDocs.get(Object.keys(shape).sort().join(',')) ?? {};
  // `source` is written by the importer, not by people.
  return Object.entries(shape).filter(([name]) => name !== 'source').map(([name, field]) => cmsField(name, field, docs, fieldDocs));
}

function cmsConfig(docs: FieldDocs, repository: string): unknown {
  return {
    backend: { name: 'github', repo: repository, branch: 'main' },
    publish_mode: 'editorial_workflow',
    // Optional fields left empty are not written as '' or [] (which the validator rejects, e.g. `landingPage: ''`).
    output: { omit_empty_optional_fields: true },
    media_folder: 'public/media',
    public_folder: '/media',
    collections: [
      {
        name: 'datasets',
        label: 'Datasets',
        label_singular: 'Dataset',
        folder: 'content/datasets',
        path: '{{slug}}/index',
        extension: 'md',
        format: 'frontmatter',
        create: true,
        identifier_field: 'title',
        summary: '{{title}} ({{modified}})',
        fields: [...objectFields(DatasetSchema, docs), { name: 'body', label: 'Description', widget: 'markdown', hint: 'What the data is, what one row means, how it can be used: plain language a resident understands.' }],
      },
      { name: 'organizations', label: 'Organizations', label_singular: 'Organization', folder: 'content/organizations', extension: 'yaml', format: 'yaml', create: true, identifier_field: 'name', fields: objectFields(OrganizationSchema, docs) },
      { name: 'themes', label: 'Themes', label_singular: 'Theme', folder: 'content/themes', extension: 'yaml', format: 'yaml', create: true, identifier_field: 'name', fields: objectFields(ThemeSchema, docs) },
      {
        name: 'stories',
        label: 'Data stories',
        label_singular: 'Story',
        folder: 'content/stories',
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        identifier_field: 'title',
        fields: [...objectFields(StorySchema, docs), { name: 'body', label: 'Story', widget: 'markdown' }],
      },
      { name: 'settings', label: 'Portal settings', files: [{ name: 'catalog', label: 'Catalog', file: 'content/catalog.yaml', fields: objectFields(CatalogSchema, docs) }] },
    ],
  };
}

/** Every generated file: its path in the repository and its content. */
export function generatedSchemaFiles(): Record<string, string> {
  const docs = readFieldDocs(path.join(root, 'src/schemas'));
  const files: Record<string, string> = {};
  for (const [file, { schema, title }] of Object.entries(JSON_SCHEMAS)) files[file] = `${JSON.stringify(jsonSchema(schema, title, docs), null, 2)}\n`;
  const catalog = parseYaml(fs.readFileSync(path.join(root, 'content/catalog.yaml'), 'utf8')) as { repository?: string };
  const repository = catalog.repository ?? 'YOUR-ORGANIZATION/YOUR-REPOSITORY';
  files['public/admin/config.yml'] = `# Generated from src/schemas and content/catalog.yaml (repository) by \`npm run schema\`: do not edit by hand.\n${stringify(cmsConfig(docs, repository), { lineWidth: 0 })}`;
  return files;
}

export const repositoryRoot = root;
