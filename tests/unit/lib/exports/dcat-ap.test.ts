import { describe, expect, it } from 'vitest';
import { toDcatAp } from '../../../../src/lib/exports/dcat-ap.ts';
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
