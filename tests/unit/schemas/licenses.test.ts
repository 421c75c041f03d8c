import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { describeLicense, findLicense, KNOWN_LICENSES, suggestLicense } from '../../../src/schemas/licenses.ts';

describe('licences', () => {
  it('knows SPDX ids case-insensitively, suggests one for a loose spelling, and describes URLs', () => {
    expect(findLicense('cc-by-4.0')?.id).toBe('CC-BY-4.0');
    expect(suggestLicense('CC-BY')).toBe('CC-BY-4.0');
    expect(suggestLicense('odbl')).toBe('ODbL-1.0');
    expect(describeLicense('https://creativecommons.org/licenses/by/4.0')).toMatchObject({ id: 'CC-BY-4.0' });
    expect(describeLicense('https://example.org/terms')).toEqual({ name: 'https://example.org/terms', url: 'https://example.org/terms' });
    expect(describeLicense('NOASSERTION')).toEqual({
      name: 'No licence stated by the source',
      id: 'NOASSERTION',
      about: 'The source states no licence: ask the publisher before you reuse the data.',
    });
  });

  it('shows English readers the same names as exports use, so English pages and exports agree', () => {
    const differ = KNOWN_LICENSES.filter((l) => describeLicense(l.id).name !== l.name).map((l) => l.id);
    expect(differ).toEqual([]);
  });

  it('has a name and a sentence on what it allows for every known licence', () => {
    const missing = KNOWN_LICENSES.flatMap((l) => [`license.name.${l.id}`, `license.about.${l.id}`]).filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });
});

describe('describeLicense() in Spanish', () => {
  it('gives the official Spanish Creative Commons name and what the licence allows', () => {
    expect(describeLicense('CC-BY-4.0', 'es')).toEqual({
      name: 'Creative Commons Atribución 4.0 Internacional',
      id: 'CC-BY-4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
      about: 'Puede copiar, compartir y adaptar los datos, también con fines comerciales, si da crédito a quien los publica.',
    });
    expect(describeLicense('cc-by-sa-4.0', 'es').name).toBe('Creative Commons Atribución-CompartirIgual 4.0 Internacional');
  });

  it('keeps the link the dataset gave when the licence is named by its URL', () => {
    expect(describeLicense('http://creativecommons.org/publicdomain/zero/1.0', 'es')).toMatchObject({
      id: 'CC0-1.0',
      url: 'http://creativecommons.org/publicdomain/zero/1.0',
      name: 'Creative Commons Cero 1.0 (dedicación al dominio público)',
    });
  });

  it('tells Spanish readers when the source states no licence, and shows an unknown licence as given', () => {
    expect(describeLicense('NOASSERTION', 'es')).toEqual({
      name: 'La fuente no indica ninguna licencia',
      id: 'NOASSERTION',
      about: 'La fuente no indica ninguna licencia: consulte a quien publica los datos antes de reutilizarlos.',
    });
    expect(describeLicense('https://example.org/terms', 'es')).toEqual({
      name: 'https://example.org/terms',
      url: 'https://example.org/terms',
    });
  });

  it('says in Spanish what every known licence allows', () => {
    const same = KNOWN_LICENSES.filter((l) => describeLicense(l.id, 'es').about === describeLicense(l.id).about);
    expect(same.map((l) => l.id)).toEqual([]);
  });
});
