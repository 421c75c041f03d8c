import { describe, expect, it } from 'vitest';
import { readDcatUs } from '../../../../src/lib/import/dcat-us.ts';

describe('readDcatUs()', () => {
  it('reads the older v1.0 array form: catalog first, keywords as one string, accessURL on the dataset', () => {
    const batch = readDcatUs(
      [
        { title: 'Data catalog of the City', description: 'The catalog itself' },
        {
          identifier: 'abc-123',
          title: 'Street trees',
          description: '<p>Trees on <b>city</b> streets.</p><ul><li>one</li></ul>',
          keyword: 'trees, urban forest',
          modified: '2016-05-01T10:00:00',
          publisher: { name: 'Public Works' },
          contactPoint: { fn: 'Open Data', hasEmail: 'mailto:data@example.gov' },
          accessLevel: 'public',
          accessURL: 'https://data.example.gov/trees.csv',
          format: 'csv',
        },
      ],
      'data.json',
    );
    expect(batch.read).toBe(1);
    const [d] = batch.datasets;
    expect(d!.meta).toMatchObject({
      title: 'Street trees',
      keywords: ['trees', 'urban forest'],
      // As written: the writer reads the date and reports how (conform.ts).
      modified: '2016-05-01T10:00:00',
      resources: [{ url: 'https://data.example.gov/trees.csv', format: 'csv', title: 'Street trees' }],
    });
    expect(d!.body).toBe('Trees on **city** streets.\n\n- one');
  });

  it('skips, with a reason, a dataset without a title and a repeated identifier', () => {
    const batch = readDcatUs(
      { dataset: [{ identifier: 'a' }, { identifier: 'b', title: 'B' }, { identifier: 'b', title: 'B again' }] },
      'x',
    );
    expect(batch.skipped).toEqual([
      { identifier: 'a', reason: 'it has no title' },
      { identifier: 'b', title: 'B again', reason: 'its identifier repeats an earlier dataset\'s ("b")' },
    ]);
    expect(batch.read).toBe(3);
  });

  it('makes a resource of a dataset-level accessURL in a v1.1 file too, and keeps a distribution without an http(s) URL in source.extra', () => {
    const batch = readDcatUs(
      {
        dataset: [
          {
            identifier: 'OPM-1',
            title: 'FedScope',
            accessURL: 'https://www.fedscope.opm.gov/',
            distribution: [{ title: 'On tape', accessURL: 'ftp://ftp.example.gov/tape' }],
          },
        ],
      },
      'data.json',
    );
    const [d] = batch.datasets;
    expect(d!.meta['resources']).toEqual([
      { title: 'FedScope', url: 'https://www.fedscope.opm.gov/', format: 'Web page' },
    ]);
    expect(d!.extra['distribution']).toEqual([{ title: 'On tape', accessURL: 'ftp://ftp.example.gov/tape' }]);
  });
});
