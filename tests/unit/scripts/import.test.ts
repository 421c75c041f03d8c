// Tests `npm run import` (scripts/import.ts): importing from addresses, a CKAN site paged through its API and a
// Data Package fetched with its files, served from 127.0.0.1 by the test (no other network); and clear messages
// and exit codes on malformed input.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const fixtures = path.resolve('tests/fixtures/import');
const birmingham = JSON.parse(fs.readFileSync(path.join(fixtures, 'ckan/birmingham-search/input.json'), 'utf8')) as {
  result: { results: unknown[] };
};
const cases = path.join(fixtures, 'dcat-us');
const gdpDir = path.join(fixtures, 'datapackage/gdp/input');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-import-cli-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
let server: http.Server;
let base = '';
const requests: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname + url.search);
    if (url.pathname === '/api/3/action/package_search') {
      const rows = Number(url.searchParams.get('rows'));
      const start = Number(url.searchParams.get('start'));
      // Pages of 4 whatever is asked, to exercise paging: the real results, counted as they are.
      const page = birmingham.result.results.slice(start, start + Math.min(rows, 4));
      res.end(JSON.stringify({ success: true, result: { count: birmingham.result.results.length, results: page } }));
      return;
    }
    const file = path.join(gdpDir, url.pathname.replace(/^\/packages\/gdp\//, ''));
    if (url.pathname.startsWith('/packages/gdp/') && fs.existsSync(file)) {
      res.setHeader('content-length', fs.statSync(file).size);
      fs.createReadStream(file).pipe(res);
      return;
    }
    res.statusCode = 404;
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function catalog(): string {
  const dir = fs.mkdtempSync(path.join(work, 'catalog-'));
  fs.mkdirSync(path.join(dir, 'datasets'));
  fs.copyFileSync('content/catalog.yaml', path.join(dir, 'catalog.yaml'));
  fs.cpSync('content/organizations', path.join(dir, 'organizations'), { recursive: true });
  fs.cpSync('content/themes', path.join(dir, 'themes'), { recursive: true });
  return dir;
}

/** Runs the CLI without blocking this process, which serves its requests. */
function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/import.ts', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('import from addresses', () => {
  it("pages through a CKAN site's package_search and imports every package", async () => {
    const dir = catalog();
    const result = await cli(['ckan', base, '--content', dir]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      `read ${birmingham.result.results.length} = created ${birmingham.result.results.length}`,
    );
    expect(requests.filter((r) => r.startsWith('/api/3/action/package_search')).length).toBe(
      Math.ceil(birmingham.result.results.length / 4),
    );
  });

  it('fetches a Data Package and the files it names, up to --max-bytes', async () => {
    const dir = catalog();
    const result = await cli([
      'datapackage',
      `${base}/packages/gdp/datapackage.json`,
      '--content',
      dir,
      '--max-bytes',
      '100000',
      '--fill-missing', // the package names no licence, contact or keywords
    ]);
    expect(result.status, result.stderr).toBe(0);
    const slug = fs.readdirSync(path.join(dir, 'datasets'))[0]!;
    const files = fs.readdirSync(path.join(dir, 'datasets', slug)).sort();
    expect(files).toEqual(['index.md', 'top-economies.csv']);
    expect(
      fs
        .readFileSync(path.join(dir, 'datasets', slug, 'top-economies.csv'))
        .equals(fs.readFileSync(path.join(gdpDir, 'data/top-economies.csv'))),
    ).toBe(true);
    expect(result.stdout).toMatch(/warning .* gdp: file "data\/gdp\.csv" is not in the package folder; left out/);
  });
});

describe('the import report', () => {
  it('lists the source fields kept in source.extra by name and count (Beverly Hills JKAN)', async () => {
    const dir = catalog();
    // With --fill-missing, so that the datasets whose source gives no usable date are written (and reported) too.
    const result = await cli([
      'jkan',
      'tests/fixtures/import/jkan/beverly-hills/input',
      '--content',
      dir,
      '--dry-run',
      '--fill-missing',
    ]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('kept in source.extra (no field here): disclaimer (27), updateddate (3)\n');
    expect(result.stdout).toMatch(
      /warning .* modified: "Daily" is how often it is updated, not when: read as accrualPeriodicity R\/P1D/,
    );
  });
});

describe('the import command on malformed input', () => {
  const cli = (file: string, text: string) => {
    const p = path.join(work, file);
    fs.writeFileSync(p, text);
    return spawnSync(process.execPath, ['scripts/import.ts', 'dcat-us', p, '--content', catalog()], {
      encoding: 'utf8',
    });
  };

  it.each([
    [
      'truncated.json',
      fs.readFileSync(path.join(cases, 'ny/input.json'), 'utf8').slice(0, 500),
      /is not valid JSON .*; is the file complete\?/,
    ],
    [
      'error-page.json',
      '<!DOCTYPE html><html><body>502 Bad Gateway</body></html>',
      /is an HTML page, not JSON .*is it an error page\?/,
    ],
    ['not-a-catalog.json', '{"hello": "world"}', /this is not a DCAT-US data.json/],
  ])('%s: a clear message, exit 2, no stack trace', (file, text, message) => {
    const result = cli(file, text);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('explains a datapackage.yml that is not valid YAML (a real one from datasets-org), with its line', () => {
    const dir = path.join(work, 'bad-yaml');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'datapackage.yml'),
      'name: country-list\nresources:\n  - path: data.csv\n    description: Codes. Note: "Western Sahara" is provisional.\n',
    );
    const result = spawnSync(process.execPath, ['scripts/import.ts', 'datapackage', dir, '--content', catalog()], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /datapackage\.yml is not valid YAML: line 4: .*\(text containing ": " must be quoted\)/,
    );
  });

  it('exits 1 and names each skipped record when some could not be imported', () => {
    const result = cli(
      'partial.json',
      JSON.stringify({
        dataset: [
          {
            identifier: 'x1',
            title: 'Fine',
            description: 'Fine data.',
            keyword: ['fine'],
            modified: '2020-01-01',
            publisher: { name: 'Fine Office' },
            contactPoint: { fn: 'A', hasEmail: 'mailto:a@example.org' },
            accessLevel: 'public',
            license: 'https://creativecommons.org/licenses/by/4.0/',
          },
          { identifier: 'x2' },
          { identifier: 'x3', title: 'Lacking', contactPoint: { fn: 'A', hasEmail: 'mailto:a@example.org' } },
        ],
      }),
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('- skipped x2: it has no title');
    expect(result.stdout).toContain(
      '- skipped x3: it lacks organization, license, modified, accessLevel, keywords, which the source does not give',
    );
    expect(result.stdout).toContain('--fill-missing imports it with marked placeholders');
    expect(result.stdout).toContain('read 3 = created 1 + updated 0 + unchanged 0 + skipped 2');
  });
});

describe('the import report', () => {
  it.each([
    [
      [],
      1,
      'read 134 = created 29 + updated 0 + unchanged 0 + skipped 105',
      'left out for lacking required fields: 105',
    ],
    [
      ['--fill-missing'],
      0,
      'read 134 = created 134 + updated 0 + unchanged 0 + skipped 0',
      'left out for lacking required fields: 0',
    ],
  ])(
    'OPM with %j: exit %i, counts that add up, repairs and datasets left out counted by field',
    (flags, status, counts, leftOut) => {
      const result = spawnSync(
        process.execPath,
        ['scripts/import.ts', 'dcat-us', path.join(cases, 'opm/input.json'), '--content', catalog(), ...flags],
        { encoding: 'utf8' },
      );
      expect(result.status, result.stderr).toBe(status);
      expect(result.stdout).toContain(counts);
      expect(result.stdout).toContain(leftOut);
      expect(result.stdout).toContain(`repaired: modified ${status ? 29 : 134}`);
      expect(result.stdout).toContain('not imported (kept in source.extra): none');
      expect(result.stdout).toMatch(/repaired \S+ modified: "2023" \(a year; its first day\) → 2023-01-01/);
    },
  );
});
