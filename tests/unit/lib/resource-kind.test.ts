// The one decision of what kind a resource is, and what follows from it (media type, profile, preview, conversion).
import { describe, expect, it } from 'vitest';
import {
  extensionOf,
  fileTypeOfExtension,
  isTabular,
  mediaTypeOf,
  normalizeFormat,
  resourceKind,
  type ResourceLike,
} from '../../../src/lib/resource-kind.ts';
import { ID_PATTERN, IdSchema, MEDIA_TYPE_PATTERN, ResourceSchema } from '../../../src/schemas/index.ts';

describe('resourceKind()', () => {
  it.each<[string, ResourceLike, string]>([
    ['a CSV by its format', { format: 'CSV', url: 'https://example.org/api/calls' }, 'csv'],
    ['a CSV by its extension when the format is vague', { format: 'Data', path: 'calls.csv' }, 'csv'],
    ['a CSV by an upper-case extension', { format: 'Data', path: 'CALLS.CSV' }, 'csv'],
    ['a CSV by a lower-case format', { format: 'csv', path: 'calls.txt' }, 'csv'],
    [
      'a CSV by its media type when format and extension say nothing',
      { format: 'Download', path: 'calls.dat', mediaType: 'text/csv' },
      'csv',
    ],
    ['a CSV whose format is written as a media type', { format: 'text/csv', path: 'calls' }, 'csv'],
    [
      'a CSV at a URL with a query string',
      { format: 'API', url: 'https://example.org/export/calls.csv?accessType=DOWNLOAD#top' },
      'csv',
    ],
    ['a TSV by its format', { format: 'TSV', path: 'rates.txt' }, 'tsv'],
    ['a TSV by its extension', { format: 'Data', path: 'rates.tsv' }, 'tsv'],
    [
      'a TSV by its media type',
      { format: 'Table', url: 'https://example.org/rates', mediaType: 'text/tab-separated-values' },
      'tsv',
    ],
    ['GeoJSON by its format, in any case', { format: 'geojson', path: 'stops.json' }, 'geojson'],
    ['GeoJSON by its extension', { format: 'Map data', path: 'Stops.GeoJSON' }, 'geojson'],
    ['GeoJSON declared as plain JSON but named .geojson', { format: 'JSON', path: 'stops.geojson' }, 'geojson'],
    [
      'GeoJSON declared as plain JSON with a GeoJSON media type',
      { format: 'JSON', path: 'stops.json', mediaType: 'application/geo+json' },
      'geojson',
    ],
    ['JSON by its format', { format: 'JSON', url: 'https://example.org/api/stops' }, 'json'],
    ['JSON by its extension', { format: 'API', url: 'https://example.org/api/stops.json?limit=10' }, 'json'],
    ['a web page', { format: 'Web page', url: 'https://data.seattle.gov/dataset/Neighborhoods/2mbt-aqqx' }, 'other'],
    ['a site address, whose host is no extension', { format: 'Web page', url: 'https://example.csv' }, 'other'],
    ['a spreadsheet', { format: 'XLSX', path: 'budget.xlsx' }, 'other'],
    ['a known format over a misleading extension', { format: 'CSV', path: 'calls.geojson' }, 'csv'],
    ['an unknown format with no extension', { format: 'Shapefile', path: 'parcels' }, 'other'],
    ['nothing at all', {}, 'other'],
  ])('tells %s', (_, r, kind) => {
    expect(resourceKind(r).kind).toBe(kind);
  });

  it.each<
    [
      string,
      ResourceLike,
      { tabular: boolean; profile: string | undefined; preview: string | undefined; conversion: unknown },
    ]
  >([
    [
      'a CSV',
      { format: 'CSV', path: 'calls.csv' },
      { tabular: true, profile: 'table', preview: 'csv', conversion: { to: 'json', format: 'JSON' } },
    ],
    [
      'a TSV',
      { format: 'TSV', path: 'rates.tsv' },
      { tabular: true, profile: 'table', preview: 'tsv', conversion: undefined },
    ],
    [
      'GeoJSON',
      { format: 'GeoJSON', path: 'stops.geojson' },
      { tabular: false, profile: 'geojson', preview: 'geojson', conversion: { to: 'csv', format: 'CSV' } },
    ],
    [
      'JSON',
      { format: 'JSON', path: 'stops.json' },
      { tabular: false, profile: undefined, preview: undefined, conversion: undefined },
    ],
    [
      'a PDF',
      { format: 'PDF', path: 'report.pdf' },
      { tabular: false, profile: undefined, preview: undefined, conversion: undefined },
    ],
  ])('says whether %s is tabular, profiled, previewed and converted', (_, r, expected) => {
    expect(resourceKind(r)).toMatchObject(expected);
    expect(isTabular(r)).toBe(expected.tabular);
  });

  it('assumes a tab between columns of a TSV, and detects the separator of a CSV', () => {
    expect(resourceKind({ format: 'TSV' }).delimiter).toBe('\t');
    expect(resourceKind({ format: 'CSV' }).delimiter).toBeUndefined();
  });
});

describe('mediaTypeOf()', () => {
  it.each<[ResourceLike, string | undefined]>([
    [{ format: 'GeoJSON' }, 'application/geo+json'],
    [{ format: 'Data', path: 'x.csv' }, 'text/csv'],
    [{ format: 'CSV', mediaType: 'text/plain' }, 'text/plain'],
    [{ format: 'TSV' }, 'text/tab-separated-values'],
    [{ format: 'xlsx' }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    [{ format: 'API', url: 'https://example.org/export/calls.CSV?x=1' }, 'text/csv'],
    [{ format: 'Web page', url: 'https://example.org/open-data' }, undefined],
    [{ format: 'Shapefile', path: 'parcels.shp' }, undefined],
  ])('gives %o the media type %s', (r, mediaType) => {
    expect(mediaTypeOf(r)).toBe(mediaType);
  });

  it('derives every media type it gives from one table, each valid under the schema', () => {
    for (const ext of ['csv', 'tsv', 'geojson', 'json', 'xml', 'zip', 'pdf', 'xlsx', 'xls', 'html', 'txt']) {
      const type = fileTypeOfExtension(`.${ext.toUpperCase()}`);
      expect(type?.extension).toBe(ext);
      expect(MEDIA_TYPE_PATTERN.test(type!.mediaType)).toBe(true);
      expect(mediaTypeOf({ format: 'Data', path: `file.${ext}` })).toBe(type!.mediaType);
    }
    expect(fileTypeOfExtension('.shp')).toBeUndefined();
    expect(fileTypeOfExtension('')).toBeUndefined();
  });
});

describe('extensionOf()', () => {
  it.each<[ResourceLike, string | undefined]>([
    [{ path: 'Calls.CSV' }, 'csv'],
    [{ path: 'data/stops.geojson' }, 'geojson'],
    [{ path: 'README' }, undefined],
    [{ url: 'https://example.org/a/b.json?format=json#x' }, 'json'],
    [{ url: 'https://example.org' }, undefined],
    [{ path: 'calls.csv', url: 'https://example.org/calls.json' }, 'csv'],
  ])('reads the extension of %o as %s', (r, ext) => {
    expect(extensionOf(r)).toBe(ext);
  });
});

describe('ID_PATTERN and MEDIA_TYPE_PATTERN', () => {
  it.each([
    ['portland-fire-rescue', true],
    ['a1', true],
    ['Portland', false],
    ['double--hyphen', false],
    ['-leading', false],
    ['trailing-', false],
    ['under_score', false],
    ['', false],
  ])('accepts %j as an id: %s, and so does IdSchema', (id, ok) => {
    expect(ID_PATTERN.test(id)).toBe(ok);
    expect(IdSchema.safeParse(id).success).toBe(ok);
  });

  it.each([
    ['text/csv', true],
    ['application/geo+json', true],
    ['application/vnd.ms-excel', true],
    ['text/csv; charset=utf-8', false],
    ['csv', false],
    ['text/', false],
  ])('accepts %j as a media type: %s, and so does the resource schema', (mediaType, ok) => {
    expect(MEDIA_TYPE_PATTERN.test(mediaType)).toBe(ok);
    expect(ResourceSchema.safeParse({ title: 'Calls', path: 'calls.csv', format: 'CSV', mediaType }).success).toBe(ok);
  });
});

describe('normalizeFormat()', () => {
  it.each([
    ['CSV', 'CSV', 'text/csv'],
    ['.csv', 'CSV', 'text/csv'],
    ['CSV ', 'CSV', 'text/csv'],
    ['csv', 'CSV', 'text/csv'],
    ['text/csv', 'CSV', 'text/csv'],
    ['text/csv; charset=utf-8', 'CSV', 'text/csv'],
    ['application/vnd.ms-excel', 'XLS', 'application/vnd.ms-excel'],
    ['geojson', 'GeoJSON', 'application/geo+json'],
    ['application/vnd.geo+json', 'GeoJSON', 'application/geo+json'],
    ['zip:csv', 'ZIP', 'application/zip'],
    ['ZIP:CSV', 'ZIP', 'application/zip'],
    ['csv.zip', 'ZIP', 'application/zip'],
    ['Esri REST', 'Esri REST', undefined],
    ['ESRI REST', 'Esri REST', undefined],
    ['ArcGIS GeoServices REST API', 'Esri REST', undefined],
    ['FeatureServer', 'Esri REST', undefined],
    ['api', 'API', undefined],
    ['shp', 'Shapefile', undefined],
    ['Web page', 'HTML', 'text/html'],
    ['KML', 'KML', 'application/vnd.google-earth.kml+xml'],
    ['  Video   file ', 'Video file', undefined],
  ])('reads %j as %s (%s)', (written, format, mediaType) => {
    expect(normalizeFormat(written)).toEqual({ format, mediaType });
  });

  it('reads a format that names nothing from the media type, then the URL (as Birmingham\'s "" with an .xls file)', () => {
    const url = 'https://data.birmingham.gov.uk/download/purchasecardsnov2014.xls';
    expect(normalizeFormat('', { url })).toEqual({ format: 'XLS', mediaType: 'application/vnd.ms-excel' });
    expect(normalizeFormat('Data', { url, mediaType: 'text/csv' })).toEqual({ format: 'CSV', mediaType: 'text/csv' });
    expect(normalizeFormat(undefined, { url: 'https://example.org/api' })).toEqual({
      format: undefined,
      mediaType: undefined,
    });
  });

  it('gives formats that resourceKind() reads as tables and previews', () => {
    for (const written of ['.csv', 'text/csv', 'CSV ', 'text/comma-separated-values']) {
      expect(resourceKind({ format: normalizeFormat(written).format }).kind, written).toBe('csv');
    }
    expect(resourceKind({ format: normalizeFormat('application/vnd.geo+json').format }).kind).toBe('geojson');
    expect(resourceKind({ format: normalizeFormat('zip:csv').format }).kind).toBe('other');
  });
});
