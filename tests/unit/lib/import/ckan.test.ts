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
});
