// Validators for the open standards, from the official JSON Schemas copied into tests/fixtures/standards.
import fs from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { repoRoot } from './astro-build.ts';

const dir = path.join(repoRoot, 'tests/fixtures/standards');
const load = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;

export interface Validator {
  (data: unknown): boolean;
  errors?: unknown[] | null;
}

function draft04(files: string[], main: string): Validator {
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  for (const f of files) ajv.addSchema(load(f));
  const id = (load(main)['id'] as string).replace(/#$/, '');
  return ajv.getSchema(id) as Validator;
}

/** The official DCAT-US 1.1 catalog schema (federal: requires bureauCode and programCode). */
export const dcatUsFederal = () =>
  draft04(
    [
      'dcat-us-1.1/vcard.json',
      'dcat-us-1.1/organization.json',
      'dcat-us-1.1/distribution.json',
      'dcat-us-1.1/dataset.json',
      'dcat-us-1.1/catalog.json',
    ],
    'dcat-us-1.1/catalog.json',
  );

/** GSA's non-federal variant of DCAT-US 1.1, as the data.gov harvester applies it to cities and states. */
export const dcatUsNonFederal = () =>
  draft04(
    ['dcat-us-1.1-non-federal/dataset-non-federal.json', 'dcat-us-1.1-non-federal/catalog.json'],
    'dcat-us-1.1-non-federal/catalog.json',
  );

function draft07(file: string): Validator {
  const ajv = new Ajv2019({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  const schema = load(file);
  delete schema['$schema'];
  return ajv.compile(schema) as Validator;
}

/** The official Frictionless Data Package profiles. */
export const dataPackageV2 = () => draft07('frictionless-2.0/datapackage.json');
export const dataPackageV1 = () => draft07('frictionless-1.0/datapackage.json');
