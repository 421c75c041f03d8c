import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCkan } from '../../../../src/lib/import/ckan.ts';

const fixtures = path.resolve('tests/fixtures/import');
/** Reads a golden case's package_search or package_show response. */
const readCase = (name: string) =>
  readCkan(JSON.parse(fs.readFileSync(path.join(fixtures, name, 'input.json'), 'utf8')), 'input.json');

describe('readCkan()', () => {
  it('says when a package_search response is only one page of a longer listing', () => {
    const batch = readCase('ckan/birmingham-search');
    expect(batch.notes).toEqual([
      'the response lists 10 of 38 datasets; import the other pages of package_search to get the rest',
    ]);
    expect(batch.read).toBe(10);
  });

  it('keeps CKAN extras and custom fields in source.extra, and maps tags, groups and the organization', () => {
    const batch = readCase('ckan/hong-kong-show');
    const [d] = batch.datasets;
    expect(d!.extra).toHaveProperty('update_frequency');
    expect(d!.publisher).toBeTruthy();
    expect(d!.categories).toEqual(['Population']);
  });

  it('keeps the extras of demo.ckan.org as a map of key to value', () => {
    const d = readCase('ckan/demo-ckan-search').datasets.find((x) => x.extra['extras'])!;
    expect(d.extra['extras']).toEqual({ Anno: '2016' });
  });

  it("normalises Birmingham's resource formats through the one table: an empty format is read from the .xls URL", () => {
    const resources = readCase('ckan/birmingham-search').datasets.flatMap(
      (d) => d.meta['resources'] as { format: string; mediaType?: string; url: string }[],
    );
    expect(resources).toHaveLength(54);
    const blank = resources.filter((r) => /purchasecardsnov2014\.xls$|publishspendjanuary2016\.xls$/.test(r.url));
    expect(blank.map((r) => [r.format, r.mediaType])).toEqual([
      ['XLS', 'application/vnd.ms-excel'],
      ['XLS', 'application/vnd.ms-excel'],
    ]);
    expect(new Set(resources.map((r) => r.format))).toEqual(new Set(['XLS']));
  });
});
