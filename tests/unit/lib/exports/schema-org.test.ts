import { describe, expect, it } from 'vitest';
import { toSchemaOrgDataset } from '../../../../src/lib/exports/schema-org.ts';
import { IMPORT_DATE, unstatedCatalog } from '../../../helpers/unstated-catalog.ts';

describe('toSchemaOrgDataset()', () => {
  const { input, imported, known } = unstatedCatalog();

  it('omits dateModified, keywords, licence and publisher the source did not state', () => {
    const ld = toSchemaOrgDataset(input, imported);
    for (const key of ['dateModified', 'keywords', 'license', 'publisher', 'creator'])
      expect(ld, key).not.toHaveProperty(key);
    expect(JSON.stringify(ld)).not.toContain(IMPORT_DATE);
  });

  it('gives them for a dataset that states them', () => {
    const ld = toSchemaOrgDataset(input, known);
    expect(ld).toMatchObject({ dateModified: known.data.modified, keywords: known.data.keywords });
    expect(ld).toHaveProperty('publisher');
  });
});
