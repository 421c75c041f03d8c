// A sharded build (`npm run build -- --shard i/n`) renders its part of the pages and dataset files; what needs the
// whole site (the sitemap, the search index) waits for the merge, which joins the parts' folders and then runs
// those same integrations over the joined site, as the last step of a single build would.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Shard } from '../lib/build/shard.ts';

/** What a shard leaves in its folder for the merge (removed by the merge). */
export const SHARD_MANIFEST = 'cdc-shard.json';

interface Manifest {
  /** `"i/n"`. */
  shard: string;
  /** The pages the shard rendered, as Astro names them to integrations. */
  pages: string[];
}

/**
 * The integrations that need every page (`wholeSite`) in a single build; in a sharded build, the one that records
 * the shard's pages for the merge instead.
 */
export function wholeSiteOr(shard: Shard | undefined, wholeSite: AstroIntegration[]): AstroIntegration[] {
  if (!shard) return wholeSite;
  return [
    {
      name: 'cdc-shard-manifest',
      hooks: {
        'astro:build:done': ({ dir, pages, logger }) => {
          const manifest: Manifest = { shard: `${shard.index}/${shard.count}`, pages: pages.map((p) => p.pathname) };
          fs.writeFileSync(path.join(fileURLToPath(dir), SHARD_MANIFEST), JSON.stringify(manifest));
          logger.info(
            `shard ${manifest.shard}: ${pages.length} pages; the sitemap and the search index are built by the merge`,
          );
        },
      },
    },
  ];
}

/** What a merge needs of the Astro configuration: the integrations' view of it, and the integrations. */
export interface MergeConfig {
  site: string;
  base: string;
  trailingSlash: string;
  build: { format: string };
  integrations: AstroIntegration[];
}

/** Prints as Astro's integration logger does (the integrations run outside Astro here). */
function logger(label: string) {
  const line = (level: string) => (message: string) =>
    (level === 'error' ? console.error : console.log)(`[${label}] ${message}`);
  const log = { info: line('info'), warn: line('warn'), error: line('error'), debug: () => {}, label };
  return { ...log, fork: (name: string) => logger(name) };
}

function readManifest(dir: string): Manifest | string {
  const file = path.join(dir, SHARD_MANIFEST);
  if (!fs.existsSync(file))
    return `${dir} is not the output of a sharded build (it has no ${SHARD_MANIFEST}): build each part with npm run build -- --shard i/n`;
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return `${file} cannot be read (it was cut short or edited): build that part again`;
  }
}

/** Problems with the set of shards: each of 1..n exactly once, all of the same n. */
function checkParts(dirs: string[], manifests: Manifest[]): string[] {
  const problems: string[] = [];
  const counts = new Set(manifests.map((m) => m.shard.split('/')[1]));
  if (counts.size > 1) problems.push(`the folders are parts of different splits (${[...counts].join(', ')} parts)`);
  const n = Number([...counts][0]);
  const seen = new Map<number, string>();
  manifests.forEach((m, i) => {
    const index = Number(m.shard.split('/')[0]);
    const other = seen.get(index);
    if (other) problems.push(`${dirs[i]} and ${other} are both part ${m.shard}: give each part once`);
    seen.set(index, dirs[i]!);
  });
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (counts.size === 1 && missing.length)
    problems.push(`part${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${n}`).join(', ')} missing`);
  return problems;
}

/** Puts `from` at `to` without copying bytes where the disk allows (a hard link), else copies it. */
function place(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to, fs.constants.COPYFILE_FICLONE);
  }
}

const sameBytes = (a: string, b: string) =>
  fs.statSync(a).size === fs.statSync(b).size && fs.readFileSync(a).equals(fs.readFileSync(b));

/**
 * Joins the parts' folders into `into`. A file two parts both wrote (the catalog-wide exports, the scripts and
 * styles) must be the same in both: parts built from different commits or content disagree there.
 */
function join(dirs: string[], into: string): string[] {
  const disagree: string[] = [];
  for (const dir of dirs)
    for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!d.isFile() || (d.parentPath === dir && d.name === SHARD_MANIFEST)) continue;
      const from = path.join(d.parentPath, d.name);
      const to = path.join(into, path.relative(dir, from));
      if (!fs.existsSync(to)) {
        fs.mkdirSync(path.dirname(to), { recursive: true });
        place(from, to);
      } else if (!sameBytes(from, to)) disagree.push(path.relative(dir, from));
    }
  if (!disagree.length) return [];
  return [
    `the parts disagree on ${disagree.length} file${disagree.length > 1 ? 's' : ''} (${disagree.slice(0, 5).join(', ')}${disagree.length > 5 ? ' …' : ''}): build every part from the same commit and content`,
  ];
}

/**
 * Merges the folders of a sharded build into `out`: the parts joined, then the whole-site integrations (sitemap,
 * search index) of `loadConfig()` run over them. Returns the problems that stopped it; `out` is only replaced when there are none.
 */
export async function mergeShards(
  dirs: string[],
  out: string,
  loadConfig: () => Promise<MergeConfig>,
): Promise<string[]> {
  const read = dirs.map((d) => readManifest(d));
  const unreadable = read.filter((m): m is string => typeof m === 'string');
  if (unreadable.length) return unreadable;
  const manifests = read as Manifest[];
  const problems = checkParts(dirs, manifests);
  if (problems.length) return problems;

  // Read only once the parts are known good: the configuration reads the whole catalog.
  const config = await loadConfig();
  // Beside `out`, so that the finished site replaces it in one rename.
  const staging = `${path.resolve(out)}.merging`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const disagree = join(dirs, staging);
  if (disagree.length) {
    fs.rmSync(staging, { recursive: true, force: true });
    return disagree;
  }
  const pages = manifests.flatMap((m) => m.pages).map((pathname) => ({ pathname }));
  const resolved = { site: config.site, base: config.base, trailingSlash: config.trailingSlash, build: config.build };
  const dir = pathToFileURL(`${staging}/`);
  for (const integration of config.integrations) {
    // The hooks the whole-site integrations use, called as Astro calls them at the end of a build.
    const hooks = integration.hooks as Record<string, ((options: never) => unknown) | undefined>;
    const log = logger(integration.name);
    await hooks['astro:routes:resolved']?.({ routes: [], logger: log } as never);
    await hooks['astro:config:done']?.({ config: resolved, logger: log } as never);
    await hooks['astro:build:done']?.({ dir, pages, logger: log } as never);
  }
  if (process.exitCode) {
    fs.rmSync(staging, { recursive: true, force: true });
    return ['the search index or the sitemap could not be built (see above)'];
  }
  fs.rmSync(out, { recursive: true, force: true });
  fs.renameSync(staging, out);
  return [];
}
