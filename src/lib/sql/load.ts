// The SQL that turns a downloaded CSV file into a table of the engine (DuckDB's read_csv). The engine detects
// the column types itself from the rows; the resource's dialect says the delimiter and its missing values.
import { quoteIdentifier, quoteString } from './names.ts';

export interface TableSource {
  /** The table's SQL name, e.g. `boec_911_calls_april_2018`. */
  name: string;
  delimiter?: string | undefined;
  /** Texts that mean "no value" (a Table Schema's `missingValues`); by default only the empty cell. */
  missingValues?: readonly string[] | undefined;
}

/**
 * `CREATE TABLE` from the file registered as `file`. With `allText`, every column is read as text: the fallback
 * when a column's type, guessed from a sample of rows, does not fit a later row.
 */
export function createTableSql(source: TableSource, file: string, allText = false): string {
  const options = [
    'header = true',
    ...(source.delimiter ? [`delim = ${quoteString(source.delimiter)}`] : []),
    ...(source.missingValues?.length ? [`nullstr = [${source.missingValues.map(quoteString).join(', ')}]`] : []),
    ...(allText ? ['all_varchar = true'] : []),
  ];
  return `CREATE OR REPLACE TABLE ${quoteIdentifier(source.name)} AS SELECT * FROM read_csv(${quoteString(file)}, ${options.join(', ')})`;
}
