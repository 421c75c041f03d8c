// Counts the data rows of a CSV or TSV file without parsing its values: line ends outside quotes, blank lines skipped.
import { fileTypeOfExtension } from '../resource-kind.ts';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Rows after the header line. A quoted value may hold line breaks; CRLF, CR and LF all end a line. */
export function countRows(bytes: Uint8Array): number {
  let records = 0;
  let quoted = false;
  let content = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === QUOTE) {
      quoted = !quoted;
      content = true;
    } else if ((c === LF || c === CR) && !quoted) {
      if (content) records++;
      content = false;
    } else content = true;
  }
  if (content) records++;
  return Math.max(records - 1, 0);
}

/** Whether a file in a dataset folder is a table whose rows are counted (CSV or TSV, by extension). */
export function isCountedTable(path: string): boolean {
  const m = /\.([A-Za-z0-9]+)$/.exec(path);
  const kind = fileTypeOfExtension(m?.[1])?.kind;
  return kind === 'csv' || kind === 'tsv';
}
