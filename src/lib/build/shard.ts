// Shards: `npm run build -- --shard i/n` renders the i-th of n parts of the site, so that n processes (or n machines
// of a CI matrix) build one site between them. Which part a page or file belongs to depends only on its key (its
// route parameters, its path), so every shard, built anywhere from the same commit, agrees without talking.

/** The i-th (from 1) of `count` parts. */
export interface Shard {
  index: number;
  count: number;
}

/** The environment variable that carries the shard from the build command to astro.config.mjs and the pages. */
export const SHARD_ENV = 'CDC_SHARD';

/** `"2/4"` as a shard, or a message saying what is wrong with it and what to write instead. */
export function parseShard(text: string): Shard | { error: string } {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const usage = 'write it as i/n, the part to build and the number of parts, counting from 1: --shard 1/2';
  if (!match) return { error: `"${text}" is not a shard: ${usage}` };
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1) return { error: `"${text}" has no parts: ${usage}` };
  if (index < 1 || index > count) return { error: `"${text}" asks for part ${index} of ${count}: ${usage}` };
  return { index, count };
}

/** The shard `"i/n"` this process builds (from CDC_SHARD), or undefined for the whole site. */
export function currentShard(env: Record<string, string | undefined> = process.env): Shard | undefined {
  const text = env[SHARD_ENV];
  if (!text) return undefined;
  const shard = parseShard(text);
  if ('error' in shard) throw new Error(`${SHARD_ENV}: ${shard.error}`);
  return shard.count === 1 ? undefined : shard;
}

/** Which part (from 1) of `count` the key belongs to: FNV-1a of its UTF-16 code units, spread evenly. */
export function shardOf(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 0) % count) + 1;
}

/** Whether the key is built by `shard` (everything is, when the whole site is built). */
export function inShard(key: string, shard: Shard | undefined = currentShard()): boolean {
  return !shard || shardOf(key, shard.count) === shard.index;
}

/** The paths of a dynamic route that `shard` renders: those whose parameters fall in it. */
export function shardPaths<P extends { params: Record<string, unknown> }>(
  paths: P[],
  shard: Shard | undefined = currentShard(),
): P[] {
  return shard ? paths.filter((p) => inShard(paramsKey(p.params), shard)) : paths;
}

/** A route's parameters as a key: the same parameters give the same key, whatever their order. */
export function paramsKey(params: Record<string, unknown>): string {
  return Object.keys(params)
    .sort()
    .map((k) => `${k}=${params[k] === undefined ? '' : String(params[k])}`)
    .join('&');
}
