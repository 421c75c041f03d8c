// The preview's worker: downloads and parses the file with papaparse while it streams in, keeps the rows,
// and answers the page's requests (a window of rows, a sorted or filtered view, chart data), so the main
// thread never parses, sorts or filters.
import { chartData } from '../../lib/preview/aggregate.ts';
import { readCell } from '../../lib/profile/infer-cell.ts';
import { delimiterOf } from '../../lib/resource-kind.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { streamRows } from './stream-rows.ts';

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);
let rows: string[][] = [];
let view: Int32Array | undefined;
/** Rows are posted as they arrive, at most this often. */
const PROGRESS_MS = 100;

async function load(m: Extract<ToWorker, { type: 'load' }>): Promise<void> {
  if (m.format === 'geojson') {
    const res = await fetch(m.src);
    if (!res.ok) throw new Error(`the file could not be fetched (HTTP ${res.status})`);
    const total = Number(res.headers.get('content-length') ?? 0);
    const doc = (await res.json()) as { features?: { properties?: Record<string, unknown> | null }[] };
    const features = doc.features ?? [];
    const names: string[] = [];
    for (const f of features) for (const k of Object.keys(f.properties ?? {})) if (!names.includes(k)) names.push(k);
    post({ type: 'header', columns: names });
    const text = (v: unknown) =>
      v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    rows = features.slice(0, m.cap).map((f) => names.map((n) => text(f.properties?.[n])));
    post({ type: 'features', geojson: { type: 'FeatureCollection', features: features.slice(0, m.cap) } });
    post({ type: 'progress', loaded: total, total, rows: rows.length });
    post({ type: 'done', rows: rows.length, capped: features.length > m.cap });
    return;
  }
  // The row cap keeps the page responsive and its memory bounded; the summary reads every row separately.
  let lastPost = 0;
  let capped = false;
  const { loaded, total } = await streamRows(
    { src: m.src, delimiter: m.delimiter ?? delimiterOf(m.format), encoding: m.encoding },
    {
      header: (columns) => post({ type: 'header', columns }),
      rows: (data, loadedNow, totalNow) => {
        for (const r of data) {
          if (rows.length >= m.cap) {
            capped = true;
            return true;
          }
          rows.push(r);
        }
        const now = performance.now();
        if (now - lastPost > PROGRESS_MS || rows.length < 200) {
          lastPost = now;
          view = undefined;
          post({ type: 'progress', loaded: loadedNow, total: totalNow, rows: rows.length });
        }
        return false;
      },
    },
  );
  view = undefined;
  post({ type: 'progress', loaded, total, rows: rows.length });
  post({ type: 'done', rows: rows.length, capped });
}

/** A sort key: numbers and dates compare as such; other text after them; empty cells always last. */
function sortKey(cell: string): [rank: number, value: number | string] {
  if (cell.trim() === '') return [2, ''];
  const v = readCell(cell).value;
  if (typeof v === 'number') return [0, v];
  if (typeof v === 'string') return [0, v];
  return [1, cell.toLowerCase()];
}

function makeView(m: Extract<ToWorker, { type: 'view' }>): void {
  const q = m.filter.trim().toLowerCase();
  const keep: number[] = [];
  for (let i = 0; i < rows.length; i++) if (!q || rows[i]!.some((c) => c.toLowerCase().includes(q))) keep.push(i);
  if (m.sort) {
    const { column, descending } = m.sort;
    // Read each sort key once, then sort indices; values that are not numbers or dates stay at the end.
    const keys = new Map(keep.map((i) => [i, sortKey(rows[i]![column] ?? '')]));
    const direction = descending ? -1 : 1;
    keep.sort((a, b) => {
      const [ra, va] = keys.get(a)!;
      const [rb, vb] = keys.get(b)!;
      if (ra !== rb) return ra - rb;
      const c =
        typeof va === 'number' && typeof vb === 'number'
          ? va - vb
          : String(va) < String(vb)
            ? -1
            : String(va) > String(vb)
              ? 1
              : 0;
      return direction * c || a - b;
    });
  }
  view = Int32Array.from(keep);
  post({ type: 'view', count: view.length });
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  try {
    if (m.type === 'load') await load(m);
    else if (m.type === 'view') makeView(m);
    else if (m.type === 'rows') {
      const out: string[][] = [];
      const end = Math.min(m.end, view ? view.length : rows.length);
      for (let i = m.start; i < end; i++) out.push(rows[view ? view[i]! : i]!);
      post({ type: 'rows', id: m.id, start: m.start, rows: out });
    } else if (m.type === 'chart') {
      post({ type: 'chart', data: chartData(view ? Array.from(view, (i) => rows[i]!) : rows, m.spec) });
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
