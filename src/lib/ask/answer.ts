// Answers a question over every row of a column table: the rows that meet the conditions, grouped, measured and
// sorted. Pure and synchronous; the preview runs it in its worker, a story's <Query> at build time.
import type { Bin } from '../stories/query.ts';
import { rowTest } from './conditions.ts';
import { keyer } from './group-keys.ts';
import { Measurer, reader } from './measure.ts';
import { AskError, problemsOf, type AskProblem, type Question } from './question.ts';
import type { ColumnKind, ColumnTable } from './table.ts';

/** More groups than this are a list, not a summary; the reader is asked to group by something coarser. */
export const MAX_ANSWER_ROWS = 100_000;

export interface AnswerRow {
  /** One text per grouping, as `binOf` writes time bins (`2018-04-30T23`, `23`, `Monday`); empty for no value. */
  keys: string[];
  /** NaN when no row of the group had a value to measure. */
  value: number;
}

export interface Answer {
  groups: { column: string; bin?: Bin | undefined; kind: ColumnKind }[];
  /** Whether the values are numbers or dates (the earliest, latest, median … of a date column). */
  valueKind: 'number' | 'date';
  rows: AnswerRow[];
  /** Rows that met the conditions. */
  matched: number;
  total: number;
}

export function answer(table: ColumnTable, q: Question): Answer {
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  // Every problem at once: the columns the table lacks, then what is wrong with the ones it has.
  const problems: AskProblem[] = problemsOf(q, [...byName.keys()]);
  const column = (name: string) => byName.get(name)!;
  const has = (name: string | undefined): name is string => name !== undefined && byName.has(name);

  for (const g of q.group)
    if (g.bin && has(g.column) && column(g.column).kind !== 'date')
      problems.push({ problem: 'not-a-date', column: g.column });
  const tests: ((row: number) => boolean)[] = [];
  for (const c of q.where) {
    if (!has(c.column)) continue;
    const t = rowTest(column(c.column), c);
    if (typeof t === 'function') tests.push(t);
    else problems.push(t);
  }
  let read: ((row: number) => number) | undefined;
  if (q.measure !== 'count' && has(q.of)) {
    const r = reader(column(q.of), q.measure);
    if (typeof r === 'function') read = r;
    else problems.push(r);
  }
  if (problems.length) throw new AskError(problems);

  const keyers = q.group.map((g) => keyer(column(g.column), g.bin));
  // Each grouping's keys numbered densely in order of appearance; a group is the pair of numbers.
  const ids = keyers.map(() => new Map<number, number>());
  const keysOf: number[][] = keyers.map(() => []);
  const groupOf = new Map<number, number>();
  const groupKeys: number[][] = [];
  const measurer = new Measurer(q.measure, read);
  let matched = 0;
  const width = MAX_ANSWER_ROWS + 1;

  rows: for (let r = 0; r < table.rows; r++) {
    for (const t of tests) if (!t(r)) continue rows;
    matched++;
    let composite = 0;
    for (let i = 0; i < keyers.length; i++) {
      const raw = keyers[i]!.key(r);
      const map = ids[i]!;
      let id = map.get(raw);
      if (id === undefined) {
        id = map.size;
        map.set(raw, id);
        keysOf[i]!.push(raw);
      }
      composite = composite * width + id;
    }
    let g = groupOf.get(composite);
    if (g === undefined) {
      g = groupKeys.length;
      if (g >= MAX_ANSWER_ROWS) throw new AskError([{ problem: 'too-many-rows', limit: MAX_ANSWER_ROWS }]);
      groupOf.set(composite, g);
      let rest = composite;
      const parts: number[] = [];
      for (let i = keyers.length - 1; i >= 0; i--) {
        parts[i] = keysOf[i]![rest % width]!;
        rest = Math.floor(rest / width);
      }
      groupKeys.push(parts);
    }
    measurer.add(g, r);
  }
  const rowsOut = groupKeys.map((parts, g) => ({
    parts,
    row: {
      keys: parts.map((k, i) => (Number.isNaN(k) ? '' : keyers[i]!.label(k))),
      value: measurer.value(g),
    },
  }));
  const byGroup = (a: { parts: number[]; row: AnswerRow }, b: { parts: number[]; row: AnswerRow }): number => {
    for (let i = 0; i < keyers.length; i++) {
      const [ka, kb] = [a.parts[i]!, b.parts[i]!];
      // Rows with no value last, then labels (text) or keys (numbers, dates, bins) in order.
      if (Number.isNaN(ka) !== Number.isNaN(kb)) return Number.isNaN(ka) ? 1 : -1;
      const c = keyers[i]!.byLabel ? a.row.keys[i]!.localeCompare(b.row.keys[i]!) : ka - kb;
      if (c) return c;
    }
    return 0;
  };
  const byValue =
    (sign: number) => (a: { parts: number[]; row: AnswerRow }, b: { parts: number[]; row: AnswerRow }) => {
      const [va, vb] = [a.row.value, b.row.value];
      if (Number.isNaN(va) !== Number.isNaN(vb)) return Number.isNaN(va) ? 1 : -1;
      return sign * (va - vb) || byGroup(a, b);
    };
  rowsOut.sort(q.sort === 'group' ? byGroup : byValue(q.sort === 'value-desc' ? -1 : 1));

  const measured = q.of ? column(q.of) : undefined;
  return {
    groups: q.group.map((g) => ({ column: g.column, bin: g.bin, kind: column(g.column).kind })),
    valueKind: measured?.kind === 'date' && q.measure !== 'distinct' ? 'date' : 'number',
    // A question with no grouping always has its one answer, even when no row meets the conditions.
    rows:
      !keyers.length && !rowsOut.length
        ? [{ keys: [], value: q.measure === 'count' || q.measure === 'distinct' ? 0 : NaN }]
        : rowsOut.map((r) => r.row),
    matched,
    total: table.rows,
  };
}
