// Global set-up of the site tests: every build they check, one after another (concurrent Astro builds in
// one project share caches and would mix their outputs): the sample catalog, the fixture catalog, the
// fixture catalog under a base path, content with mistakes (whose output is kept for the test to read), a
// clean clone in which `npm run init` and imports ran (a city starting its portal), a real catalog with many
// organizations (for small screens), and the fixture catalog in a git repository with a history and in a shallow
// clone of it.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { writeRealCatalog } from './real-catalog.ts';
import {
  astroBuild,
  baseDist,
  BASE_PATH,
  importedContent,
  importedDist,
  importedResultFile,
  realContent,
  realDist,
  brokenContent,
  brokenDist,
  brokenResultFile,
  cleanClone,
  copyRepository,
  fixtureContent,
  fixtureDist,
  repoRoot,
  sampleBuildLog,
  sampleDist,
  historyRepo,
  historyDist,
  shallowRepo,
  shallowDist,
  allImportsContent,
  allImportsDist,
} from './astro-build.ts';
import { makeHistoryRepo, shallowClone } from './history-repo.ts';
import { emptyCatalog, importCase, importCases } from './import-cases.ts';

function mustBuild(contentDir: string, outDir: string, options: { base?: string; log?: string } = {}): void {
  fs.rmSync(outDir, { recursive: true, force: true });
  const result = astroBuild({
    contentDir,
    outDir,
    ...(options.base ? { base: options.base } : {}),
    ...(options.log ? { silent: false } : {}),
  });
  if (result.status !== 0) {
    throw new Error(
      `Building ${path.relative(repoRoot, contentDir)} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  if (options.log) fs.writeFileSync(options.log, result.stdout + result.stderr);
}

/** The fixture catalog with mistakes in three files. */
function writeBrokenContent(): void {
  fs.rmSync(brokenContent, { recursive: true, force: true });
  fs.cpSync(fixtureContent, brokenContent, { recursive: true });
  const edit = (file: string, from: string, to: string) => {
    const p = path.join(brokenContent, file);
    fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace(from, to));
  };
  edit('datasets/sf-street-trees/index.md', 'organization: sf-public-works', 'organization: sf-public-work');
  edit('datasets/sf-street-trees/index.md', 'modified: 2024-01-15', 'modified: 2024-02-30');
  edit('datasets/boston-offense-codes/index.md', 'themes: [public-safety]', 'themes: [public-safety, crime]');
  fs.writeFileSync(
    path.join(brokenContent, 'stories/trees.mdx'),
    '---\ntitle: Trees\nsummary: A story.\nauthors: [Tests]\npublished: 2024-01-01\ndatasets: [hostile-metadata]\n---\n\nText.\n\n<Chart dataset="hostile-metadata" type="bar" x="Species" title="Trees by species" />\n\n<Query dataset="hostile-metadata" group="qSpecies by month" title="Trees by month" />\n',
  );
}

export default function setup(): void {
  mustBuild(path.join(repoRoot, 'content'), sampleDist, { log: sampleBuildLog });
  mustBuild(fixtureContent, fixtureDist);
  mustBuild(fixtureContent, baseDist, { base: BASE_PATH });
  makeHistoryRepo(historyRepo);
  mustBuild(path.join(historyRepo, 'content'), historyDist);
  shallowClone(historyRepo, shallowRepo);
  mustBuild(path.join(shallowRepo, 'content'), shallowDist);
  writeBrokenContent();
  fs.rmSync(brokenDist, { recursive: true, force: true });
  const broken = astroBuild({ contentDir: brokenContent, outDir: brokenDist, silent: false });
  fs.writeFileSync(brokenResultFile, JSON.stringify(broken));

  // A city starting its portal: a clean clone, `npm run init`, imports with placeholders of a real data.json (CFPB,
  // which states no licence) and JKAN's sample site (which states no update dates and, for one dataset, no
  // contact), then one build in the clone (its own astro.config.mjs, src/ and content/).
  copyRepository(cleanClone);
  const run = (script: string, args: string[]) =>
    spawnSync(process.execPath, [script, ...args], { cwd: cleanClone, encoding: 'utf8' });
  const init = run('scripts/init.ts', [
    '--city',
    'Springfield, Illinois',
    '--publisher',
    'City of Springfield',
    '--base-url',
    'https://data.springfield.gov/',
    '--contact-email',
    'opendata@springfield.gov',
    '--yes',
  ]);
  const imported = run('scripts/import.ts', [
    'dcat-us',
    'tests/fixtures/import/dcat-us/consumerfinance/input.json',
    '--fill-missing',
  ]);
  const jkan = run('scripts/import.ts', ['jkan', 'tests/fixtures/import/jkan/jkan-sample/input', '--fill-missing']);
  // And OPM's (134 datasets, metadata only) into the same catalog: one build more would cost more than its pages.
  const opm = run('scripts/import.ts', ['dcat-us', 'tests/fixtures/import/dcat-us/opm/input.json', '--fill-missing']);
  fs.rmSync(importedDist, { recursive: true, force: true });
  const built =
    init.status === 0 && imported.status === 0 && jkan.status === 0 && opm.status === 0
      ? astroBuild({ contentDir: importedContent, outDir: importedDist, cwd: cleanClone })
      : { status: null, stdout: '', stderr: 'not built: init or the import failed' };
  fs.writeFileSync(
    importedResultFile,
    JSON.stringify({
      init: { status: init.status, stdout: init.stdout, stderr: init.stderr },
      import: { status: imported.status, stdout: imported.stdout, stderr: imported.stderr },
      importJkan: { status: jkan.status, stdout: jkan.stdout, stderr: jkan.stderr },
      opm: { status: opm.status, stdout: opm.stdout, stderr: opm.stderr },
      build: built,
    }),
  );

  // Real records at the scale that strains a phone: ~200 datasets, over 40 organizations (tests/e2e/small-screens).
  const log = writeRealCatalog(realContent);
  try {
    mustBuild(realContent, realDist);
  } catch (e) {
    throw new Error(`${(e as Error).message}\nThe import printed:\n${log}`, { cause: e });
  }

  // Every golden import of all four kinds (CKAN, Data Package, DCAT-US, JKAN), with placeholders, into one catalog
  // built once: what an import writes always builds.
  const all = emptyCatalog(path.dirname(allImportsContent), path.basename(allImportsContent));
  for (const name of importCases) importCase(name, all, { fillMissing: true });
  mustBuild(all, allImportsDist);
}
