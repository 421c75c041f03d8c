// Makes an imported record one the catalog accepts, before anything is written: repairs what can be repaired
// (repair.ts), then asks DatasetSchema and the date rule what is still wrong, and takes each such value out of the
// record into `source.extra`, verbatim, reporting it by field. A required field taken out is then missing: the
// writer fills it with a marked placeholder (--fill-missing) or leaves the dataset out.
import { DatasetSchema } from '../../schemas/index.ts';
import type { Catalog } from '../../schemas/index.ts';
import { fieldPath } from '../problems.ts';
import { settingOf } from '../rules/policy.ts';
import { repairRecord, type Repair } from './repair.ts';

type Json = Record<string, unknown>;

export interface Unrepaired {
  /** The field, as the validator names it: `contactPoint.email`, `resources[1].url`. */
  field: string;
  /** What the catalog says is wrong with it. */
  message: string;
}

export interface Conformed {
  repaired: Repair[];
  unrepaired: Unrepaired[];
}

const isAbsent = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Lists whose items are checked one by one: a bad item goes, the others stay. */
const LISTS = new Set(['resources', 'references', 'keywords', 'language', 'themes']);

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const k of path) v = v && typeof v === 'object' ? (v as Json)[k as string] : undefined;
  return v;
}

/** Repairs `record` in place and moves what the catalog would still refuse into `extra`. */
export function conformRecord(
  record: Json,
  extra: Json,
  o: { today: string; policy?: Catalog['policy'] | undefined },
): Conformed {
  const repaired = repairRecord(record, extra);
  const unrepaired: Unrepaired[] = [];
  const takeOut = (key: string, index: number | undefined, message: string, path: readonly PropertyKey[]) => {
    const value = record[key];
    unrepaired.push({ field: fieldPath(path), message });
    if (index === undefined || !Array.isArray(value)) {
      if (!(key in extra)) extra[key] = value;
      delete record[key];
      return;
    }
    // A list keeps its good items; the bad ones are kept in source.extra under the list's name.
    const left = Array.isArray(extra[key]) ? (extra[key] as unknown[]) : [];
    if (!(key in extra) || Array.isArray(extra[key])) extra[key] = [...left, value[index]];
    record[key] = value.filter((_, i) => i !== index);
  };
  // Each pass takes out what the schema reports; refinements only run once the fields they read are valid.
  for (let pass = 0; pass < 5; pass++) {
    const result = DatasetSchema.safeParse(record);
    if (result.success) break;
    const out: { key: string; index: number | undefined; message: string; path: PropertyKey[] }[] = [];
    for (const issue of result.error.issues) {
      const [key, index] = issue.path;
      if (typeof key !== 'string') {
        const unknown = (issue as { keys?: string[] }).keys ?? [];
        for (const k of unknown) out.push({ key: k, index: undefined, message: 'is not a field here', path: [k] });
        continue;
      }
      if (issue.path.length === 1 && isAbsent(record[key])) continue; // missing: filled or reported by the writer
      const item = LISTS.has(key) && typeof index === 'number' ? index : undefined;
      const shown = valueAt(record, issue.path);
      const what = typeof shown === 'string' || typeof shown === 'number' ? `"${shown}" ` : '';
      out.push({ key, index: item, message: `${what}${issue.message}`, path: issue.path });
    }
    if (!out.length) break;
    // Highest index first, so taking one item out does not shift the next; one report per item.
    const seen = new Set<string>();
    for (const x of out.sort((a, b) => (b.index ?? -1) - (a.index ?? -1))) {
      const id = `${x.key}/${x.index ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      takeOut(x.key, x.index, x.message, x.path);
    }
  }
  if (settingOf(o.policy, 'future-date') === 'error')
    for (const f of ['modified', 'issued']) {
      const value = record[f];
      if (typeof value === 'string' && value > o.today)
        takeOut(f, undefined, `"${String(record[f])}" is in the future (the import ran on ${o.today})`, [f]);
    }
  return { repaired, unrepaired };
}
