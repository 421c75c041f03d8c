import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatFrequency, formatPeriod, mediaTypeOf } from '../../../src/lib/format.ts';
import { has, t } from '../../../src/lib/i18n.ts';
import { describeLicense, findLicense, suggestLicense } from '../../../src/schemas/licenses.ts';
import { absoluteUrl, withBase } from '../../../src/lib/url.ts';
import { escapeHtml } from '../../../src/lib/html.ts';
import { csvToJson, geojsonToCsv, vertexCentroid, convertedName } from '../../../src/lib/convert.ts';

describe('formatting', () => {
  it.each([
    ['2020-11-05', 'November 5, 2020'],
    ['2024-02-29', 'February 29, 2024'],
  ])('formats %s as %s, with no time-zone shift', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });

  it('formats a period, sizes, frequencies and media types', () => {
    expect(formatPeriod('2018-04-01/2018-04-30')).toBe('April 1, 2018 – April 30, 2018');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(3_006_454)).toBe('3.0 MB');
    expect(formatBytes(187_602)).toBe('188 kB');
    expect(formatFrequency('R/P1M')).toBe('Monthly');
    expect(formatFrequency('R/P4M')).toBe('Every P4M');
    expect(formatFrequency(undefined)).toBe('Not stated');
    expect(mediaTypeOf({ format: 'GeoJSON' })).toBe('application/geo+json');
    expect(mediaTypeOf({ format: 'Data', path: 'x.csv' })).toBe('text/csv');
    expect(mediaTypeOf({ format: 'CSV', mediaType: 'text/plain' })).toBe('text/plain');
  });
});

describe('t()', () => {
  it('fills placeholders and picks the plural form the count needs', () => {
    expect(t('datasets.count', { count: 1 })).toBe('1 dataset');
    expect(t('datasets.count', { count: 23 })).toBe('23 datasets');
    expect(t('home.title', { city: 'Portland, Oregon' })).toBe('Open data from Portland, Oregon');
  });

  it('refuses a key the dictionary lacks, so missing text is caught, and tells which keys exist', () => {
    expect(() => t('no.such.key')).toThrow('No text for "no.such.key" in the en dictionary');
    expect(has('frequency.R/P1Y')).toBe(true);
    expect(has('frequency.R/P7Y')).toBe(false);
  });
});

describe('licences', () => {
  it('knows SPDX ids case-insensitively, suggests one for a loose spelling, and describes URLs', () => {
    expect(findLicense('cc-by-4.0')?.id).toBe('CC-BY-4.0');
    expect(suggestLicense('CC-BY')).toBe('CC-BY-4.0');
    expect(suggestLicense('odbl')).toBe('ODbL-1.0');
    expect(describeLicense('https://creativecommons.org/licenses/by/4.0')).toMatchObject({ id: 'CC-BY-4.0' });
    expect(describeLicense('https://example.org/terms')).toEqual({ name: 'https://example.org/terms', url: 'https://example.org/terms' });
    expect(describeLicense('NOASSERTION')).toEqual({ name: 'No licence stated by the source', id: 'NOASSERTION' });
  });
});

describe('URLs and escaping', () => {
  it('puts paths under the base path and makes absolute URLs from the catalog base URL', () => {
    expect(withBase('/', '/datasets/')).toBe('/datasets/');
    expect(withBase('/portal', 'datasets/x/')).toBe('/portal/datasets/x/');
    expect(absoluteUrl('https://data.example.org/', '/portal/', '/data.json')).toBe('https://data.example.org/portal/data.json');
  });

  it('escapes the five markup characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('conversions', () => {
  it('turns a Windows-1252 CSV into JSON objects with its text decoded', () => {
    const bytes = new Uint8Array([...Buffer.from('CODE,NAME\r\n612,INVOLVING '), 0xca, ...Buffer.from('BICYCLE\r\n')]);
    expect(JSON.parse(csvToJson(bytes, { encoding: 'windows-1252' }))).toEqual([{ CODE: '612', NAME: 'INVOLVING ÊBICYCLE' }]);
  });

  it('turns GeoJSON features into CSV rows with the geometry type and a centroid', () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'A, B', n: 1 }, geometry: { type: 'LineString', coordinates: [[0, 0], [2, 4]] } }] };
    expect(geojsonToCsv(JSON.stringify(fc))).toBe('name,n,geometry_type,centroid_longitude,centroid_latitude\n"A, B",1,LineString,1,2');
    expect(vertexCentroid([[[0, 0], [4, 0], [4, 4], [0, 4]]])).toEqual([2, 2]);
    expect(convertedName('stops.geojson', 'csv')).toBe('stops.csv');
  });
});
