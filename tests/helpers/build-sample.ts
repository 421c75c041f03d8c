// Global set-up of the site tests: every build they check, one after another (concurrent Astro builds in
// one project share caches and would mix their outputs): the sample catalog, the fixture catalog, the
// fixture catalog under a base path, content with mistakes (whose output is kept for the test to read), and the
// fixture catalog in a git repository with a history and in a shallow clone of it.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  astroBuild,
  baseDist,
  BASE_PATH,
  importedContent,
  importedDist,
  importedResultFile,
  brokenContent,
  brokenDist,
  brokenResultFile,
  fixtureContent,
  fixtureDist,
  repoRoot,
  sampleBuildLog,
  sampleDist,
  historyRepo,
  historyDist,
  shallowRepo,
  shallowDist,
} from './astro-build.ts';
import { makeHistoryRepo, shallowClone } from './history-repo.ts';

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

/** The fixture catalog with three mistakes in two files. */
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
    '---\ntitle: Trees\nsummary: A story.\nauthors: [Tests]\npublished: 2024-01-01\ndatasets: [hostile-metadata]\n---\n\nText.\n\n<Chart dataset="hostile-metadata" type="bar" x="Species" title="Trees by species" />\n',
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

  // A catalog made by importing a real data.json (CFPB) with placeholders, then built.
  fs.rmSync(importedContent, { recursive: true, force: true });
  fs.mkdirSync(path.join(importedContent, 'datasets'), { recursive: true });
  fs.mkdirSync(path.join(importedContent, 'stories'));
  fs.copyFileSync(path.join(repoRoot, 'content/catalog.yaml'), path.join(importedContent, 'catalog.yaml'));
  for (const d of ['organizations', 'themes'])
    fs.cpSync(path.join(repoRoot, 'content', d), path.join(importedContent, d), { recursive: true });
  const imported = spawnSync(
    process.execPath,
    [
      'scripts/import.ts',
      'dcat-us',
      'tests/fixtures/import/dcat-us/consumerfinance/input.json',
      '--content',
      importedContent,
      '--fill-missing',
    ],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  fs.rmSync(importedDist, { recursive: true, force: true });
  const built = astroBuild({ contentDir: importedContent, outDir: importedDist });
  fs.writeFileSync(
    importedResultFile,
    JSON.stringify({ import: { status: imported.status, stdout: imported.stdout }, build: built }),
  );
}
