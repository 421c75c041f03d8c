// What a question measures per group: a count of rows, or the sum, mean, median, extremes or distinct values of
// a column, gathered row by row in one pass.
import type { AskProblem, Measure } from './question.ts';
import type { Column } from './table.ts';

/** Per group, what the measure needs: a count, a sum, extremes, every value (median) or the distinct ones. */
export class Measurer {
  readonly count: number[] = [];
  readonly sum: number[] = [];
  readonly n: number[] = [];
  readonly min: number[] = [];
  readonly max: number[] = [];
  readonly all: number[][] = [];
  readonly distinct: Set<number>[] = [];

  private readonly measure: Measure;
  private readonly read: ((row: number) => number) | undefined;

  constructor(measure: Measure, read: ((row: number) => number) | undefined) {
    this.measure = measure;
    this.read = read;
  }

  add(g: number, row: number): void {
    if (this.count[g] === undefined) {
      this.count[g] = 0;
      this.sum[g] = 0;
      this.n[g] = 0;
      this.min[g] = Infinity;
      this.max[g] = -Infinity;
      if (this.measure === 'median') this.all[g] = [];
      if (this.measure === 'distinct') this.distinct[g] = new Set();
    }
    this.count[g]++;
    if (!this.read) return;
    const x = this.read(row);
    if (Number.isNaN(x)) return;
    this.n[g]!++;
    this.sum[g]! += x;
    if (x < this.min[g]!) this.min[g] = x;
    if (x > this.max[g]!) this.max[g] = x;
    if (this.measure === 'median') this.all[g]!.push(x);
    else if (this.measure === 'distinct') this.distinct[g]!.add(x);
  }

  value(g: number): number {
    const n = this.n[g]!;
    switch (this.measure) {
      case 'count':
        return this.count[g]!;
      case 'distinct':
        return this.distinct[g]!.size;
      case 'sum':
        return n ? this.sum[g]! : NaN;
      case 'mean':
        return n ? this.sum[g]! / n : NaN;
      case 'min':
        return n ? this.min[g]! : NaN;
      case 'max':
        return n ? this.max[g]! : NaN;
      case 'median': {
        const values = Float64Array.from(this.all[g]!).sort();
        if (!values.length) return NaN;
        const mid = values.length >> 1;
        return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
      }
    }
  }
}

/** What a column's cells are to a measure: numbers, dates as milliseconds, text as its codes (distinct only). */
export function reader(col: Column, measure: Measure): ((row: number) => number) | AskProblem {
  if (col.kind === 'text') {
    if (measure !== 'distinct') return { problem: 'not-a-number', column: col.name, measure };
    const empty = col.dictionary.indexOf('');
    return (r) => (col.codes[r] === empty ? NaN : col.codes[r]!);
  }
  if (col.kind === 'date' && measure === 'sum') return { problem: 'not-a-number', column: col.name, measure };
  const v = col.values;
  return (r) => v[r]!;
}
