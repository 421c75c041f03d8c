// The exports of a catalog in two languages (the sample: English and Spanish, some datasets translated by staff).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { modelOf } from '../../../../src/lib/content/model.ts';
import { toDcatAp } from '../../../../src/lib/exports/dcat-ap.ts';
import { toDataJson } from '../../../../src/lib/exports/dcat-us.ts';
import { toSchemaOrgDataset } from '../../../../src/lib/exports/schema-org.ts';

const input = { ...modelOf(readCatalog(path.resolve('content'))), base: '/' };
const trees = input.datasets.find((d) => d.id === 'sf-street-trees-sample')!;
const untranslated = input.datasets.find((d) => !d.data.translations)!;
const spanish = trees.data.translations!.es!;

describe('toDcatAp() of a catalog in English and Spanish', () => {
  const ap = toDcatAp(input);
  const entry = (id: string) =>
    (ap['dcat:dataset'] as Record<string, unknown>[]).find((d) => String(d['@id']).endsWith(`/datasets/${id}/`))!;

  it('lists both languages of the catalog from the EU vocabulary', () => {
    expect(ap['dct:language']).toEqual([
      { '@id': 'http://publications.europa.eu/resource/authority/language/ENG' },
      { '@id': 'http://publications.europa.eu/resource/authority/language/SPA' },
    ]);
  });

  it('gives a translated title and description as one literal per language', () => {
    expect(entry(trees.id)['dct:title']).toEqual([
      { '@value': trees.data.title, '@language': 'en' },
      { '@value': spanish.title, '@language': 'es' },
    ]);
    expect(entry(trees.id)['dct:description']).toContainEqual({ '@value': spanish.description, '@language': 'es' });
  });

  it('keeps one English literal where nothing is translated', () => {
    expect(entry(untranslated.id)['dct:title']).toEqual({ '@value': untranslated.data.title, '@language': 'en' });
  });
});

describe('toDataJson() (DCAT-US) of a catalog in English and Spanish', () => {
  it('stays English only: its schema has no translations', () => {
    const us = JSON.stringify(toDataJson(input));
    expect(us).toContain(trees.data.title);
    expect(us).not.toContain(spanish.title!);
  });
});

describe('toSchemaOrgDataset() for the page in each language', () => {
  it('describes the Spanish page in Spanish, with inLanguage and the Spanish URL', () => {
    const ld = toSchemaOrgDataset(input, trees, 'es');
    expect(ld).toMatchObject({
      name: spanish.title,
      inLanguage: 'es',
      url: `https://data.example.org/es/datasets/${trees.id}/`,
    });
    expect(ld['description']).toContain(spanish.description!.slice(0, 40));
    expect(ld['identifier']).toBe(`https://data.example.org/datasets/${trees.id}/`);
  });

  it('says the texts are English on the Spanish page of an untranslated dataset, and on every English page', () => {
    expect(toSchemaOrgDataset(input, untranslated, 'es')).toMatchObject({
      name: untranslated.data.title,
      inLanguage: 'en',
    });
    expect(toSchemaOrgDataset(input, trees)).toMatchObject({
      name: trees.data.title,
      inLanguage: 'en',
      url: `https://data.example.org/datasets/${trees.id}/`,
    });
  });
});
