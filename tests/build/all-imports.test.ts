// Every golden import of the four kinds, imported with placeholders into one catalog: it validates with no error,
// builds a page for every dataset, and its data.json is valid against DCAT-US 1.1 and GSA's non-federal variant.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeValidateEffects, validateCatalog } from '../../src/lib/validate/validate.ts';
import { allImportsContent, allImportsDist } from '../helpers/astro-build.ts';
import { importCases } from '../helpers/import-cases.ts';
import { dcatUsFederal, dcatUsNonFederal } from '../helpers/standards.ts';

const validation = validateCatalog(allImportsContent, nodeValidateEffects(allImportsContent));
const dataJson = JSON.parse(fs.readFileSync(path.join(allImportsDist, 'data.json'), 'utf8')) as { dataset: unknown[] };

describe('every golden import, in one built catalog', () => {
  it('holds the cases of all four kinds, and validates with no error', () => {
    expect(new Set(importCases.map((c) => c.split('/')[0]))).toEqual(
      new Set(['ckan', 'datapackage', 'dcat-us', 'jkan']),
    );
    expect(validation.content.datasets.length).toBeGreaterThan(250);
    expect(validation.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('builds a page and a data.json entry for every dataset', () => {
    for (const d of validation.content.datasets)
      expect(fs.existsSync(path.join(allImportsDist, 'datasets', d.id, 'index.html')), d.id).toBe(true);
    expect(dataJson.dataset.length).toBe(validation.content.datasets.length);
  });

  it('publishes a data.json valid against the official DCAT-US 1.1 schema and the non-federal variant', () => {
    for (const validate of [dcatUsFederal(), dcatUsNonFederal()]) {
      validate(dataJson);
      expect(validate.errors ?? []).toEqual([]);
    }
  });
});
