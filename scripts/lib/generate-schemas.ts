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
  fieldMeta,
  innerSchema,
  LanguageSchema,
  LicenseSchema,
  mapValueOf,
  OrganizationSchema,
  shapeOf,
  StorySchema,
  TableSchemaSchema,
  ThemeSchema,
} from '../../src/schemas/index.ts';
import { KNOWN_LICENSES } from '../../src/schemas/licenses.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';

const root = path.resolve(import.meta.dirname, '../..');

const JSON_SCHEMAS: Record<string, { schema: z.ZodType; title: string }> = {
  'schemas/dataset.schema.json': {
    schema: DatasetSchema,
    title: 'Dataset (front matter of content/datasets/<slug>/index.md)',
  },
  'schemas/organization.schema.json': {
    schema: OrganizationSchema,
    title: 'Organization (content/organizations/<id>.yaml)',
  },
  'schemas/theme.schema.json': { schema: ThemeSchema, title: 'Theme (content/themes/<id>.yaml)' },
  'schemas/catalog.schema.json': { schema: CatalogSchema, title: 'Catalog (content/catalog.yaml)' },
  'schemas/story.schema.json': { schema: StorySchema, title: 'Story (front matter of content/stories/<slug>.mdx)' },
  'schemas/table-schema.schema.json': {
    schema: TableSchemaSchema,
    title: 'Data dictionary (Frictionless Table Schema)',
  },
};

/** A JSON Schema for editors; each field's `description` comes from its metadata (src/schemas/field-meta.ts). */
export function jsonSchema(schema: z.ZodType, title: string): unknown {
  const out = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<
    string,
    unknown
  >;
  return { ...descriptionLast(out), title };
}

/** Puts `description` after the keywords it explains, as the committed schemas have always had it (field names keep their order). */
function descriptionLast<T>(node: T, keysAreNames = false): T {
  if (Array.isArray(node)) return (node as unknown[]).map((n) => descriptionLast(n)) as T;
  if (!node || typeof node !== 'object') return node;
  const entries = Object.entries(node).map(
    ([k, v]) => [k, descriptionLast(v, !keysAreNames && (k === 'properties' || k === 'definitions'))] as const,
  );
  if (keysAreNames) return Object.fromEntries(entries) as T;
  return Object.fromEntries([
    ...entries.filter(([k]) => k !== 'description'),
    ...entries.filter(([k]) => k === 'description'),
  ]) as T;
}

// ---- CMS configuration -------------------------------------------------------------------------------

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

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

/** The catalog's languages, the default first: `translations` gets one block per other language. */
interface CmsContext {
  languages: readonly string[];
}

/**
 * `translations` as one object per language other than the default. Sveltia's own i18n cannot store our shape:
 * its single-file structures put each locale's copy of every field at the top of the file (`es: { title: … }`),
 * not under `translations`, and they cannot express a dictionary's columns by name. A map with keys of the
 * author's choosing (a translation's `columns`) has no CMS widget: it is kept as it is (`hidden`), edited in the file.
 */
function translationsField(base: CmsField, s: z.ZodType, ctx: CmsContext): CmsField | undefined {
  const entry = mapValueOf(s);
  const others = ctx.languages.slice(1);
  if (!entry || !others.length) return undefined;
  return {
    ...base,
    widget: 'object',
    collapsed: true,
    fields: others.map((lang) => ({
      name: lang,
      label: LANGUAGES[lang as keyof typeof LANGUAGES] ?? lang,
      widget: 'object',
      required: false,
      collapsed: true,
      fields: objectFieldsIn(entry, ctx),
    })),
  };
}

function cmsField(name: string, s: z.ZodType, ctx: CmsContext): CmsField | undefined {
  const { inner, optional, defaultValue } = unwrap(s);
  const meta = fieldMeta.get(s);
  const hint = meta?.hint ?? meta?.description;
  const base: CmsField = {
    name,
    label: label(name),
    widget: 'string',
    ...(optional ? { required: false } : {}),
    ...(hint ? { hint } : {}),
  };
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0))
    base['default'] = defaultValue;
  if (name === 'translations') return translationsField(base, s, ctx);
  if (defOf(inner) === defOf(LanguageSchema)) return { ...base, widget: 'select', options: [...ctx.languages] };
  if (name === 'translationOf')
    return {
      ...base,
      widget: 'relation',
      collection: 'stories',
      value_field: '{{slug}}',
      search_fields: ['title'],
      display_fields: ['title'],
    };
  const mapValue = mapValueOf(inner);
  // A hidden field takes neither a hint nor `required` (Sveltia's schema refuses them).
  if (mapValue && defOf(innerSchema(mapValue)).type === 'object') return { name, label: label(name), widget: 'hidden' };
  if (name === 'organization')
    return {
      ...base,
      widget: 'relation',
      collection: 'organizations',
      value_field: '{{slug}}',
      search_fields: ['name'],
      display_fields: ['name'],
    };
  if (name === 'themes')
    return {
      ...base,
      widget: 'relation',
      collection: 'themes',
      value_field: '{{slug}}',
      search_fields: ['name'],
      display_fields: ['name'],
      multiple: true,
    };
  // A field's metadata is set on a copy of LicenseSchema or DateSchema, which shares its definition.
  if (defOf(inner) === defOf(LicenseSchema)) {
    return {
      ...base,
      widget: 'select',
      options: KNOWN_LICENSES.map((l) => ({ label: `${l.name} (${l.id})`, value: l.id })),
    };
  }
  if (defOf(inner) === defOf(DateSchema))
    return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
  const value = innerSchema(inner);
  const def = defOf(value);
  switch (def.type) {
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def['entries'] as Record<string, string>) };
    case 'boolean':
      // A CSV dialect has a header row unless it says otherwise (Frictionless); the toggle must not say "no".
      return { ...base, widget: 'boolean', ...(name === 'header' ? { default: true } : {}) };
    case 'number':
      return { ...base, widget: 'number', value_type: 'float' };
    case 'object':
      return { ...base, widget: 'object', fields: objectFieldsIn(value, ctx) };
    case 'array': {
      const element = innerSchema(def['element'] as z.ZodType);
      const edef = defOf(element);
      if (edef.type === 'object') return { ...base, widget: 'list', fields: objectFieldsIn(element, ctx) };
      if (edef.type === 'union') {
        const obj = (edef['options'] as z.ZodType[]).find((o) => defOf(o).type === 'object');
        if (obj) return { ...base, widget: 'list', fields: objectFieldsIn(obj, ctx) };
      }
      return { ...base, widget: 'list' };
    }
    case 'union': {
      // A Table Schema written inline (an object) or as a file name: the CMS edits the inline form.
      const obj = (def['options'] as z.ZodType[]).find((o) => defOf(o).type === 'object');
      if (obj) return { ...base, widget: 'object', fields: objectFieldsIn(obj, ctx) };
      return base;
    }
    default:
      return meta?.markdown ? { ...base, widget: 'markdown' } : base;
  }
}

function objectFieldsIn(s: z.ZodType, ctx: CmsContext): CmsField[] {
  return (
    Object.entries(shapeOf(s) ?? {})
      // `source` is written by the importer, not by people; an old spelling is read, never offered.
      .filter(([name, field]) => name !== 'source' && !fieldMeta.get(field)?.oldSpellingOf)
      .flatMap(([name, field]) => cmsField(name, field, ctx) ?? [])
  );
}

/**
 * The Sveltia/Decap CMS configuration; each field's hint and widget come from its metadata. `languages` are the
 * catalog's, the default first.
 */
export function cmsConfig(
  repository: string,
  datasetSchema: z.ZodType = DatasetSchema,
  languages: readonly string[] = ['en'],
): unknown {
  const ctx: CmsContext = { languages };
  const objectFields = (s: z.ZodType) => objectFieldsIn(s, ctx);
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
        fields: [
          ...objectFields(datasetSchema),
          {
            name: 'body',
            label: 'Description',
            widget: 'markdown',
            hint: 'What the data is, what one row means, how it can be used: plain language a resident understands.',
          },
        ],
      },
      {
        name: 'organizations',
        label: 'Organizations',
        label_singular: 'Organization',
        folder: 'content/organizations',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        identifier_field: 'name',
        fields: objectFields(OrganizationSchema),
      },
      {
        name: 'themes',
        label: 'Themes',
        label_singular: 'Theme',
        folder: 'content/themes',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        identifier_field: 'name',
        fields: objectFields(ThemeSchema),
      },
      {
        name: 'stories',
        label: 'Data stories',
        label_singular: 'Story',
        folder: 'content/stories',
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        identifier_field: 'title',
        fields: [...objectFields(StorySchema), { name: 'body', label: 'Story', widget: 'markdown' }],
      },
      {
        name: 'settings',
        label: 'Portal settings',
        files: [
          { name: 'catalog', label: 'Catalog', file: 'content/catalog.yaml', fields: objectFields(CatalogSchema) },
        ],
      },
    ],
  };
}

/** Every generated file: its path in the repository and its content. */
export function generatedSchemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [file, { schema, title }] of Object.entries(JSON_SCHEMAS))
    files[file] = `${JSON.stringify(jsonSchema(schema, title), null, 2)}\n`;
  const catalog = parseYaml(fs.readFileSync(path.join(root, 'content/catalog.yaml'), 'utf8')) as {
    repository?: string;
    languages?: string[];
  };
  files['public/admin/config.yml'] = cmsConfigFile(catalog.repository, catalog.languages);
  return files;
}

/**
 * public/admin/config.yml for the catalog's GitHub repository (`owner/name`, or a placeholder when it has none)
 * and its languages (the default first; `[en]` when it lists none).
 */
export function cmsConfigFile(repository: string | undefined, languages?: readonly string[]): string {
  const config = cmsConfig(
    repository ?? 'YOUR-ORGANIZATION/YOUR-REPOSITORY',
    DatasetSchema,
    languages?.length ? languages : ['en'],
  );
  return `# Generated from src/schemas and content/catalog.yaml (repository, languages) by \`npm run schema\`: do not edit by hand.\n${stringify(config, { lineWidth: 0 })}`;
}

export const repositoryRoot = root;
