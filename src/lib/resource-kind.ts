// What kind of file a resource is (a CSV or TSV table, GeoJSON, JSON or something else) and what follows from it:
// its media type and extension, whether it is profiled and previewed, and which converted copy it is offered as.

/** The kinds of file the catalog treats differently; `other` is everything it only offers for download. */
export type Kind = 'csv' | 'tsv' | 'geojson' | 'json' | 'other';

/** How the browser preview reads a file: rows of a delimited table, or the properties of GeoJSON features. */
export type PreviewKind = 'csv' | 'tsv' | 'geojson';

/** A converted copy offered beside the original, e.g. a CSV as JSON. The conversion itself is in `convert.ts`. */
export interface Conversion {
  /** Extension of the copy: `calls.csv` → `calls.json`. */
  to: 'json' | 'csv';
  /** Format shown to readers on the download link. */
  format: 'JSON' | 'CSV';
}

/** A file type the catalog knows by name. */
export interface FileType {
  /** Its usual file extension, lower case, without the dot: `csv`. */
  extension: string;
  /** The format shown to readers: `CSV`. */
  format: string;
  /** Its IANA media type: `text/csv`. */
  mediaType: string;
  kind: Kind;
}

/** The one table of extensions, formats and media types; everything else is derived from it. */
export const FILE_TYPES: readonly FileType[] = [
  { extension: 'csv', format: 'CSV', mediaType: 'text/csv', kind: 'csv' },
  { extension: 'tsv', format: 'TSV', mediaType: 'text/tab-separated-values', kind: 'tsv' },
  { extension: 'geojson', format: 'GeoJSON', mediaType: 'application/geo+json', kind: 'geojson' },
  { extension: 'json', format: 'JSON', mediaType: 'application/json', kind: 'json' },
  { extension: 'xml', format: 'XML', mediaType: 'application/xml', kind: 'other' },
  { extension: 'zip', format: 'ZIP', mediaType: 'application/zip', kind: 'other' },
  { extension: 'pdf', format: 'PDF', mediaType: 'application/pdf', kind: 'other' },
  {
    extension: 'xlsx',
    format: 'XLSX',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    kind: 'other',
  },
  { extension: 'xls', format: 'XLS', mediaType: 'application/vnd.ms-excel', kind: 'other' },
  { extension: 'html', format: 'HTML', mediaType: 'text/html', kind: 'other' },
  { extension: 'txt', format: 'TXT', mediaType: 'text/plain', kind: 'other' },
  { extension: 'kml', format: 'KML', mediaType: 'application/vnd.google-earth.kml+xml', kind: 'other' },
  { extension: 'kmz', format: 'KMZ', mediaType: 'application/vnd.google-earth.kmz', kind: 'other' },
];

/**
 * Other ways catalogs write a format (lower case, trimmed) → the name used here: a format of FILE_TYPES, or a
 * service or file that has no one media type (Esri REST, Shapefile, WMS).
 */
const FORMAT_ALIASES: Record<string, string> = {
  'esri rest': 'Esri REST',
  'esri rest api': 'Esri REST',
  'arcgis rest': 'Esri REST',
  'arcgis rest api': 'Esri REST',
  'arcgis geoservices rest api': 'Esri REST',
  'arcgis geoservice': 'Esri REST',
  featureserver: 'Esri REST',
  mapserver: 'Esri REST',
  'esri feature service': 'Esri REST',
  'esri map service': 'Esri REST',
  api: 'API',
  'rest api': 'API',
  'web service': 'API',
  htm: 'HTML',
  'web page': 'HTML',
  webpage: 'HTML',
  website: 'HTML',
  'web site': 'HTML',
  shp: 'Shapefile',
  shapefile: 'Shapefile',
  'esri shapefile': 'Shapefile',
  wms: 'WMS',
  wfs: 'WFS',
  'geo+json': 'GeoJSON',
  'application/vnd.geo+json': 'GeoJSON',
  'text/xml': 'XML',
  'text/comma-separated-values': 'CSV',
  'application/csv': 'CSV',
  'application/x-zip-compressed': 'ZIP',
  'application/x-zip': 'ZIP',
  'microsoft excel': 'XLS',
  'excel (xls)': 'XLS',
  'excel (xlsx)': 'XLSX',
};

/** Formats that say nothing about the file: the URL or media type decides instead. */
const VAGUE_FORMATS = new Set(['', 'data', 'file', 'other', 'unknown', 'n/a', 'none', 'download']);

const CONVERSIONS: Partial<Record<Kind, Conversion>> = {
  csv: { to: 'json', format: 'JSON' },
  geojson: { to: 'csv', format: 'CSV' },
};

/** What the catalog needs of a resource to tell its kind; a `Resource` from the schema fits. */
export interface ResourceLike {
  format?: string | undefined;
  path?: string | undefined;
  url?: string | undefined;
  mediaType?: string | undefined;
}

/** Everything that follows from a resource's kind. */
export interface ResourceKind {
  kind: Kind;
  /** A delimited text table (CSV or TSV): it has a dialect and its data dictionary is checked against its rows. */
  tabular: boolean;
  /** How a local copy is profiled at build time: as a table, or as GeoJSON features; undefined when it is not. */
  profile: 'table' | 'geojson' | undefined;
  /** How a local copy is previewed in the browser; undefined when it is not. */
  preview: PreviewKind | undefined;
  /** Its own media type, or the one of its format or file extension; undefined when none is known. */
  mediaType: string | undefined;
  /** The extension of its file name (`path`, else the path of `url`), lower case without the dot. */
  extension: string | undefined;
  /** The column separator to assume when its dialect gives none; undefined means detect it (a CSV may use `;`). */
  delimiter: string | undefined;
  /** The converted copy a local file of this kind is offered as (size limits aside), if any. */
  conversion: Conversion | undefined;
}

/** The known file type with this extension (`csv`, `.CSV`), if any. */
export function fileTypeOfExtension(extension: string | undefined): FileType | undefined {
  const ext = extension?.replace(/^\./, '').toLowerCase();
  return ext ? FILE_TYPES.find((t) => t.extension === ext) : undefined;
}

/** The known file type a format names, by name or extension (`CSV`, `csv`, `GeoJSON`) or media type (`text/csv`). */
function fileTypeOfFormat(format: string | undefined): FileType | undefined {
  const f = format?.trim().toLowerCase();
  return f ? FILE_TYPES.find((t) => t.extension === f || t.format.toLowerCase() === f || t.mediaType === f) : undefined;
}

function fileTypeOfMediaType(mediaType: string | undefined): FileType | undefined {
  const m = mediaType?.trim().toLowerCase();
  return m ? FILE_TYPES.find((t) => t.mediaType === m) : undefined;
}

/** `Calls.CSV` → `csv`; a URL's query and fragment are ignored, and a bare host (`example.org`) has none. */
export function extensionOf(r: Pick<ResourceLike, 'path' | 'url'>): string | undefined {
  let name = r.path;
  if (name === undefined && r.url !== undefined) {
    try {
      name = new URL(r.url).pathname;
    } catch {
      name = r.url.replace(/[?#].*$/, '');
    }
  }
  const m = /\.([A-Za-z0-9]+)$/.exec(name?.split('/').pop() ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}

/**
 * The kind of a resource. Its format decides; when the format names nothing the catalog treats specially
 * (`Data`, `API`, `ZIP`), its file extension and then its media type do. Plain JSON that another of them
 * calls GeoJSON is GeoJSON, which is a kind of JSON.
 */
export function resourceKind(r: ResourceLike): ResourceKind {
  const extension = extensionOf(r);
  const byFormat = fileTypeOfFormat(r.format);
  const byExtension = fileTypeOfExtension(extension);
  const kind = decide([byFormat, byExtension, fileTypeOfMediaType(r.mediaType)].map((t) => t?.kind ?? 'other'));
  const tabular = kind === 'csv' || kind === 'tsv';
  return {
    kind,
    tabular,
    profile: tabular ? 'table' : kind === 'geojson' ? 'geojson' : undefined,
    preview: kind === 'csv' || kind === 'tsv' || kind === 'geojson' ? kind : undefined,
    mediaType: r.mediaType ?? byFormat?.mediaType ?? byExtension?.mediaType,
    extension,
    delimiter: delimiterOf(kind),
    conversion: CONVERSIONS[kind],
  };
}

/** The first kind that is not `other`, in order of authority; JSON that a later source calls GeoJSON is GeoJSON. */
function decide(kinds: Kind[]): Kind {
  const kind = kinds.find((k) => k !== 'other') ?? 'other';
  return kind === 'json' && kinds.includes('geojson') ? 'geojson' : kind;
}

/** The column separator a kind implies: a tab for TSV; undefined when it must be read from the file. */
export function delimiterOf(kind: Kind): string | undefined {
  return kind === 'tsv' ? '\t' : undefined;
}

/** True for a CSV or TSV table. */
export function isTabular(r: ResourceLike): boolean {
  return resourceKind(r).tabular;
}

/** The media type of a resource: its own, or one derived from its format or file extension. */
export function mediaTypeOf(r: ResourceLike): string | undefined {
  return resourceKind(r).mediaType;
}

/**
 * A format as another catalog writes it (`.csv`, `text/csv`, `CSV `, `zip:csv`, `Esri REST`, or nothing) → the
 * name this catalog uses, and its media type when one is known. A packed file (`zip:csv`) is the package (ZIP).
 * A format that names nothing is read from the media type, then from the URL's extension; undefined when none
 * says. A format nobody here knows is kept as written, trimmed.
 */
export function normalizeFormat(
  written: string | undefined,
  r: Pick<ResourceLike, 'mediaType' | 'url' | 'path'> = {},
): { format: string | undefined; mediaType: string | undefined } {
  const text = written?.replace(/\s+/g, ' ').trim() ?? '';
  const key = text.toLowerCase().replace(/^\./, '').replace(/;.*$/, '').trim();
  const zipped = /^zip:/.test(key) || /\.zip$/.test(key);
  const type = fileTypeOfFormat(zipped ? 'zip' : (FORMAT_ALIASES[key] ?? key));
  if (type) return { format: type.format, mediaType: type.mediaType };
  if (!VAGUE_FORMATS.has(key)) return { format: FORMAT_ALIASES[key] ?? text, mediaType: undefined };
  const byMedia = fileTypeOfMediaType(r.mediaType?.replace(/;.*$/, ''));
  const byExtension = fileTypeOfExtension(extensionOf(r));
  const found = byMedia ?? byExtension;
  return { format: found?.format, mediaType: found?.mediaType };
}
