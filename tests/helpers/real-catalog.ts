// A real catalog at the scale that strains small screens: the OPM, FCC and CFPB data.json files imported as they
// are (long titles, long keywords, long URLs), their datasets spread unevenly over many organizations (the City of
// Portland's bureaus, by their real names, beside the sample's publishers), plus one sample dataset and its story.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot } from './astro-build.ts';

const fixtures = path.join(repoRoot, 'tests/fixtures');
const DATA_JSON = [
  'small-screens/opm.data.json',
  'import/dcat-us/fcc/input.json',
  'import/dcat-us/consumerfinance/input.json',
];
const STORY = 'portland-budget-by-service-area';
const STORY_DATASET = 'budget-in-brief-operating-capital';

interface Bureau {
  Bureau: string;
  id: string;
  url: string;
}

/** Writes the catalog into `dir` (emptied first); returns what the importer printed, for a failing test to show. */
export function writeRealCatalog(dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'datasets'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'stories'));
  const sample = path.join(repoRoot, 'content');
  fs.copyFileSync(path.join(sample, 'catalog.yaml'), path.join(dir, 'catalog.yaml'));
  for (const d of ['organizations', 'themes']) fs.cpSync(path.join(sample, d), path.join(dir, d), { recursive: true });
  fs.cpSync(path.join(sample, 'datasets', STORY_DATASET), path.join(dir, 'datasets', STORY_DATASET), {
    recursive: true,
  });
  fs.copyFileSync(path.join(sample, 'stories', `${STORY}.mdx`), path.join(dir, 'stories', `${STORY}.mdx`));

  let log = '';
  for (const file of DATA_JSON) {
    const run = spawnSync(
      process.execPath,
      ['scripts/import.ts', 'dcat-us', path.join(fixtures, file), '--content', dir, '--fill-missing'],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    log += `${file}: exit ${run.status}\n${run.stdout}${run.stderr}`;
  }

  // Bureaus whose name a sample organization already has would merge with it in the search filters.
  const names = new Set(
    fs.readdirSync(path.join(dir, 'organizations')).map((f) => {
      const text = fs.readFileSync(path.join(dir, 'organizations', f), 'utf8');
      return /^name: (.*)$/m.exec(text)?.[1]?.trim();
    }),
  );
  const bureaus = (
    JSON.parse(fs.readFileSync(path.join(fixtures, 'small-screens/portland-bureaus-agencies.json'), 'utf8')) as Bureau[]
  ).filter((b) => !names.has(b.Bureau));
  for (const b of bureaus) {
    fs.writeFileSync(
      path.join(dir, 'organizations', `pdx-${b.id}.yaml`),
      `name: ${JSON.stringify(b.Bureau)}\n${b.url ? `homepage: ${JSON.stringify(b.url)}\n` : ''}parent: City of Portland\n`,
    );
  }
  const organizations = [
    ...bureaus.map((b) => `pdx-${b.id}`),
    ...fs.readdirSync(path.join(sample, 'organizations')).map((f) => f.replace(/\.yaml$/, '')),
  ].sort();
  const themes = fs
    .readdirSync(path.join(sample, 'themes'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();

  // Uneven, as real catalogs are: the first organizations publish many datasets, the last one or two each.
  const slugs = fs
    .readdirSync(path.join(dir, 'datasets'))
    .filter((s) => s !== STORY_DATASET)
    .sort();
  slugs.forEach((slug, i) => {
    const file = path.join(dir, 'datasets', slug, 'index.md');
    const org = organizations[Math.floor(organizations.length * (i / slugs.length) ** 2)]!;
    const text = fs.readFileSync(file, 'utf8');
    const edited = text
      .replace(/^organization: .*$/m, `organization: ${org}`)
      .replace(/^themes: \[\]$/m, `themes: [${themes[i % themes.length]!}]`);
    if (!/^organization: /m.test(text)) throw new Error(`${file}: the importer wrote no organization line`);
    fs.writeFileSync(file, edited);
  });
  return log;
}
