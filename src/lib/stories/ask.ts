// A story's <Query> answered from its file by the engine of the dataset page's "Summarise" tab: at build time for
// the page and its download, and before the build by the content check, which reports what the author must fix.
import Papa from 'papaparse';
import { answer, type Answer } from '../ask/answer.ts';
import { AskError, type Question } from '../ask/question.ts';
import { problemForAuthor, questionFromAttributes, type QueryAttributes } from '../ask/story-question.ts';
import { columnKinds, isoOf, TableBuilder, type ColumnKind, type ColumnTable } from '../ask/table.ts';
import { usageKey } from './usages.ts';
import type { DataTable } from './table.ts';

export interface StoryAnswer {
  question: Question;
  answer: Answer;
}

/** Column tables by file and kinds: a story asking several questions of one file reads it into columns once. */
const columnTables = new WeakMap<DataTable, Map<string, ColumnTable>>();

function columnTableOf(table: DataTable, known: Readonly<Record<string, ColumnKind>>): ColumnTable {
  const kinds = columnKinds(table.columns, table.rows, known);
  let byKinds = columnTables.get(table);
  if (!byKinds) columnTables.set(table, (byKinds = new Map<string, ColumnTable>()));
  const key = kinds.join();
  let built = byKinds.get(key);
  if (!built) {
    const builder = new TableBuilder(table.columns, kinds);
    for (const r of table.rows) builder.push(r);
    byKinds.set(key, (built = builder.build()));
  }
  return built;
}

/**
 * The answer to a <Query>'s attributes over `table` (the file `file` of its dataset), or every problem with them,
 * written for the author. `known` are the kinds of columns the build's profile found, as the dataset page uses them.
 */
export function storyAnswer(
  table: DataTable,
  attributes: QueryAttributes,
  file: string,
  known: Readonly<Record<string, ColumnKind>> = {},
): StoryAnswer | string[] {
  const question = questionFromAttributes(attributes);
  if (Array.isArray(question)) return question;
  try {
    return { question, answer: answer(columnTableOf(table, known), question) };
  } catch (error) {
    if (!(error instanceof AskError)) throw error;
    return error.problems.map((p) => problemForAuthor(p, question, file, table.columns));
  }
}

/** The download's file name, beside the story: `query-<key>.csv`, the key from the attributes as written. */
export function queryFile(attributes: Readonly<Record<string, unknown>>): string {
  return `query-${usageKey(attributes)}.csv`;
}

/** The answer as CSV, one file for every language: columns named as the attributes write them (`call_start_dt by
 *  hour-of-day`, `median of answer_wait`), groups as the engine writes them, values unrounded (dates in ISO). */
export function answerCsv({ question: q, answer: a }: StoryAnswer): string {
  const fields = [
    ...q.group.map((g) => (g.bin ? `${g.column} by ${g.bin}` : g.column)),
    q.measure === 'count' ? 'count' : `${q.measure} of ${q.of}`,
  ];
  const value = (v: number) => (Number.isNaN(v) ? '' : a.valueKind === 'date' ? isoOf(v) : v);
  return Papa.unparse({ fields, data: a.rows.map((r) => [...r.keys, value(r.value)]) }, { newline: '\n' });
}
