// A story's <Query> attributes read as a question, and the messages its author gets for mistakes; the answer on
// the real 911 call log, with every problem the engine finds written for the author.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionFromAttributes } from '../../../../src/lib/ask/story-question.ts';
import { questionFromParams, questionToParams } from '../../../../src/lib/ask/question.ts';
import { answerCsv, queryFile, storyAnswer } from '../../../../src/lib/stories/ask.ts';
import { loadTable } from '../../../../src/lib/stories/table.ts';

describe('questionFromAttributes()', () => {
  it('reads groupings with date bins, a measure of a column, conditions and an order', () => {
    expect(
      questionFromAttributes({
        group: 'call_start_dt by hour-of-day, group_name',
        measure: 'median',
        of: 'answer_wait',
        where: 'group_name = BOEC Wireless; answer_wait > 10; cell is not empty',
        sort: 'value-desc',
      }),
    ).toEqual({
      group: [{ column: 'call_start_dt', bin: 'hour-of-day' }, { column: 'group_name' }],
      measure: 'median',
      of: 'answer_wait',
      where: [
        { column: 'group_name', op: '=', value: 'BOEC Wireless' },
        { column: 'answer_wait', op: '>', value: '10' },
        { column: 'cell', op: 'not-empty', value: '' },
      ],
      sort: 'value-desc',
    });
  });

  it('counts every row, by group, when only the defaults are written', () => {
    expect(questionFromAttributes({})).toEqual({ group: [], measure: 'count', where: [], sort: 'group' });
  });

  it('asks the same question as its link to the dataset page', () => {
    const q = questionFromAttributes({
      group: 'call_start_dt by weekday',
      measure: 'mean',
      of: 'talk_time',
      where: 'answer_wait >= 5',
    });
    expect(Array.isArray(q)).toBe(false);
    expect(questionFromParams(questionToParams(q as Exclude<typeof q, string[]>))).toEqual(q);
  });

  it.each([
    [{ measure: 'average', of: 'x' }, 'measure="average" must be one of: count, sum, mean, median, min, max, distinct'],
    [{ measure: 'median' }, 'measure="median" needs of="…", the column to measure'],
    [
      { of: 'answer_wait' },
      'of="answer_wait" is not read when counting rows; remove it, or set measure="…" to measure it',
    ],
    [{ sort: 'desc' }, 'sort="desc" must be one of: group, value-desc, value-asc'],
    [
      { group: 'call_start_dt by week' },
      'group="call_start_dt by week": "week" is not a way to group dates; use one of hour-of-day, weekday, hour, day, month, year',
    ],
    [{ group: 'a, b, c' }, 'group="a, b, c" names 3 columns; group by at most 2'],
    [{ group: 'a,,b' }, 'group="a,,b" has an empty part; separate the columns with one comma'],
    [
      { where: 'group_name BOEC Wireless' },
      'where="group_name BOEC Wireless": condition "group_name BOEC Wireless" must be written column = value (or !=, <, <=, >, >=, contains, is empty, is not empty)',
    ],
  ])('says what to fix in %j', (attributes, message) => {
    expect(questionFromAttributes(attributes)).toEqual([message]);
  });

  it('reports every mistake at once', () => {
    expect(questionFromAttributes({ measure: 'sum', sort: 'up' })).toHaveLength(2);
  });
});

describe('storyAnswer()', () => {
  const file = 'boec-911-calls-april-2018.csv';
  const table = loadTable(path.resolve('content/datasets/boec-911-calls-april-2018', file));

  it('answers over every row of the file', () => {
    const asked = storyAnswer(table, { group: 'group_name', sort: 'value-desc' }, file);
    if (Array.isArray(asked)) throw new Error(asked.join('; '));
    expect(asked.answer.matched).toBe(table.rows.length);
    expect(asked.answer.rows.reduce((sum, r) => sum + r.value, 0)).toBe(table.rows.length);
    const values = asked.answer.rows.map((r) => r.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it.each([
    [
      { group: 'group_name by month' },
      'group: column "group_name" of boec-911-calls-april-2018.csv does not hold dates in every row, so it cannot be grouped by month; write "group_name" without "by month"',
    ],
    [
      { measure: 'mean', of: 'group_name' },
      'measure="mean" needs a column of numbers or dates, and column "group_name" of boec-911-calls-april-2018.csv is not one; count its different values with measure="distinct", or measure another column',
    ],
    [
      { where: 'answer_wait > soon' },
      'where: column "answer_wait" of boec-911-calls-april-2018.csv holds numbers or dates, and "soon" is neither; compare it with a number or a date written YYYY-MM-DD',
    ],
    [
      { group: 'line' },
      'column "line" is not in boec-911-calls-april-2018.csv; its columns are: call_start_dt, answer_wait, talk_time, group_name, cell',
    ],
  ])('names the file and what to fix when %j cannot be answered', (attributes, message) => {
    expect(storyAnswer(table, attributes, file)).toEqual([message]);
  });

  it('writes the answer as CSV with the columns named as the attributes write them, values unrounded', () => {
    const asked = storyAnswer(table, { group: 'call_start_dt by hour-of-day', measure: 'mean', of: 'talk_time' }, file);
    if (Array.isArray(asked)) throw new Error(asked.join('; '));
    const lines = answerCsv(asked).split('\n');
    expect(lines[0]).toBe('call_start_dt by hour-of-day,mean of talk_time');
    expect(lines).toHaveLength(25);
    expect(lines[1]).toMatch(/^00,\d+\.\d{3,}$/);
  });

  it('names its download from the attributes as written', () => {
    expect(queryFile({ group: 'group_name', title: 'A' })).toMatch(/^query-[0-9a-f]{10}\.csv$/);
    expect(queryFile({ group: 'group_name', title: 'A' })).not.toBe(queryFile({ group: 'group_name', title: 'B' }));
  });
});
