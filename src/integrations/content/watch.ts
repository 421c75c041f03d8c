// In dev, one watcher per content folder: any file added, changed or removed under it drops the cached read
// and re-runs every collection's load (debounced, so a save that touches several files reloads once).
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { forgetCatalog } from './cache.ts';

type LoadContext = Parameters<Loader['load']>[0];

interface Live {
  loads: Map<string, () => Promise<void>>;
  watcher?: NonNullable<LoadContext['watcher']>;
  timer?: ReturnType<typeof setTimeout>;
}
const live = ((globalThis as { __cdcLive?: Map<string, Live> }).__cdcLive ??= new Map());

export function reloadOnChange(dir: string, collection: string, context: LoadContext, load: (context: LoadContext) => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const key = path.resolve(dir);
  const state: Live = live.get(key) ?? { loads: new Map() };
  live.set(key, state);
  state.loads.set(collection, () => load(context));
  // A restarted dev server comes with a new watcher.
  if (state.watcher === watcher) return;
  state.watcher = watcher;
  watcher.add(key);
  const onEvent = (changed: string) => {
    if (!path.resolve(changed).startsWith(key + path.sep)) return;
    clearTimeout(state.timer);
    state.timer = setTimeout(async () => {
      forgetCatalog(dir);
      try {
        for (const reload of state.loads.values()) await reload();
        logger.info(`Reloaded content after a change to ${path.relative(process.cwd(), changed)}`);
      } catch (error) {
        // Keep serving what was loaded before; the problems are printed in full.
        logger.error(error instanceof Error ? error.message : String(error));
      }
    }, 50);
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
}
