// Finds the data components a story uses (<Chart dataset="…" …/>, <Map>, <DataTable>, <BigNumber>, <Query>) and their
// string attributes, so references can be checked before a build and each chart's data file published.
import { createHash } from 'node:crypto';
import { CHART_TYPES } from '../chart/spec.ts';

export const DATA_COMPONENTS = ['Chart', 'Map', 'DataTable', 'BigNumber', 'Query'] as const;
export type DataComponent = (typeof DATA_COMPONENTS)[number];

export interface Usage {
  component: DataComponent;
  /** String-valued attributes as written, e.g. { dataset: 'boec-911-calls-april-2018', x: 'call_start_dt' }. */
  props: Record<string, string>;
  /** 1-based line of the tag in the file's body. */
  line: number;
}

/** The data components in an MDX body, in order. Only attributes written as "text" are read. */
export function findUsages(body: string): Usage[] {
  const out: Usage[] = [];
  // A quoted value may hold a `>` (`where="answer_wait > 10"`), so the tag ends at the first `>` outside quotes.
  const tag = new RegExp(`<(${DATA_COMPONENTS.join('|')})\\b((?:[^>"]|"[^"]*")*?)\\/?>`, 'gs');
  for (const m of body.matchAll(tag)) {
    const props: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(/([A-Za-z][\w-]*)\s*=\s*"([^"]*)"/g)) props[a[1]!] = a[2]!;
    out.push({ component: m[1] as DataComponent, props, line: body.slice(0, m.index).split('\n').length });
  }
  return out;
}

/** A stable short id for a chart from its attributes: names its data file, `chart-<id>.csv`. */
export function usageKey(props: Record<string, unknown>): string {
  const keys = Object.keys(props)
    .filter((k) => typeof props[k] === 'string')
    .sort();
  return createHash('sha256')
    .update(JSON.stringify(keys.map((k) => [k, props[k]])))
    .digest('hex')
    .slice(0, 10);
}

const ONE_OF: Record<string, Record<string, readonly string[]>> = {
  Chart: {
    type: CHART_TYPES,
    aggregate: ['count', 'sum', 'mean', 'median', 'min', 'max'],
    bin: ['hour', 'day', 'month', 'year', 'hour-of-day', 'weekday'],
  },
  BigNumber: { value: ['count', 'sum', 'mean', 'median', 'min', 'max'] },
};
const REQUIRED: Record<DataComponent, string[]> = {
  Chart: ['type', 'x', 'title'],
  Map: ['title'],
  DataTable: ['caption'],
  BigNumber: ['value', 'label'],
  // Its question's attributes are read, and checked, by questionFromAttributes().
  Query: ['title'],
};

/** What is wrong with a component's attributes (besides its dataset, file and columns), for messages before a build. */
export function checkProps(usage: Usage): string[] {
  const out: string[] = [];
  for (const name of REQUIRED[usage.component]) if (!usage.props[name]) out.push(`needs ${name}="…"`);
  for (const [name, allowed] of Object.entries(ONE_OF[usage.component] ?? {})) {
    const v = usage.props[name];
    if (v !== undefined && !allowed.includes(v)) out.push(`${name}="${v}" must be one of: ${allowed.join(', ')}`);
  }
  if (
    usage.component === 'BigNumber' &&
    usage.props['value'] &&
    usage.props['value'] !== 'count' &&
    !usage.props['column']
  )
    out.push(`value="${usage.props['value']}" needs column="…", the column to compute it from`);
  return out;
}
