import path from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { dcatApPageCount, dcatApPagePath, DCAT_AP_PAGE_SIZE, toDcatAp } from '../../../../src/lib/exports/dcat-ap.ts';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { modelOf } from '../../../../src/lib/content/model.ts';
import { IMPORT_DATE, PLACEHOLDER_EMAIL, unstatedCatalog } from '../../../helpers/unstated-catalog.ts';

describe('toDcatAp() for a dataset whose source left fields unstated', () => {
  const { input, imported, known } = unstatedCatalog();
  const datasets = toDcatAp(input)['dcat:dataset'] as Record<string, unknown>[];
  const entry = datasets.find((d) => String(d['@id']).endsWith(`/datasets/${imported.id}/`))!;

  it('leaves out the optional modified, keyword, publisher and contact point instead of giving placeholders', () => {
    for (const key of ['dct:modified', 'dcat:keyword', 'dct:publisher', 'dcat:contactPoint', 'dct:license'])
      expect(entry, key).not.toHaveProperty(key);
    const json = JSON.stringify(entry);
    for (const placeholder of [PLACEHOLDER_EMAIL, 'needs-keywords', IMPORT_DATE])
      expect(json).not.toContain(placeholder);
  });

  it('keeps them for a dataset that states them', () => {
    const other = datasets.find((d) => String(d['@id']).endsWith(`/datasets/${known.id}/`))!;
    for (const key of ['dct:modified', 'dcat:keyword', 'dct:publisher', 'dcat:contactPoint'])
      expect(other).toHaveProperty(key);
  });
});

describe('toDcatAp() for a catalog too large for one file', () => {
  const content = readCatalog(path.resolve('tests/fixtures/catalog'));
  const input = { ...modelOf(content), base: '/' };
  const many = {
    ...input,
    datasets: Array.from({ length: 2 * DCAT_AP_PAGE_SIZE + 3 }, (_, i) => ({ ...input.datasets[0]!, id: `d-${i}` })),
  };
  const pages = [1, 2, 3].map((n) => toDcatAp(many, n));
  const view = (n: number) => pages[n - 1]!['hydra:view'] as Record<string, { '@id': string } | string>;
  const page = (n: number) => `https://fixture.example.org${dcatApPagePath(n)}`;

  it('keeps a small catalog in one file, without paging', () => {
    expect(dcatApPageCount(input)).toBe(1);
    const one = toDcatAp(input);
    expect(one['@type']).toBe('dcat:Catalog');
    expect(one).not.toHaveProperty('hydra:view');
    expect((one['dcat:dataset'] as unknown[]).length).toBe(input.datasets.length);
  });

  it('splits it into pages that together hold every dataset once', () => {
    expect(dcatApPageCount(many)).toBe(3);
    const ids = pages.flatMap((p) => (p['dcat:dataset'] as { '@id': string }[]).map((d) => d['@id']));
    expect(pages.map((p) => (p['dcat:dataset'] as unknown[]).length)).toEqual([
      DCAT_AP_PAGE_SIZE,
      DCAT_AP_PAGE_SIZE,
      3,
    ]);
    expect(new Set(ids).size).toBe(many.datasets.length);
    for (const p of pages) expect(p['hydra:totalItems']).toBe(many.datasets.length);
  });

  it('links the pages with Hydra, the paging harvesters follow, and every page expands without losing a term', async () => {
    expect(dcatApPagePath(1)).toBe('/catalog.jsonld');
    expect(view(1)).toMatchObject({
      '@id': page(1),
      '@type': 'hydra:PartialCollectionView',
      'hydra:next': { '@id': page(2) },
    });
    expect(view(1)).not.toHaveProperty('hydra:previous');
    expect(view(2)).toMatchObject({ 'hydra:previous': { '@id': page(1) }, 'hydra:next': { '@id': page(3) } });
    expect(view(3)).toMatchObject({ 'hydra:first': { '@id': page(1) }, 'hydra:last': { '@id': page(3) } });
    expect(view(3)).not.toHaveProperty('hydra:next');
    const expanded = (await jsonld.expand(pages[2]!, { safe: true } as Parameters<
      typeof jsonld.expand
    >[1])) as unknown as Record<string, unknown>[];
    const view3 = (expanded[0]!['http://www.w3.org/ns/hydra/core#view'] as Record<string, unknown>[])[0]!;
    expect(view3['http://www.w3.org/ns/hydra/core#previous']).toEqual([{ '@id': page(2) }]);
  });
});
