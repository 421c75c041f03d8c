// Collections through an import (src/lib/import/slugs.ts): a DCAT-US `isPartOf` identifier becomes the slug the
// same import (or an earlier one) gave the parent, and the imported catalog links parents and parts both ways in
// the model and in every export. Real input: GSA's collection-2-parent-4-children.data.json.
import { emptyCatalog } from '../../../helpers/import-cases.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { modelOf } from '../../../../src/lib/content/model.ts';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { apiDataset } from '../../../../src/lib/exports/api.ts';
import { toDcatAp } from '../../../../src/lib/exports/dcat-ap.ts';
import { toDataJson } from '../../../../src/lib/exports/dcat-us.ts';
import { toSchemaOrgDataset } from '../../../../src/lib/exports/schema-org.ts';
import { applyImport } from '../../../../src/lib/import/apply.ts';
import type { ExistingContent } from '../../../../src/lib/import/existing.ts';
import type { ImportedDataset } from '../../../../src/lib/import/model.ts';
import { slugsFor } from '../../../../src/lib/import/slugs.ts';
import { readDcatUs } from '../../../../src/lib/import/dcat-us.ts';
import { nodeValidateEffects, validateCatalog } from '../../../../src/lib/validate/validate.ts';
import { dcatUsFederal, dcatUsNonFederal } from '../../../helpers/standards.ts';

type Json = Record<string, unknown>;
const input = JSON.parse(fs.readFileSync('tests/fixtures/import/dcat-us/collection/input.json', 'utf8')) as Json & {
  dataset: Json[];
};
const PARENTS = ['IDF6-OPM-0001', 'IDF6-OPM-0001-PARENT2'];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-collection-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const catalog = (name: string) => emptyCatalog(work, name);
const importInto = (dir: string, doc: unknown, today = '2026-01-01') =>
  applyImport(readDcatUs(doc, 'input.json'), { contentDir: dir, dryRun: false, fillMissing: false, today, fs });

describe('importing a DCAT-US catalog of collections', () => {
  const dir = catalog('full');
  const report = importInto(dir, input);
  const content = readCatalog(dir, { cwd: dir });
  const byId = new Map(content.datasets.map((d) => [d.id, d]));
  const parents = content.datasets.filter((d) => d.children.length);
  const parts = content.datasets.filter((d) => d.parent);

  it('imports all six records and validates with no error', () => {
    expect(report.created).toHaveLength(6);
    expect(report.warnings.filter((w) => w.kind === 'isPartOf')).toEqual([]);
    const errors = validateCatalog(dir, nodeValidateEffects(dir)).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('links 2 parents and 4 parts both ways, a parent named after its part in the source', () => {
    expect(parents.map((d) => d.id).sort()).toEqual([
      'employee-relations-roundtables',
      'employee-relations-roundtables-2',
    ]);
    expect(parts).toHaveLength(4);
    expect(
      byId
        .get('employee-relations-roundtables-2')!
        .children.map((d) => d.id)
        .sort(),
    ).toEqual(['addressing-awol-2', 'linking-employee-relations-and-retirement-2']);
    for (const part of parts) expect(part.parent!.children).toContain(part);
    for (const parent of parents) for (const part of parent.children) expect(part.parent).toBe(parent);
  });

  it('carries the links in data.json, which stays valid against the official schemas', () => {
    const model = { ...modelOf(content), base: '/' };
    const dataJson = toDataJson(model);
    const records = dataJson['dataset'] as Json[];
    const byIdentifier = new Map(records.map((r) => [r['identifier'], r]));
    const awol2 = records.find((r) => r['title'] === 'Addressing AWOL 2')!;
    expect(awol2['isPartOf']).toBe('https://data.example.org/datasets/employee-relations-roundtables-2/');
    expect(byIdentifier.get(awol2['isPartOf'])?.['title']).toBe('Employee Relations Roundtables 2');
    expect(records.filter((r) => r['isPartOf'])).toHaveLength(4);
    for (const validate of [dcatUsFederal(), dcatUsNonFederal()]) {
      expect(validate(dataJson), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('carries the links in DCAT-AP, schema.org and the API record', () => {
    const model = { ...modelOf(content), base: '/' };
    const url = (slug: string) => `https://data.example.org/datasets/${slug}/`;
    const ap = (toDcatAp(model)['dcat:dataset'] as Json[]).find(
      (d) => d['@id'] === url('employee-relations-roundtables-2'),
    )!;
    expect(ap['dct:hasPart']).toEqual(
      expect.arrayContaining([
        { '@id': url('addressing-awol-2') },
        { '@id': url('linking-employee-relations-and-retirement-2') },
      ]),
    );
    const apPart = (toDcatAp(model)['dcat:dataset'] as Json[]).find((d) => d['@id'] === url('addressing-awol-2'))!;
    expect(apPart['dct:isPartOf']).toEqual({ '@id': url('employee-relations-roundtables-2') });
    const part = byId.get('addressing-awol-2')!;
    expect(toSchemaOrgDataset(model, part)['isPartOf']).toEqual({
      '@type': 'Dataset',
      name: 'Employee Relations Roundtables 2',
      url: url('employee-relations-roundtables-2'),
    });
    const parent = byId.get('employee-relations-roundtables-2')!;
    expect((toSchemaOrgDataset(model, parent)['hasPart'] as Json[]).map((p) => p['url']).sort()).toEqual([
      url('addressing-awol-2'),
      url('linking-employee-relations-and-retirement-2'),
    ]);
    expect(apiDataset(model, part)['isPartOf']).toBe('employee-relations-roundtables-2');
    expect((apiDataset(model, parent)['hasPart'] as string[]).sort()).toEqual([
      'addressing-awol-2',
      'linking-employee-relations-and-retirement-2',
    ]);
  });

  it('changes nothing on a second import', () => {
    const again = importInto(dir, input, '2026-02-01');
    expect(again.unchanged).toHaveLength(6);
    expect(again.created).toEqual([]);
    expect(again.updated).toEqual([]);
  });
});

describe('a part whose parent is not in the same import', () => {
  it('links to the parent an earlier import of the same catalog created', () => {
    const dir = catalog('earlier');
    importInto(dir, { ...input, dataset: input.dataset.filter((d) => PARENTS.includes(String(d['identifier']))) });
    const report = importInto(dir, {
      ...input,
      dataset: input.dataset.filter((d) => !PARENTS.includes(String(d['identifier']))),
    });
    expect(report.warnings.filter((w) => w.kind === 'isPartOf')).toEqual([]);
    const content = readCatalog(dir, { cwd: dir });
    expect(content.datasets.filter((d) => d.parent)).toHaveLength(4);
  });

  it('keeps the identifier of a parent found nowhere in source.extra, with a warning', () => {
    const dir = catalog('orphans');
    const report = importInto(dir, {
      ...input,
      dataset: input.dataset.filter((d) => d['identifier'] === 'IDF6-OPM-0001-AWOL'),
    });
    expect(report.warnings).toContainEqual({
      slug: 'addressing-awol',
      kind: 'isPartOf',
      message: 'its parent "IDF6-OPM-0001" is in neither this import nor an earlier one; kept in source.extra.isPartOf',
    });
    const text = fs.readFileSync(path.join(dir, 'datasets/addressing-awol/index.md'), 'utf8');
    expect(text).not.toMatch(/^isPartOf:/m);
    expect(text).toMatch(/^ {4}isPartOf: IDF6-OPM-0001$/m);
  });

  it('reads isPartOf from the older bare-array data.json as well', () => {
    const dir = catalog('legacy');
    importInto(dir, [{ title: 'A catalog' }, ...input.dataset]);
    const content = readCatalog(dir, { cwd: dir });
    expect(content.datasets.filter((d) => d.children.length)).toHaveLength(2);
    expect(content.datasets.filter((d) => d.parent)).toHaveLength(4);
  });
});

describe('the slug of an imported dataset', () => {
  it('is never only digits, which is the URL of a page of the list of datasets', () => {
    const existing: ExistingContent = {
      policy: undefined,
      organizations: new Map(),
      themes: new Map(),
      folders: new Set(),
      imported: new Map(),
    };
    const dataset = (identifier: string, title: string): ImportedDataset => ({
      identifier,
      meta: { title },
      body: '',
      extra: {},
      warnings: [],
      categories: [],
    });
    const slugs = slugsFor([dataset('a', '311'), dataset('b', '311'), dataset('c', '311 calls')], existing);
    expect([...slugs.values()]).toEqual(['dataset-311', 'dataset-311-2', '311-calls']);
  });
});
