// Names and literals written into the SQL that loads the tables and wraps a reader's query.

/** An identifier as SQL reads it: bare when it is a plain lower-case name, otherwise in double quotes. */
export function quoteIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

/** A string literal in single quotes. */
export function quoteString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** The query a reader sees first: the first rows of the first table. */
export function exampleQuery(table: string): string {
  return `SELECT *\nFROM ${quoteIdentifier(table)}\nLIMIT 100;`;
}

/** One statement without the semicolons, blank lines and comments a reader may leave at its end. */
export function trimStatement(sql: string): string {
  return sql.replace(/(?:\s|;|--[^\n]*(?:\n|$))+$/, '');
}
