// Column types are shown by name in the page's language (`t(`type.${type}`)`): every type a data dictionary may
// declare has a name in every dictionary, so no page fails to build on a type the sample does not use.
import { describe, expect, it } from 'vitest';
import { FIELD_TYPES } from '../../../src/schemas/table-schema.ts';
import { dictionaries } from '../../../src/lib/i18n.ts';

describe('the names of column types', () => {
  it.each(Object.keys(dictionaries))('are in the %s dictionary for every Table Schema type', (lang) => {
    const dict = dictionaries[lang as keyof typeof dictionaries];
    expect(FIELD_TYPES.filter((type) => dict[`type.${type}`] === undefined)).toEqual([]);
  });

  it('are the Spanish words a resident knows', () => {
    expect(dictionaries.es['type.integer']).toBe('entero');
    expect(dictionaries.es['type.string']).toBe('texto');
    expect(dictionaries.es['type.datetime']).toBe('fecha y hora');
  });
});
