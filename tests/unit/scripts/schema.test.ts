// The JSON Schemas and CMS configuration generated from src/schemas are committed, current and valid.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generatedSchemaFiles } from '../../../scripts/lib/generate-schemas.ts';
import { parseFrontMatter } from '../../../src/lib/content/yaml-source.ts';

const require = createRequire(import.meta.url);
const files = generatedSchemaFiles();

describe('npm run schema', () => {
  it.each(Object.keys(files))(
    '%s is committed and up to date (run npm run schema after changing src/schemas)',
    (file) => {
      expect(fs.existsSync(file)).toBe(true);
      expect(fs.readFileSync(file, 'utf8')).toBe(files[file]);
    },
  );

  it('gives every field of the dataset schema its documentation from the JSDoc', () => {
    const schema = JSON.parse(files['schemas/dataset.schema.json']!);
    for (const [name, prop] of Object.entries(schema.properties as Record<string, { description?: string }>))
      expect(prop.description, name).toBeTruthy();
  });

  it("accepts every sample dataset's front matter and rejects a broken one (JSON Schema, as an editor checks it)", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(files['schemas/dataset.schema.json']!));
    for (const slug of fs.readdirSync('content/datasets')) {
      const src = parseFrontMatter(fs.readFileSync(path.join('content/datasets', slug, 'index.md'), 'utf8'));
      expect(validate(src.data), `${slug}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const broken = parseFrontMatter(fs.readFileSync('tests/fixtures/invalid-datasets/misspelt-field/index.md', 'utf8'));
    expect(validate(broken.data)).toBe(false);
  });

  it("writes a CMS configuration that Sveltia CMS's own JSON Schema accepts, with an editorial workflow", () => {
    const config = parse(files['public/admin/config.yml']!);
    const ajv = new Ajv({ allErrors: true, strict: false });
    const schema = JSON.parse(
      fs.readFileSync(
        path.join(path.resolve(path.dirname(require.resolve('@sveltia/cms')), '..'), 'schema/sveltia-cms.json'),
        'utf8',
      ),
    );
    delete schema.$schema;
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(config.publish_mode).toBe('editorial_workflow');
    const datasets = config.collections.find((c: { name: string }) => c.name === 'datasets');
    expect(datasets.fields.map((f: { name: string }) => f.name)).toEqual(
      expect.arrayContaining(['title', 'summary', 'organization', 'license', 'resources', 'body']),
    );
  });
});
