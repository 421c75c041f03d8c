import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { apiDataset, apiDatasetList, API_PAGE_SIZE } from '../../../../src/lib/exports/api.ts';
import { modelOf } from '../../../../src/lib/content/model.ts';
import { IMPORT_DATE, PLACEHOLDER_EMAIL, unstatedCatalog } from '../../../helpers/unstated-catalog.ts';

const content = readCatalog(path.resolve('tests/fixtures/catalog'));
const input = { ...modelOf(content), base: '/' };

describe('apiDatasetList()', () => {
  it('lists a small catalog in one file, with no next page', () => {
    const list = apiDatasetList(input);
    expect(list).toMatchObject({ count: input.datasets.length, page: 1, pages: 1 });
    expect(list).not.toHaveProperty('next');
  });

  it('splits a catalog of more than 1,000 datasets into linked pages that together hold every dataset', () => {
    const many = {
      ...input,
      datasets: Array.from({ length: 2 * API_PAGE_SIZE + 5 }, (_, i) => ({ ...input.datasets[0]!, id: `d-${i}` })),
    };
    const pages = [1, 2, 3].map(
      (n) => apiDatasetList(many, n) as { datasets: { id: string }[]; next?: string; prev?: string; pages: number },
    );
    expect(pages.map((p) => p.datasets.length)).toEqual([1000, 1000, 5]);
    expect(pages[0]!.next).toBe('https://fixture.example.org/api/datasets/page/2.json');
    expect(pages[2]!.prev).toBe('https://fixture.example.org/api/datasets/page/2.json');
    expect(pages[2]!.next).toBeUndefined();
    expect(new Set(pages.flatMap((p) => p.datasets.map((d) => d.id))).size).toBe(many.datasets.length);
  });
});

describe('the API for a dataset whose source left fields unstated', () => {
  const { input: unstated, imported } = unstatedCatalog();
  const list = apiDatasetList(unstated) as { datasets: Record<string, unknown>[] };
  const summary = list.datasets.find((d) => d['id'] === imported.id)!;
  const record = apiDataset(unstated, imported);

  it('gives null for an unknown date and publisher, NOASSERTION for the licence and no keywords', () => {
    expect(summary).toMatchObject({ modified: null, organization: null, license: 'NOASSERTION', keywords: [] });
    expect(record).toMatchObject({ modified: null, organization: null, contactPoint: null, keywords: [] });
    expect(record['license']).toMatchObject({ id: 'NOASSERTION' });
  });

  it('names the fields the source did not state, and never shows a placeholder', () => {
    expect(summary['notStated']).toEqual(['organization', 'contactPoint', 'license', 'modified', 'keywords']);
    expect(record['notStated']).toEqual(summary['notStated']);
    for (const json of [JSON.stringify(summary), JSON.stringify({ ...record, source: undefined })]) {
      expect(json).not.toContain(PLACEHOLDER_EMAIL);
      expect(json).not.toContain('needs-keywords');
      expect(json).not.toContain(IMPORT_DATE);
    }
  });

  it('gives the stated values of every other dataset, with nothing listed as not stated', () => {
    const other = list.datasets.find((d) => d['id'] !== imported.id)!;
    expect(other['modified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(other['notStated']).toEqual([]);
  });
});
