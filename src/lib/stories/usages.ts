// Finds the data components a story uses (<Chart dataset="…" …/>, <Map>, <DataTable>, <BigNumber>) and their
// string attributes, so references can be checked before a build and each chart's data file published.
import { createHash } from 'node:crypto';

export const DATA_COMPONENTS = ['Chart', 'Map', 'DataTable', 'BigNumber'] as const;
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
  const tag = new RegExp(`<(${DATA_COMPONENTS.join('|')})\\b([^>]*?)\\/?>`, 'gs');
  for (const m of body.matchAll(tag)) {
    const props: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(/([A-Za-z][\w-]*)\s*=\s*"([^"]*)"/g)) props[a[1]!] = a[2]!;
    out.push({ component: m[1] as DataComponent, props, line: body.slice(0, m.index).split('\n').length });
  }
  return out;
}

/** A stable short id for a chart from its attributes: names its data file, `chart-<id>.csv`. */
export function usageKey(props: Record<string, unknown>): string {
  const keys = Object.keys(props).filter((k) => typeof props[k] === 'string').sort();
  return createHash('sha256').update(JSON.stringify(keys.map((k) => [k, props[k]]))).digest('hex').slice(0, 10);
}
