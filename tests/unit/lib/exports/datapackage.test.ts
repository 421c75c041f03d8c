import { describe, expect, it } from 'vitest';
import { packageName } from '../../../../src/lib/exports/datapackage.ts';

describe('packageName()', () => {
  it.each([
    ['Street Trees.csv', 'street-trees'],
    ['trees-é.csv', 'trees'],
    ['BOEC_April2018', 'boec_april2018'],
  ])('turns %s into the data package name %s', (input, expected) => {
    expect(packageName(input)).toBe(expected);
  });
});
