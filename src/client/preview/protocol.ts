// Messages between the preview element (main thread) and its worker.
import type { ChartData, ChartSpec } from '../../lib/preview/aggregate.ts';
import type { PreviewKind } from '../../lib/resource-kind.ts';

export type ToWorker =
  | {
      type: 'load';
      src: string;
      format: PreviewKind;
      delimiter?: string | undefined;
      encoding?: string | undefined;
      cap: number;
    }
  | { type: 'view'; sort?: { column: number; descending: boolean } | undefined; filter: string }
  | { type: 'rows'; id: number; start: number; end: number }
  | { type: 'chart'; spec: ChartSpec };

export type FromWorker =
  | { type: 'header'; columns: string[] }
  | { type: 'progress'; loaded: number; total: number; rows: number }
  | { type: 'done'; rows: number; capped: boolean }
  | { type: 'error'; message: string }
  | { type: 'view'; count: number }
  | { type: 'rows'; id: number; start: number; rows: string[][] }
  | { type: 'chart'; data: ChartData }
  | { type: 'features'; geojson: unknown };
