// Runs `astro build` (or `astro sync`) on a content folder, as a child process with Node 24.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

const root = path.resolve(import.meta.dirname, '../..');

export function astroBuild(options: {
  contentDir: string;
  outDir: string;
  base?: string;
  silent?: boolean;
  /** The repository to build in (default this one): a clean clone builds with its own astro.config.mjs and src/. */
  cwd?: string;
  /** More of `astro build`'s options: `--force` renders every page, whatever the previous build left. */
  args?: string[];
}): BuildResult {
  return astro('build', options);
}

/** `astro sync`: the content layer and, for editors, .astro/collections (JSON Schemas and the file manifest). */
export function astroSync(contentDir: string): BuildResult {
  return astro('sync', { contentDir, outDir: path.join(root, 'dist') });
}

// Vitest puts Vite's own variables (BASE_URL, MODE …) into process.env once a project uses Astro's Vite config,
// and a build that inherits BASE_URL lets it override its own base: a child build gets the environment without them.
const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']);
const buildEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV.has(key)));

function astro(
  command: 'build' | 'sync',
  options: { contentDir: string; outDir: string; base?: string; silent?: boolean; cwd?: string; args?: string[] },
): BuildResult {
  const cwd = options.cwd ?? root;
  const astro = path.join(cwd, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(
    process.execPath,
    [astro, command, ...(options.silent === false ? [] : ['--silent']), ...(options.args ?? [])],
    {
      cwd,
      encoding: 'utf8',
      env: {
        ...buildEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        // Freshness (overdue or on schedule) is judged on this day, so every build of a test says the same.
        CDC_TODAY: TEST_TODAY,
        CDC_CONTENT_DIR: path.resolve(options.contentDir),
        CDC_OUT_DIR: path.resolve(options.outDir),
        ...(options.base ? { CDC_BASE: options.base } : {}),
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * `npm run build -- <args>` (scripts/build.ts: --parallel, --shard i/n, --merge) on a content folder, into `outDir`.
 */
export function npmBuild(args: string[], options: { contentDir: string; outDir: string }): BuildResult {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts'), ...args, '--silent'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...buildEnv(),
      CDC_TODAY: TEST_TODAY,
      CDC_CONTENT_DIR: path.resolve(options.contentDir),
      CDC_OUT_DIR: path.resolve(options.outDir),
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The day test builds judge freshness on. */
export const TEST_TODAY = '2026-06-01';

export const repoRoot = root;
export const tmpDir = path.join(root, 'tests/.tmp');
export const sampleDist = path.join(tmpDir, 'sample-dist');
/** What the sample catalog's build printed. */
export const sampleBuildLog = path.join(tmpDir, 'sample-build.log');
/** The fixture catalog (tests/fixtures/catalog), which includes a dataset of hostile metadata. */
export const fixtureDist = path.join(tmpDir, 'fixture-dist');
export const fixtureContent = path.join(root, 'tests/fixtures/catalog');
export const baseDist = path.join(tmpDir, 'base-dist');
export const BASE_PATH = '/city-portal/';
export const brokenContent = path.join(tmpDir, 'broken-content');
export const brokenDist = path.join(tmpDir, 'broken-dist');
export const brokenResultFile = path.join(tmpDir, 'broken-build.json');
/** A copy of the repository's tracked files (node_modules linked) in which `npm run init` and an import ran. */
export const cleanClone = path.join(tmpDir, 'clean-clone');
export const importedContent = path.join(cleanClone, 'content');
export const importedDist = path.join(tmpDir, 'imported-dist');
export const importedResultFile = path.join(tmpDir, 'imported-build.json');
/** A real catalog with many organizations, long titles and long keywords (tests/helpers/real-catalog.ts). */
export const realContent = path.join(tmpDir, 'real-content');
export const realDist = path.join(tmpDir, 'real-dist');
/** A git repository of the fixture catalog with a history (tests/helpers/history-repo.ts), and a shallow clone of it. */
/** Every golden import case, imported into one catalog and built (tests/build/all-imports.test.ts). */
export const allImportsContent = path.join(tmpDir, 'all-imports-content');
export const allImportsDist = path.join(tmpDir, 'all-imports-dist');
export const historyRepo = path.join(tmpDir, 'history-repo');
export const historyDist = path.join(tmpDir, 'history-dist');
export const shallowRepo = path.join(tmpDir, 'history-shallow');
export const shallowDist = path.join(tmpDir, 'history-shallow-dist');

/** The repository as a fresh clone has it, at `dest`: its tracked files, copied, and node_modules linked. */
export function copyRepository(dest: string): void {
  fs.rmSync(dest, { recursive: true, force: true });
  const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).stdout.split('\0');
  for (const file of tracked.filter(Boolean)) {
    const from = path.join(root, file);
    if (!fs.existsSync(from)) continue; // deleted in the working tree, not yet committed
    fs.mkdirSync(path.dirname(path.join(dest, file)), { recursive: true });
    fs.copyFileSync(from, path.join(dest, file));
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dest, 'node_modules'), 'dir');
}
