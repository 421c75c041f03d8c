// A question asked of a table: group by one or two columns (dates binned), measure a column, keep the rows that
// meet some conditions, sort. One definition for the preview's "Summarise" tab (written in the page's URL), a
// story's <Query> (written as attributes) and the engine that answers both.
import type { Bin } from '../stories/query.ts';

export const MEASURES = ['count', 'sum', 'mean', 'median', 'min', 'max', 'distinct'] as const;
export type Measure = (typeof MEASURES)[number];
export const BINS = ['hour-of-day', 'weekday', 'hour', 'day', 'month', 'year'] as const satisfies readonly Bin[];
export const OPERATORS = ['=', '!=', '<', '<=', '>', '>=', 'contains', 'empty', 'not-empty'] as const;
export type Operator = (typeof OPERATORS)[number];
export const SORTS = ['group', 'value-desc', 'value-asc'] as const;
export type Sort = (typeof SORTS)[number];
/** Two columns to group by are a table a reader can still read; three are a cube. */
export const MAX_GROUPS = 2;

export interface Grouping {
  column: string;
  /** Dates only: the hour of the day, the weekday, or a calendar hour, day, month or year. */
  bin?: Bin | undefined;
}

export interface Condition {
  column: string;
  op: Operator;
  /** Compared as a number or a date when the column holds them; ignored by `empty` and `not-empty`. */
  value: string;
}

export interface Question {
  group: Grouping[];
  measure: Measure;
  /** The column measured; none for `count`, which counts rows. */
  of?: string | undefined;
  where: Condition[];
  sort: Sort;
}

export const EMPTY_QUESTION: Question = { group: [], measure: 'count', where: [], sort: 'group' };

/** What is wrong with a question for a table with these columns; empty when it can be answered. */
export type QuestionProblem =
  | { problem: 'no-column'; column: string }
  | { problem: 'needs-column'; measure: Measure }
  | { problem: 'too-many-groups' };

export function problemsOf(q: Question, columns: readonly string[]): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  const named = [...q.group.map((g) => g.column), ...(q.of ? [q.of] : []), ...q.where.map((c) => c.column)];
  for (const column of new Set(named)) if (!columns.includes(column)) problems.push({ problem: 'no-column', column });
  if (q.measure !== 'count' && !q.of) problems.push({ problem: 'needs-column', measure: q.measure });
  if (q.group.length > MAX_GROUPS) problems.push({ problem: 'too-many-groups' });
  return problems;
}

export type AskProblem =
  | QuestionProblem
  | { problem: 'not-a-date'; column: string }
  | { problem: 'not-a-number'; column: string; measure: Measure }
  | { problem: 'bad-value'; column: string; value: string }
  | { problem: 'too-many-rows'; limit: number };

/** A question that cannot be answered, with every reason why. */
export class AskError extends Error {
  readonly problems: AskProblem[];

  constructor(problems: AskProblem[]) {
    super(problems.map((p) => JSON.stringify(p)).join('; '));
    this.problems = problems;
  }
}

const is = <T extends string>(list: readonly T[], v: string | null | undefined): v is T =>
  v !== null && v !== undefined && (list as readonly string[]).includes(v);

/** The question in a URL's parameters: `group` and `bin` (one each per grouping, `bin` empty when none), `measure`,
 *  `of`, `where`, `op` and `value` (one each per condition) and `sort`. Unknown values fall back to the defaults. */
export function questionToParams(q: Question): URLSearchParams {
  const p = new URLSearchParams();
  for (const g of q.group) {
    p.append('group', g.column);
    p.append('bin', g.bin ?? '');
  }
  if (q.measure !== 'count') p.set('measure', q.measure);
  if (q.of && q.measure !== 'count') p.set('of', q.of);
  for (const c of q.where) {
    p.append('where', c.column);
    p.append('op', c.op);
    p.append('value', c.value);
  }
  if (q.sort !== 'group') p.set('sort', q.sort);
  return p;
}

export function questionFromParams(p: URLSearchParams): Question {
  const bins = p.getAll('bin');
  const ops = p.getAll('op');
  const values = p.getAll('value');
  const measure = p.get('measure');
  const sort = p.get('sort');
  const of = p.get('of');
  return {
    group: p
      .getAll('group')
      .slice(0, MAX_GROUPS)
      .map((column, i) => ({ column, ...(is(BINS, bins[i]) ? { bin: bins[i] } : {}) })),
    measure: is(MEASURES, measure) ? measure : 'count',
    ...(of && measure !== 'count' ? { of } : {}),
    where: p
      .getAll('where')
      .map((column, i) => ({ column, op: is(OPERATORS, ops[i]) ? ops[i] : '=', value: values[i] ?? '' })),
    sort: is(SORTS, sort) ? sort : 'group',
  };
}

/** `group="call_start_dt by hour-of-day, group_name"`: the groupings as a story writes them. */
export function parseGroup(text: string | undefined): Grouping[] {
  if (!text?.trim()) return [];
  return text.split(',').map((part) => {
    const m = /^(.+?)\s+by\s+(\S+)$/.exec(part.trim());
    if (!m) return { column: part.trim() };
    if (!is(BINS, m[2])) throw new Error(`"${m[2]}" is not a way to group dates; use one of ${BINS.join(', ')}`);
    return { column: m[1]!.trim(), bin: m[2] };
  });
}

const CONDITION = /^(.+?)\s*(!=|<=|>=|=|<|>|\bcontains\b|\bis not empty\b|\bis empty\b)\s*(.*)$/;

/** `where="group_name = BOEC Wireless; answer_wait > 10; cell is not empty"`: the conditions as a story writes them. */
export function parseWhere(text: string | undefined): Condition[] {
  if (!text?.trim()) return [];
  return text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = CONDITION.exec(part);
      if (!m || !m[1]!.trim())
        throw new Error(
          `condition "${part}" must be written column = value (or !=, <, <=, >, >=, contains, is empty, is not empty)`,
        );
      const op = m[2] === 'is empty' ? 'empty' : m[2] === 'is not empty' ? 'not-empty' : (m[2] as Operator);
      return { column: m[1]!.trim(), op, value: m[3]!.trim() };
    });
}
