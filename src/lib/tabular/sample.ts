// Reads the head of a delimited text file: decodes it in its declared encoding and parses rows with papaparse.
import Papa from 'papaparse';

export interface SampleOptions {
  /** Column separator; detected by papaparse when absent. */
  delimiter?: string | undefined;
  /** `utf-8` (default), `utf-8-sig`, `windows-1252`, `iso-8859-1` … */
  encoding?: string | undefined;
  /** Most rows to parse after the header. Default: 1000. */
  maxRows?: number;
}

export interface TableSample {
  header: string[];
  rows: string[][];
  /** True when the file had more rows than were read. */
  truncated: boolean;
  delimiter: string;
}

/** Decodes bytes as text: strips a byte-order mark; an encoding the runtime does not know falls back to UTF-8. */
export function decode(bytes: Uint8Array, encoding = 'utf-8'): string {
  const label = encoding.toLowerCase() === 'utf-8-sig' ? 'utf-8' : encoding;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
}

/** Parses the header and up to `maxRows` rows of a CSV/TSV held in memory. */
export function sampleTable(bytes: Uint8Array, options: SampleOptions = {}): TableSample {
  const maxRows = options.maxRows ?? 1000;
  const text = decode(bytes, options.encoding);
  const result = Papa.parse<string[]>(text, {
    delimiter: options.delimiter ?? '',
    preview: maxRows + 2,
    skipEmptyLines: 'greedy',
  });
  const [header = [], ...rest] = result.data;
  return { header, rows: rest.slice(0, maxRows), truncated: rest.length > maxRows, delimiter: result.meta.delimiter };
}
