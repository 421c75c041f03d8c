// Cache keys for Astro's incremental build (experimental.incrementalBuild in astro.config.mjs): a page whose key and
// code are the same as in the previous build is copied from it instead of rendered again. Astro hashes the code (each
// page's module graph, the configuration, the lockfile); the key covers the data, so it is made from the very value
// the page renders from.
import { createHash } from 'node:crypto';

/**
 * The digest of everything `value` holds: objects, arrays and their values, in the order they were built (the same
 * content read the same way gives the same order). Functions and undefined are left out, as JSON leaves them out. A
 * Map or a Set, which JSON writes as `{}`, is refused, and so is a cycle: nothing they hold would be in the key.
 */
export function cacheKeyOf(value: unknown): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify(value, (key, v: unknown) => {
      if (v instanceof Map || v instanceof Set)
        throw new Error(`cacheKeyOf: "${key}" is a ${v.constructor.name}, which JSON would key as {}`);
      return v;
    }),
  );
  return hash.digest('base64url');
}

const state = globalThis as { __cdcBuilding?: boolean };

/**
 * Says whether this process is `astro build` (astro.config.mjs tells, from Astro's command): keys are for builds,
 * not for the dev server, which renders a page when it is asked for. Not `import.meta.env.DEV`, which is true in a
 * build run with NODE_ENV=test.
 */
export function setBuilding(building: boolean): void {
  state.__cdcBuilding = building;
}

/**
 * `paths` with each one's cacheKey: the key of `pageOf(path)`, the value its page renders from, made once per
 * `idOf(path)` (a page in several languages renders from the same value). Outside a build, `paths` as they are.
 */
export async function withCacheKeys<P extends object>(
  paths: P[],
  idOf: (path: P) => string,
  pageOf: (path: P) => unknown,
): Promise<(P & { cacheKey?: string })[]> {
  if (!state.__cdcBuilding) return paths;
  const keys = new Map<string, string>();
  const out: (P & { cacheKey: string })[] = [];
  for (const p of paths) {
    const id = idOf(p);
    let key = keys.get(id);
    if (key === undefined) keys.set(id, (key = cacheKeyOf(await pageOf(p))));
    out.push({ ...p, cacheKey: key });
  }
  return out;
}
