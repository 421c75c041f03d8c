// A story's <Query group="…" measure="…" of="…" where="…" sort="…" /> read as a question, and what is wrong with
// one written for the story's author (the reader's texts of the same problems are in the dictionaries).
import { MAX_ANSWER_ROWS } from './answer.ts';
import {
  MAX_GROUPS,
  MEASURES,
  parseGroup,
  parseWhere,
  SORTS,
  type AskProblem,
  type Measure,
  type Question,
  type Sort,
} from './question.ts';

/** The attributes of `<Query>` that make its question, as written. (A type, not an interface, so it passes as a
 *  record of attribute strings, which is what names its download.) */
export type QueryAttributes = {
  /** `call_start_dt by hour-of-day, group_name`: one or two columns, dates with a bin. Default: no grouping. */
  group?: string | undefined;
  /** `count` (default), `sum`, `mean`, `median`, `min`, `max` or `distinct`. */
  measure?: string | undefined;
  /** The column measured; needed by every measure but `count`. */
  of?: string | undefined;
  /** `group_name = BOEC Wireless; answer_wait > 10`: the rows kept. Default: every row. */
  where?: string | undefined;
  /** `group` (default), `value-desc` or `value-asc`. */
  sort?: string | undefined;
};

const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The question the attributes ask, or every reason they do not make one (written for the author). */
export function questionFromAttributes(a: QueryAttributes): Question | string[] {
  const problems: string[] = [];
  let group: Question['group'] = [];
  try {
    group = parseGroup(a.group);
  } catch (e) {
    problems.push(`group="${a.group}": ${message(e)}`);
  }
  if (group.some((g) => !g.column))
    problems.push(`group="${a.group}" has an empty part; separate the columns with one comma`);
  else if (group.length > MAX_GROUPS)
    problems.push(`group="${a.group}" names ${group.length} columns; group by at most ${MAX_GROUPS}`);
  let where: Question['where'] = [];
  try {
    where = parseWhere(a.where);
  } catch (e) {
    problems.push(`where="${a.where}": ${message(e)}`);
  }
  const measure = a.measure ?? 'count';
  if (!oneOf(MEASURES, measure)) problems.push(`measure="${measure}" must be one of: ${MEASURES.join(', ')}`);
  else if (measure !== 'count' && !a.of) problems.push(`measure="${measure}" needs of="…", the column to measure`);
  else if (measure === 'count' && a.of)
    problems.push(`of="${a.of}" is not read when counting rows; remove it, or set measure="…" to measure it`);
  const sort = a.sort ?? 'group';
  if (!oneOf(SORTS, sort)) problems.push(`sort="${sort}" must be one of: ${SORTS.join(', ')}`);
  if (problems.length) return problems;
  return {
    group,
    measure: measure as Measure,
    ...(a.of ? { of: a.of } : {}),
    where,
    sort: sort as Sort,
  };
}

/** A problem the engine found with a question, for the author of the story that asks it; `file` is the data file. */
export function problemForAuthor(p: AskProblem, q: Question, file: string, columns: readonly string[]): string {
  switch (p.problem) {
    case 'no-column':
      return `column "${p.column}" is not in ${file}; its columns are: ${columns.join(', ')}`;
    case 'needs-column':
      return `measure="${p.measure}" needs of="…", the column to measure`;
    case 'too-many-groups':
      return `group by at most ${MAX_GROUPS} columns`;
    case 'not-a-date': {
      const bin = q.group.find((g) => g.column === p.column)?.bin ?? '';
      return `group: column "${p.column}" of ${file} does not hold dates in every row, so it cannot be grouped by ${bin}; write "${p.column}" without "by ${bin}"`;
    }
    case 'not-a-number':
      return `measure="${p.measure}" needs a column of numbers${p.measure === 'sum' ? '' : ' or dates'}, and column "${p.column}" of ${file} is not one; count its different values with measure="distinct", or measure another column`;
    case 'bad-value':
      return `where: column "${p.column}" of ${file} holds numbers or dates, and "${p.value}" is neither; compare it with a number or a date written YYYY-MM-DD`;
    case 'too-many-rows':
      return `the answer has more than ${MAX_ANSWER_ROWS.toLocaleString('en')} groups; group by something coarser, such as a date by day or month`;
  }
}
