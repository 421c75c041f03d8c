import { describe, expect, it } from 'vitest';
import { packageName, toDataPackage } from '../../../../src/lib/exports/datapackage.ts';
import { dataPackageV2 } from '../../../helpers/standards.ts';
import { PLACEHOLDER_EMAIL, unstatedCatalog } from '../../../helpers/unstated-catalog.ts';

describe('packageName()', () => {
  it.each([
    ['Street Trees.csv', 'street-trees'],
    ['trees-é.csv', 'trees'],
    ['BOEC_April2018', 'boec_april2018'],
  ])('turns %s into the data package name %s', (input, expected) => {
    expect(packageName(input)).toBe(expected);
  });
});

describe('toDataPackage() for a dataset whose source left fields unstated', () => {
  const { input, imported } = unstatedCatalog();

  it('leaves out version, keywords, licences and contributors rather than give placeholders', () => {
    const pkg = toDataPackage(input, imported);
    for (const key of ['version', 'keywords', 'licenses', 'contributors']) expect(pkg, key).not.toHaveProperty(key);
    expect(JSON.stringify(pkg)).not.toContain(PLACEHOLDER_EMAIL);
  });

  it('stays valid against the Data Package 2.0 profile', () => {
    const validate = dataPackageV2();
    validate(toDataPackage(input, imported));
    expect(validate.errors ?? []).toEqual([]);
  });
});
