import { describe, expect, it } from 'vitest';
import { searchRecord } from '../../../src/lib/search-record.ts';
import { UNKNOWN_DATE_SORT_KEY } from '../../../src/lib/unstated.ts';
import { IMPORT_DATE, unstatedCatalog } from '../../helpers/unstated-catalog.ts';

const { imported, known } = unstatedCatalog();

describe('searchRecord()', () => {
  it('gives a search result its date, publisher and formats, and the date as the sort key', () => {
    const r = searchRecord(known.data, 'Seattle');
    expect(r.meta).toMatchObject({ organization: 'Seattle', updated: known.data.modified });
    expect(r.meta).not.toHaveProperty('updatedNote');
    expect(r.sort).toEqual({ updated: known.data.modified });
  });

  it('says "not stated" for a placeholder date and publisher, and sorts the dataset last', () => {
    const r = searchRecord(imported.data, 'Publisher needed (the source names none)');
    expect(r.meta).not.toHaveProperty('updated');
    expect(r.meta['updatedNote']).toBe('Update date not stated by the source');
    expect(r.meta['organization']).toBe('Publisher not stated by the source');
    expect(JSON.stringify(r)).not.toContain(IMPORT_DATE);
    expect(r.sort).toEqual({ updated: UNKNOWN_DATE_SORT_KEY });
  });
});
