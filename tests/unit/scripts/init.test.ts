// npm run init: a clone holding the sample becomes an empty catalog for a city; the sample moves to
// examples/portland/ and still reads; a city's own catalog is replaced only with --force; mistakes name their flag.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalog } from '../../../src/lib/content/read-catalog.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-init-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const script = path.resolve('scripts/init.ts');

/** A clone in miniature: content/ as the repository ships it (marker, catalog, organizations, themes), one dataset. */
function clone(name: string): string {
  const root = path.join(work, name);
  const content = path.join(root, 'content');
  fs.mkdirSync(path.join(content, 'datasets'), { recursive: true });
  for (const f of ['catalog.yaml', 'SAMPLE.md']) fs.copyFileSync(path.join('content', f), path.join(content, f));
  for (const d of ['organizations', 'themes', 'stories'])
    fs.cpSync(path.join('content', d), path.join(content, d), { recursive: true });
  fs.cpSync(
    'content/datasets/boston-police-offense-codes',
    path.join(content, 'datasets/boston-police-offense-codes'),
    {
      recursive: true,
    },
  );
  fs.mkdirSync(path.join(root, 'public/admin'), { recursive: true });
  fs.copyFileSync('public/admin/config.yml', path.join(root, 'public/admin/config.yml'));
  return root;
}

const CITY = [
  '--city',
  'Springfield, Illinois',
  '--publisher',
  'City of Springfield',
  '--base-url',
  'https://data.springfield.gov',
  '--contact-email',
  'opendata@springfield.gov',
];

function init(root: string, args: string[]) {
  return spawnSync(process.execPath, [script, ...args, '--yes'], { cwd: root, encoding: 'utf8' });
}

// Each case starts Node once or more (about a second each): the default 5 s is short on a loaded machine.
describe('npm run init', { timeout: 30_000 }, () => {
  it('turns the sample into an empty catalog for the city, keeping the sample in examples/portland/', () => {
    const root = clone('sample');
    const result = init(root, [...CITY, '--repository', 'springfield-il/open-data']);
    expect(result.status, result.stderr).toBe(0);
    const content = readCatalog(path.join(root, 'content'));
    expect(content.problems).toEqual([]);
    expect(content.catalog).toMatchObject({
      name: 'Springfield Open Data',
      city: 'Springfield, Illinois',
      baseUrl: 'https://data.springfield.gov/',
      publisher: { name: 'City of Springfield' },
      contactPoint: { name: 'Open Data Team', email: 'opendata@springfield.gov' },
      license: 'CC-BY-4.0',
      repository: 'springfield-il/open-data',
    });
    expect([content.datasets.length, content.stories.length, content.themes.length]).toEqual([0, 0, 0]);
    expect(content.organizations.map((o) => [o.id, o.data.name])).toEqual([
      ['city-of-springfield', 'City of Springfield'],
    ]);
    expect(fs.existsSync(path.join(root, 'content/SAMPLE.md'))).toBe(false);
    const example = readCatalog(path.join(root, 'examples/portland'));
    expect(example.catalog?.city).toBe('Portland, Oregon');
    expect(example.datasets.map((d) => d.id)).toEqual(['boston-police-offense-codes']);
    expect(fs.readdirSync(path.join(root, 'examples/portland/stories'))).toEqual(fs.readdirSync('content/stories'));
    expect(fs.readFileSync(path.join(root, 'public/admin/config.yml'), 'utf8')).toContain(
      'repo: springfield-il/open-data',
    );
    expect(result.stdout).toContain('moved to examples/portland/');
    expect(result.stdout).toContain('npm run import -- dcat-us');
    expect(result.stdout).toContain('npm run new:dataset');
    expect(result.stdout).toContain('docs/deploy.md');
  });

  it('deletes the sample instead with --no-example, and says the base path when the address has one', () => {
    const root = clone('no-example');
    const result = init(root, [
      ...CITY.slice(0, 4),
      '--base-url',
      'https://springfield-il.github.io/open-data',
      ...CITY.slice(6),
      '--no-example',
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(fs.existsSync(path.join(root, 'examples'))).toBe(false);
    expect(readCatalog(path.join(root, 'content')).catalog?.baseUrl).toBe(
      'https://springfield-il.github.io/open-data/',
    );
    expect(result.stdout).toContain('The sample catalog was deleted');
    expect(result.stdout).toContain('CDC_BASE=/open-data/');
  });

  it("refuses to replace a city's own catalog without --force, changing nothing, and replaces it with --force", () => {
    const root = clone('own');
    expect(init(root, CITY).status).toBe(0);
    fs.cpSync(
      path.join(root, 'examples/portland/datasets/boston-police-offense-codes'),
      path.join(root, 'content/datasets/offense-codes'),
      { recursive: true },
    );
    const before = fs.readFileSync(path.join(root, 'content/catalog.yaml'), 'utf8');
    const refused = init(root, ['--city', 'Shelbyville', ...CITY.slice(2)]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      '✖ content/ already holds a catalog that is not the sample (1 dataset: offense-codes; 0 stories), and init would delete it.',
    );
    expect(refused.stderr).toContain('run npm run init -- --force');
    expect(refused.stderr).toContain('Nothing was changed.');
    expect(fs.readFileSync(path.join(root, 'content/catalog.yaml'), 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(root, 'content/datasets/offense-codes'))).toBe(true);

    const forced = init(root, [...CITY, '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stdout).toContain('1 datasets of the previous catalog were deleted (--force)');
    expect(fs.existsSync(path.join(root, 'content/datasets/offense-codes'))).toBe(false);
    expect(readCatalog(path.join(root, 'examples/portland')).datasets.length).toBe(1);
  });

  it('refuses to move the sample over an existing examples/portland/ without --force', () => {
    const root = clone('example-exists');
    fs.mkdirSync(path.join(root, 'examples/portland'), { recursive: true });
    const result = init(root, CITY);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('examples/portland/ already exists, and init would move the sample there');
    expect(fs.existsSync(path.join(root, 'content/SAMPLE.md'))).toBe(true);
  });

  it.each([
    [
      'a missing required value',
      CITY.slice(0, 6),
      '✖ --contact-email is required: where residents write with questions, e.g. opendata@springfield.gov',
    ],
    ['a bad email', [...CITY.slice(0, 7), 'opendata'], '✖ --contact-email "opendata" is not an email address'],
    [
      'an address that is not a web address',
      [...CITY.slice(0, 5), 'data.springfield.gov', ...CITY.slice(6)],
      '✖ --base-url "data.springfield.gov" must be a full web address starting with https:// or http://',
    ],
    [
      'an unknown licence',
      [...CITY, '--license', 'CC-BY'],
      '✖ --license "CC-BY" is not a known licence; use an SPDX id',
    ],
    [
      'a repository that is not owner/name',
      [...CITY, '--repository', 'https://github.com/x/y'],
      '✖ --repository "https://github.com/x/y" must be a GitHub repository written owner/name',
    ],
  ])('rejects %s with exit 1, naming the flag, and changes nothing', (_, args, message) => {
    const root = clone(`bad-${args.length}-${String(args.at(-1)).replace(/\W/g, '')}`);
    const result = init(root, args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(root, 'content/SAMPLE.md'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'examples'))).toBe(false);
  });

  it('rejects an unknown flag with exit 2 and the usage, without a stack trace', () => {
    const result = init(clone('unknown-flag'), [...CITY, '--citty', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("init: Unknown option '--citty'");
    expect(result.stderr).toContain('Usage: npm run init');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
