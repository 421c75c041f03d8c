// npm run build: the site into dist/ (or CDC_OUT_DIR), whole, in parts at once on this machine, or one part of a
// build shared by several machines (docs/scaling.md).
// Usage:
//   npm run build                                   one process
//   npm run build -- --parallel [--parts n]         n parts at once (default: one per core), merged into dist/
//   npm run build -- --shard i/n                    part i of n only, for a CI matrix (build-sharded.yml)
//   npm run build -- --merge <part folder>...       joins the parts' folders into dist/, with sitemap and search
// Other arguments go to astro build: --force renders every page, where a build otherwise copies from the previous
// one the pages whose code and data did not change (docs/scaling.md).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseShard, SHARD_ENV } from '../src/lib/build/shard.ts';
import { mergeShards, type MergeConfig } from '../src/integrations/shards.ts';

const root = path.resolve(import.meta.dirname, '..');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * Runs `astro build` for `shard` (or the whole site) into `outDir`; `print` gets its output line by line (without it,
 * the output is this terminal's, as Astro writes it).
 */
function astroBuild(
  shard: string | undefined,
  outDir: string,
  extra: string[],
  print?: (line: string, isError: boolean) => void,
): Promise<number> {
  const child = spawn(process.execPath, [astroBin, 'build', ...extra], {
    cwd: root,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CDC_OUT_DIR: outDir,
      ...(shard ? { [SHARD_ENV]: shard } : {}),
    },
    stdio: print ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  if (print)
    for (const [stream, isError] of [
      [child.stdout!, false],
      [child.stderr!, true],
    ] as const) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) print(line, isError);
      });
      stream.on('end', () => rest && print(rest, isError));
    }
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

/**
 * Runs `astro build` into `outDir` as astroBuild does, with the previous output moved aside first and deleted while
 * Astro builds: Astro would delete it before it starts, 8 s for the 80,000 files of 10,000 datasets.
 */
async function buildInto(shard: string | undefined, outDir: string, extra: string[]): Promise<number> {
  const previous = `${outDir}.previous`;
  fs.rmSync(previous, { recursive: true, force: true });
  try {
    fs.renameSync(outDir, previous);
  } catch {
    // None yet, or one that cannot move (a mount point): Astro empties it itself.
  }
  const [code] = await Promise.all([
    astroBuild(shard, outDir, extra),
    fs.promises.rm(previous, { recursive: true, force: true }),
  ]);
  return code;
}

/** Joins the parts' folders into `out` and runs the whole-site integrations of astro.config.mjs over them. */
async function merge(dirs: string[], out: string): Promise<number> {
  const started = performance.now();
  const problems = await mergeShards(dirs, out, async () => {
    const config = (await import(pathToFileURL(path.join(root, 'astro.config.mjs')).href)) as {
      default: Omit<MergeConfig, 'integrations'>;
      wholeSite: MergeConfig['integrations'];
    };
    return { ...config.default, integrations: config.wholeSite };
  });
  for (const p of problems) console.error(`merge: ${p}`);
  if (problems.length) {
    console.error(`merge: ${out} was left as it was.`);
    return 1;
  }
  console.log(`merge: ${dirs.length} parts into ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

/** Builds `parts` parts at once, each into its folder, then merges them into `out`. */
async function parallel(parts: number, out: string, extra: string[]): Promise<number> {
  const started = performance.now();
  // Inside the project: Astro bundles a build's pages beside its output when that is under the working directory,
  // else in the project's one .astro/ folder, which builds running at once would overwrite for each other.
  const partsDir = path.join(root, 'node_modules/.cache/cdc-parts');
  fs.rmSync(partsDir, { recursive: true, force: true });
  const dirs = Array.from({ length: parts }, (_, i) => path.join(partsDir, `${i + 1}-of-${parts}`));
  const kept: string[][] = dirs.map(() => []);
  const codes = await Promise.all(
    dirs.map((dir, i) =>
      // The first part prints as it goes; the others' output is kept, and printed if they fail where it did not.
      astroBuild(`${i + 1}/${parts}`, dir, extra, i === 0 ? undefined : (line) => kept[i]!.push(line)),
    ),
  );
  if (codes.some((c) => c !== 0)) {
    if (codes[0] === 0)
      for (const [i, code] of codes.entries()) if (code !== 0) for (const line of kept[i]!) console.error(line);
    console.error(`build: ${codes.filter((c) => c !== 0).length} of ${parts} parts failed; ${out} was left as it was.`);
    return 1;
  }
  console.log(`build: ${parts} parts rendered in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const code = await merge(dirs, out);
  fs.rmSync(partsDir, { recursive: true, force: true });
  return code;
}

async function main(): Promise<number> {
  const { values, positionals, tokens } = parseArgs({
    options: {
      shard: { type: 'string' },
      parallel: { type: 'boolean', default: false },
      parts: { type: 'string' },
      merge: { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const ours = new Set(['shard', 'parallel', 'parts', 'merge']);
  // Everything else (astro build's own flags) goes on to astro build.
  const extra = tokens.flatMap((t) =>
    t.kind === 'option' && !ours.has(t.name) ? [t.rawName, ...(t.value === undefined ? [] : [t.value])] : [],
  );
  const out = path.resolve(process.env['CDC_OUT_DIR'] ?? path.join(root, 'dist'));
  if (values.merge) {
    if (!positionals.length) {
      console.error('npm run build -- --merge needs the parts’ folders: npm run build -- --merge parts/*');
      return 1;
    }
    return merge(
      positionals.map((p) => path.resolve(p)),
      out,
    );
  }
  if (values.shard !== undefined) {
    const shard = parseShard(typeof values.shard === 'string' ? values.shard : '');
    if ('error' in shard) {
      console.error(`--shard: ${shard.error}`);
      return 1;
    }
    return buildInto(`${shard.index}/${shard.count}`, out, extra);
  }
  if (values.parallel) {
    const parts = values.parts === undefined ? os.availableParallelism() : Number(values.parts);
    if (!Number.isInteger(parts) || parts < 1) {
      console.error(
        `--parts: "${String(values.parts)}" is not a number of parts: write a whole number, e.g. --parts 2`,
      );
      return 1;
    }
    return parts === 1 ? buildInto(undefined, out, extra) : parallel(parts, out, extra);
  }
  return buildInto(undefined, out, [...extra, ...positionals]);
}

process.exitCode = await main();
