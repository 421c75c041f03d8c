// The engine behind "Summarise" and <Query>, on the real Portland 911 call log, against computations written
// independently here (plain loops over the parsed rows, dates read with their own pattern).
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { answer, MAX_ANSWER_ROWS } from '../../../../src/lib/ask/answer.ts';
import { AskError, EMPTY_QUESTION, type Question } from '../../../../src/lib/ask/question.ts';
import { columnTable, inferKinds, TableBuilder } from '../../../../src/lib/ask/table.ts';

const file = path.resolve('content/datasets/boec-911-calls-april-2018/boec-911-calls-april-2018.csv');
const [header, ...rows] = Papa.parse<string[]>(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), {
  skipEmptyLines: true,
}).data;
const table = columnTable(header!, rows);
const col = (name: string) => header!.indexOf(name);
const ask = (q: Partial<Question>) => answer(table, { ...EMPTY_QUESTION, ...q });

const weekdays = new Map<string, string>();
function weekdayOf(y: number, m: number, d: number): string {
  const key = `${y}-${m}-${d}`;
  if (!weekdays.has(key))
    weekdays.set(
      key,
      new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' }),
    );
  return weekdays.get(key)!;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

describe('answer()', () => {
  it('reads the columns as dates, numbers and text', () => {
    expect(table.rows).toBe(rows.length);
    expect(table.columns.map((c) => c.kind)).toEqual(['date', 'number', 'number', 'text', 'number']);
  });

  it('gives the median answer wait by group, over every row', () => {
    const byGroup = new Map<string, number[]>();
    for (const r of rows) {
      const list = byGroup.get(r[col('group_name')]!) ?? [];
      if (/^\d+$/.test(r[col('answer_wait')]!)) list.push(Number(r[col('answer_wait')]));
      byGroup.set(r[col('group_name')]!, list);
    }
    const a = ask({ group: [{ column: 'group_name' }], measure: 'median', of: 'answer_wait' });
    expect(a.rows.map((r) => [r.keys[0], r.value])).toEqual(
      [...byGroup]
        .map(([g, v]) => [g, v.length ? median(v) : NaN])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
    expect(a.matched).toBe(rows.length);
  });

  it('counts calls by hour of day and by weekday, dates read as written', () => {
    const hours = new Array<number>(24).fill(0);
    const weekdays = new Map<string, number>();
    for (const r of rows) {
      const [, m, d, y, h] = /^(\d+)\/(\d+)\/(\d+) (\d+):/.exec(r[0]!)!;
      hours[Number(h)]!++;
      const day = weekdayOf(+y!, +m!, +d!);
      weekdays.set(day, (weekdays.get(day) ?? 0) + 1);
    }
    const byHour = ask({ group: [{ column: 'call_start_dt', bin: 'hour-of-day' }] });
    expect(byHour.rows.map((r) => r.keys[0])).toEqual(hours.map((_, h) => String(h).padStart(2, '0')));
    expect(byHour.rows.map((r) => r.value)).toEqual(hours);
    const byDay = ask({ group: [{ column: 'call_start_dt', bin: 'weekday' }], sort: 'value-desc' });
    expect(Object.fromEntries(byDay.rows.map((r) => [r.keys[0], r.value]))).toEqual(Object.fromEntries(weekdays));
    expect(byDay.rows.map((r) => r.value)).toEqual([...weekdays.values()].sort((a, b) => b - a));
  });

  it('keeps the rows that meet every condition, and groups by two columns', () => {
    const keep = rows.filter((r) => r[col('group_name')] === 'BOEC Wireless' && Number(r[col('answer_wait')]) > 10);
    const a = ask({
      group: [{ column: 'call_start_dt', bin: 'day' }, { column: 'cell' }],
      measure: 'max',
      of: 'talk_time',
      where: [
        { column: 'group_name', op: '=', value: 'boec wireless' },
        { column: 'answer_wait', op: '>', value: '10' },
      ],
    });
    expect(a.matched).toBe(keep.length);
    const expected = new Map<string, number>();
    for (const r of keep) {
      const [, m, d, y] = /^(\d+)\/(\d+)\/(\d+)/.exec(r[0]!)!;
      const key = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}|${r[col('cell')]}`;
      const talk = /^\d+$/.test(r[col('talk_time')]!) ? Number(r[col('talk_time')]) : -Infinity;
      expected.set(key, Math.max(expected.get(key) ?? -Infinity, talk));
    }
    const none = (v: number) => (v === -Infinity ? NaN : v);
    expect(new Map(a.rows.map((r) => [r.keys.join('|'), r.value]))).toEqual(
      new Map([...expected].map(([k, v]) => [k, none(v)])),
    );
    const days = a.rows.map((r) => r.keys[0]!);
    expect(days).toEqual([...days].sort());
  });

  it('compares dates as dates, and measures dates', () => {
    const a = ask({
      measure: 'min',
      of: 'call_start_dt',
      where: [{ column: 'call_start_dt', op: '>=', value: '2018-04-15' }],
    });
    const later = rows.filter((r) => {
      const [, m, d] = /^(\d+)\/(\d+)\//.exec(r[0]!)!;
      return Number(m) > 4 || Number(d) >= 15;
    });
    expect(a.matched).toBe(later.length);
    expect(a.valueKind).toBe('date');
    expect(new Date(a.rows[0]!.value).toISOString()).toBe('2018-04-15T00:00:00.000Z');
  });

  it('counts distinct values and answers 0 when no row matches', () => {
    expect(ask({ measure: 'distinct', of: 'group_name' }).rows[0]!.value).toBe(
      new Set(rows.map((r) => r[col('group_name')])).size,
    );
    const none = ask({ where: [{ column: 'group_name', op: '=', value: 'no such group' }] });
    expect(none.rows).toEqual([{ keys: [], value: 0 }]);
  });

  it('names every problem of a question at once', () => {
    const problems = (q: Partial<Question>) => {
      try {
        ask(q);
      } catch (e) {
        if (e instanceof AskError) return e.problems;
        throw e;
      }
      return [];
    };
    expect(problems({ group: [{ column: 'wait' }], measure: 'mean' })).toEqual([
      { problem: 'no-column', column: 'wait' },
      { problem: 'needs-column', measure: 'mean' },
    ]);
    expect(
      problems({
        group: [{ column: 'group_name', bin: 'month' }],
        measure: 'sum',
        of: 'group_name',
        where: [{ column: 'answer_wait', op: '<', value: 'soon' }],
      }),
    ).toEqual([
      { problem: 'not-a-date', column: 'group_name' },
      { problem: 'bad-value', column: 'answer_wait', value: 'soon' },
      { problem: 'not-a-number', column: 'group_name', measure: 'sum' },
    ]);
  });

  it('refuses a question with more groups than a summary can show', () => {
    const many = columnTable(
      ['id'],
      Array.from({ length: MAX_ANSWER_ROWS + 1 }, (_, i) => [`#${i}`]),
      ['text'],
    );
    expect(() => answer(many, { ...EMPTY_QUESTION, group: [{ column: 'id' }] })).toThrow(AskError);
  });
});

describe('TableBuilder', () => {
  it('turns a number column into text when a cell is not a number, keeping every value', () => {
    const b = new TableBuilder(['zip'], ['number']);
    for (const v of ['97201', '', 'N/A', '97202-1234', '97201']) b.push([v]);
    const t = b.build();
    expect(t.columns[0]!.kind).toBe('text');
    const counts = answer(t, { ...EMPTY_QUESTION, group: [{ column: 'zip' }] }).rows;
    expect(counts).toEqual([
      { keys: [''], value: 2 },
      { keys: ['97201'], value: 2 },
      { keys: ['97202-1234'], value: 1 },
    ]);
  });

  it('infers kinds from the first rows, reading missing markers as missing', () => {
    expect(
      inferKinds(3, [
        ['1', '2018-04-01', 'x'],
        ['NULL', '', '2'],
      ]),
    ).toEqual(['number', 'date', 'text']);
  });
});
