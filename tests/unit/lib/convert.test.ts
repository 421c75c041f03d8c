import { describe, expect, it } from 'vitest';
import {
  conversionOf,
  CONVERT_MAX_BYTES,
  csvToJson,
  geojsonToCsv,
  vertexCentroid,
  convertedName,
} from '../../../src/lib/convert.ts';
import type { Resource } from '../../../src/schemas/index.ts';

describe('conversions', () => {
  it('turns a Windows-1252 CSV into JSON objects with its text decoded', () => {
    const bytes = new Uint8Array([...Buffer.from('CODE,NAME\r\n612,INVOLVING '), 0xca, ...Buffer.from('BICYCLE\r\n')]);
    expect(JSON.parse(csvToJson(bytes, { encoding: 'windows-1252' }))).toEqual([
      { CODE: '612', NAME: 'INVOLVING ÊBICYCLE' },
    ]);
  });

  it('turns GeoJSON features into CSV rows with the geometry type and a centroid', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'A, B', n: 1 },
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [2, 4],
            ],
          },
        },
      ],
    };
    expect(geojsonToCsv(JSON.stringify(fc))).toBe(
      'name,n,geometry_type,centroid_longitude,centroid_latitude\n"A, B",1,LineString,1,2',
    );
    expect(
      vertexCentroid([
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
        ],
      ]),
    ).toEqual([2, 2]);
    expect(convertedName('stops.geojson', 'csv')).toBe('stops.csv');
  });
});

describe('conversionOf()', () => {
  const csv = { title: 'Calls', path: 'calls.csv', format: 'CSV' } as Resource;
  it('offers a CSV as JSON and GeoJSON as CSV, for local files up to 20 MB', () => {
    expect(conversionOf(csv, 1000)).toEqual({ name: 'calls.json', format: 'JSON', to: 'json' });
    expect(conversionOf({ ...csv, path: 'stops.geojson', format: 'GeoJSON' }, 1000)).toEqual({
      name: 'stops.csv',
      format: 'CSV',
      to: 'csv',
    });
    expect(conversionOf(csv, CONVERT_MAX_BYTES)).toBeDefined();
    expect(conversionOf(csv, CONVERT_MAX_BYTES + 1)).toBeUndefined();
    expect(conversionOf({ ...csv, path: 'calls.tsv', format: 'TSV' }, 1000)).toBeUndefined();
    expect(conversionOf({ ...csv, path: undefined, url: 'https://example.org/calls.csv' }, 1000)).toBeUndefined();
  });
});
