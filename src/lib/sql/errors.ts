// The engine's error messages, sorted into the few cases a reader can act on: a column or a table that does not
// exist (check the list of columns), a query too heavy for the device (simplify it, or download the file), a
// query the engine cannot read (its own words, without its error class and position marker), and the rest.

export type SqlProblem =
  | { kind: 'column'; name: string; suggestion?: string | undefined }
  | { kind: 'table'; name: string; suggestion?: string | undefined }
  | { kind: 'heavy' }
  | { kind: 'cancelled' }
  | { kind: 'other'; message: string };

const HEAVY = /Out of Memory|out of memory|memory access out of bounds|Array buffer allocation failed|Aborted\(OOM\)/;

/** What went wrong, from the message of an error the engine (DuckDB) threw. */
export function explainSqlError(message: string): SqlProblem {
  if (HEAVY.test(message)) return { kind: 'heavy' };
  if (/^INTERRUPT Error|Interrupted!/m.test(message)) return { kind: 'cancelled' };
  const suggestion = /(?:Candidate bindings|Candidate tables|Did you mean)[:\s]*"([^"]+)"/.exec(message)?.[1];
  const column =
    /Referenced column "([^"]+)" not found/.exec(message) ??
    /does not have a column named "([^"]+)"/.exec(message) ??
    /Column "([^"]+)" does not exist/.exec(message);
  if (column) return { kind: 'column', name: column[1]!, suggestion };
  const table =
    /Table with name ([^\s!]+) does not exist/.exec(message) ?? /Referenced table "([^"]+)" not found/.exec(message);
  if (table) return { kind: 'table', name: table[1]!, suggestion };
  return { kind: 'other', message: plainMessage(message) };
}

/** The engine's first line without its error class ("Parser Error: "), the query it echoes, or a final full stop. */
export function plainMessage(message: string): string {
  const first = message.split('\n').find((line) => line.trim() !== '') ?? message;
  return first
    .replace(/^[A-Za-z ]*Error:\s*/, '')
    .trim()
    .replace(/\.$/, '');
}
