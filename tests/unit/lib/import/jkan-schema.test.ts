// A JKAN site's fields are read by meaning: the `datajson:` key its schema declares, else the field's name or
// label; its licences by name or URL, in both forms of _data/licenses.yml JKAN has shipped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJkanLicenses, readJkanSchemas, schemaOf } from '../../../../src/lib/import/jkan-schema.ts';
import { readJkan } from '../../../../src/lib/import/jkan.ts';

const beverlyHills = 'tests/fixtures/import/jkan/beverly-hills/input';
const sample = 'tests/fixtures/import/jkan/jkan-sample/input';

describe('readJkanSchemas()', () => {
  it("reads Beverly Hills' own schema: updateddate declares datajson updated, so it is the date modified", () => {
    const { schemas, siteSchema } = readJkanSchemas(beverlyHills);
    expect(siteSchema).toBe('default');
    const schema = schemas.get('default')!;
    expect(schema.meaningOf('updateddate')).toBe('modified');
    expect(schema.meaningOf('maintainer')).toBe('contactName');
    expect(schema.meaningOf('organization')).toBe('publisher');
    expect(schema.meaningOf('notes')).toBe('description');
    // disclaimer declares datajson "disclaimer", a key DCAT-US does not have.
    expect(schema.meaningOf('disclaimer')).toBeUndefined();
  });
});

describe('schemaOf()', () => {
  it.each([
    [{ field_name: 'date_added', datajson: 'issued' }, 'issued'],
    [{ field_name: 'first_published', datajson: 'created' }, 'issued'],
    [{ field_name: 'created' }, 'issued'],
    [{ field_name: 'last_updated' }, 'modified'],
    [{ field_name: 'link', datajson: 'landingPage' }, 'landingPage'],
    [{ field_name: 'source_url' }, 'landingPage'],
    [{ field_name: 'original' }, 'landingPage'],
    [{ field_name: 'contact_email', datajson: 'contactPoint.hasEmail' }, 'contactEmail'],
    [{ field_name: 'how_often', label: 'Update frequency' }, 'accrualPeriodicity'],
    [{ field_name: 'records' }, undefined],
  ])('maps %o to %s', (field, meaning) => {
    expect(schemaOf([field]).meaningOf(field.field_name)).toBe(meaning);
  });

  it("lets a field's datajson key win over its name", () => {
    expect(schemaOf([{ field_name: 'created', datajson: 'modified' }]).meaningOf('created')).toBe('modified');
  });
});

describe('readJkanLicenses()', () => {
  it('reads the map form (Beverly Hills) and the items form (JKAN sample), by lower-case name', () => {
    expect(readJkanLicenses(beverlyHills).get('open data commons public domain dedication and licence (pddl)')).toBe(
      'http://www.opendefinition.org/licenses/odc-pddl',
    );
    expect(readJkanLicenses(sample).get('creative commons attribution')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    // "Not Applicable" has no URL: it identifies no licence.
    expect(readJkanLicenses(sample).has('not applicable')).toBe(false);
  });
});

describe('readJkan() maps Beverly Hills by meaning', () => {
  const batch = readJkan(beverlyHills);
  const byId = new Map(batch.datasets.map((d) => [d.identifier, d]));

  it('reads "July 1, 2019" in updateddate as the date modified', () => {
    expect(batch.datasets.filter((d) => d.meta['modified'] === '2019-07-01')).toHaveLength(1);
    expect(batch.datasets.filter((d) => d.meta['modified']).length).toBe(16);
  });

  it('reads "Daily" in updateddate as how often, and keeps "see Open Gov" in source.extra with a warning', () => {
    const daily = batch.datasets.filter((d) => d.meta['accrualPeriodicity'] === 'R/P1D');
    expect(daily).toHaveLength(8);
    for (const d of daily) expect(d.meta['modified']).toBeUndefined();
    const expenses = byId.get('expenses')!;
    expect(expenses.extra['updateddate']).toBe('see Open Gov');
    expect(expenses.warnings).toContainEqual({
      kind: 'modified',
      message: 'updateddate "see Open Gov" is not a date; kept in source.extra.updateddate',
    });
  });

  it('keeps the disclaimer, which has no field here, and drops JKAN\'s own "schema" key', () => {
    for (const d of batch.datasets) {
      expect(Object.keys(d.extra).filter((k) => k !== 'updateddate')).toEqual(['disclaimer']);
    }
  });
});

describe('readJkan() on a site whose schema adds fields', () => {
  it('maps a licence given by name, and fields declaring issued and landingPage, by their datajson keys', () => {
    // Beverly Hills with one dataset edited as a site with a richer schema would write it.
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-jkan-'));
    fs.cpSync(beverlyHills, site, { recursive: true });
    const schemaFile = path.join(site, '_data/schemas/default.yml');
    fs.writeFileSync(
      schemaFile,
      fs
        .readFileSync(schemaFile, 'utf8')
        .replace(
          'resource_fields:',
          '  - field_name: first_posted\n    datajson: issued\n  - field_name: source_link\n    datajson: landingPage\n\nresource_fields:',
        ),
    );
    const file = path.join(site, '_datasets/expenses.md');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace(/^license: .*$/m, 'license: Open Data Commons Public Domain Dedication and Licence (PDDL)')
        .replace(
          /^updateddate: .*$/m,
          'updateddate: October 29, 2018\nfirst_posted: 2016-09-05\nsource_link: https://beverlyhills.opengov.com/',
        ),
    );
    try {
      const d = readJkan(site).datasets.find((x) => x.identifier === 'expenses')!;
      expect(d.meta).toMatchObject({
        license: 'PDDL-1.0',
        modified: '2018-10-29',
        issued: '2016-09-05',
        landingPage: 'https://beverlyhills.opengov.com/',
      });
      expect(Object.keys(d.extra)).toEqual(['disclaimer']);
      expect(d.warnings).toEqual([]);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });
});
