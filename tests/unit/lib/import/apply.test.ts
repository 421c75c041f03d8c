// Golden-file tests of applyImport() fed by each reader on real catalogs (what `npm run import` writes), and its
// promises: nothing dropped silently, a second run changes nothing, a person's edit survives.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyImport, type ImportReport } from '../../../../src/lib/import/apply.ts';
import { readDcatUs } from '../../../../src/lib/import/dcat-us.ts';
import { readJkan } from '../../../../src/lib/import/jkan.ts';
import { readDataPackage } from '../../../../src/lib/import/datapackage.ts';
import { readCkan } from '../../../../src/lib/import/ckan.ts';
import type { ImportBatch } from '../../../../src/lib/import/model.ts';
import { nodeValidateEffects, validateCatalog } from '../../../../src/lib/validate/validate.ts';

const fixtures = path.resolve('tests/fixtures/import');
/** Every golden case: `<kind>/<case>`. */
const names = ['ckan', 'dcat-us', 'datapackage', 'jkan']
  .flatMap((kind) =>
    fs
      .readdirSync(path.join(fixtures, kind), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `${kind}/${d.name}`),
  )
  .sort();
const readers: Record<string, (dir: string) => ImportBatch> = {
  'dcat-us': (dir) => readDcatUs(JSON.parse(fs.readFileSync(path.join(dir, 'input.json'), 'utf8')), 'input.json'),
  jkan: (dir) => readJkan(path.join(dir, 'input')),
  ckan: (dir) => readCkan(JSON.parse(fs.readFileSync(path.join(dir, 'input.json'), 'utf8')), 'input.json'),
  datapackage: (dir) => readDataPackage(path.join(dir, 'input', 'datapackage.json'), { maxBytes: 20_000_000 }),
};
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-import-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** An empty catalog with the sample's catalog.yaml, organizations and themes. */
function catalog(name: string): string {
  const dir = path.join(work, name.replace(/\//g, '_'));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'datasets'), { recursive: true });
  fs.copyFileSync('content/catalog.yaml', path.join(dir, 'catalog.yaml'));
  fs.cpSync('content/organizations', path.join(dir, 'organizations'), { recursive: true });
  fs.cpSync('content/themes', path.join(dir, 'themes'), { recursive: true });
  return dir;
}

function run(name: string, dir: string, extra: Partial<Parameters<typeof applyImport>[1]> = {}): ImportReport {
  const full = name.includes('/') ? name : `dcat-us/${name}`;
  const batch = readers[full.split('/')[0]!]!(path.join(fixtures, full));
  return applyImport(batch, { contentDir: dir, dryRun: false, fillMissing: false, today: '2026-01-01', fs, ...extra });
}

/** Files the import added to the catalog, relative to it. */
function added(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const p = path.join(dir, f);
    if (!fs.statSync(p).isFile()) continue;
    if (f.startsWith('organizations') || f.startsWith('themes')) {
      if (fs.existsSync(path.join('content', f))) continue;
    } else if (!f.startsWith('datasets')) continue;
    // Copied data files are compared with the package's own, not stored twice.
    else if (!f.endsWith('index.md')) continue;
    out.set(f.split(path.sep).join('/'), fs.readFileSync(p, 'utf8'));
  }
  return out;
}

describe('npm run import on real catalogs (dcat-us, jkan)', () => {
  it.each(names)('%s: writes exactly the expected content files, and counts every record', (name) => {
    const dir = catalog(name);
    const report = run(name, dir);
    expect(report.read).toBe(
      report.created.length + report.updated.length + report.unchanged.length + report.skipped.length,
    );
    const expectedDir = path.join(fixtures, name, 'expected');
    const actual = added(dir);
    const mismatches: string[] = [];
    for (const [file, text] of actual) {
      const expectedFile = path.join(expectedDir, file);
      const expected = fs.existsSync(expectedFile) ? fs.readFileSync(expectedFile, 'utf8') : undefined;
      if (expected !== text) {
        mismatches.push(file);
        if (!process.env['CI']) {
          fs.mkdirSync(path.dirname(expectedFile), { recursive: true });
          fs.writeFileSync(`${expectedFile}.changed`, text);
        }
      }
    }
    const expectedFiles = fs.existsSync(expectedDir)
      ? (fs.readdirSync(expectedDir, { recursive: true }) as string[]).filter(
          (f) => fs.statSync(path.join(expectedDir, f)).isFile() && !f.endsWith('.changed'),
        )
      : [];
    expect(mismatches).toEqual([]);
    // Every local file a dataset names was copied in byte for byte from the source.
    for (const slug of fs.readdirSync(path.join(dir, 'datasets'))) {
      for (const f of fs.readdirSync(path.join(dir, 'datasets', slug)).filter((x) => x !== 'index.md')) {
        const copied = fs.readFileSync(path.join(dir, 'datasets', slug, f));
        const input = path.join(fixtures, name, 'input');
        const originals = (fs.readdirSync(input, { recursive: true }) as string[]).filter(
          (x) => path.basename(x).toLowerCase() === f,
        );
        expect(
          originals.some((o) => fs.readFileSync(path.join(input, o)).equals(copied)),
          `${slug}/${f}`,
        ).toBe(true);
      }
    }
    expect(expectedFiles.map((f) => f.split(path.sep).join('/')).sort()).toEqual([...actual.keys()].sort());
  });

  it.each(names)('%s: a second run reports everything unchanged and writes nothing', (name) => {
    const dir = catalog(`${name}-twice`);
    const first = run(name, dir);
    const before = added(dir);
    const second = run(name, dir, { today: '2026-02-01' });
    expect(second.unchanged.length).toBe(first.created.length);
    expect(second.created).toEqual([]);
    expect(second.updated).toEqual([]);
    expect(added(dir)).toEqual(before);
  });

  it.each([
    'dcat-us/consumerfinance',
    'jkan/beverly-hills',
    'datapackage/gdp',
    'datapackage/co2-ppm',
    'ckan/birmingham-search',
    'ckan/demo-ckan-search',
  ])('%s with --fill-missing gives a catalog that passes npm run validate', (name) => {
    const dir = catalog(`${name}-filled`);
    const report = run(name, dir, { fillMissing: true });
    expect(report.needsAttention).toEqual([]);
    const validation = validateCatalog(dir, nodeValidateEffects(dir));
    expect(validation.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('keeps a hand edit on re-import and reports it, while updating the fields nobody touched', () => {
    const dir = catalog('cfpb-edit');
    run('consumerfinance', dir, { fillMissing: true });
    const file = path.join(dir, 'datasets/consumer-complaint-database/index.md');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace('title: Consumer Complaint Database', 'title: Consumer complaints (edited by staff)'),
    );
    const report = run('consumerfinance', dir, { fillMissing: true });
    expect(report.keptEdits).toEqual([{ slug: 'consumer-complaint-database', field: 'title' }]);
    expect(fs.readFileSync(file, 'utf8')).toContain('title: Consumer complaints (edited by staff)');
  });

  it('records the fields --fill-missing filled in source.placeholders, and only those', () => {
    const dir = catalog('jkan-placeholders');
    run('jkan/jkan-sample', dir, { fillMissing: true });
    const philly = fs.readFileSync(path.join(dir, 'datasets/open-data-philly/index.md'), 'utf8');
    // The JKAN sample names neither a contact nor a licence nor a date for this dataset.
    expect(philly).toMatch(/\n {2}placeholders:\n {4}- contactPoint\n {4}- license\n {4}- modified\n---/);
    const sample = fs.readFileSync(path.join(dir, 'datasets/sample-dataset/index.md'), 'utf8');
    expect(sample).toContain('email: tim@timwis.com');
    expect(sample).toMatch(/\n {2}placeholders:\n {4}- modified\n---/);
    // Without --fill-missing nothing is filled, so nothing is listed.
    const plain = catalog('jkan-no-placeholders');
    run('jkan/jkan-sample', plain);
    expect(fs.readFileSync(path.join(plain, 'datasets/open-data-philly/index.md'), 'utf8')).not.toContain(
      'placeholders',
    );
  });

  it('keeps an unreplaced placeholder as it was on a later import, so another day changes nothing', () => {
    const dir = catalog('jkan-placeholders-later');
    run('jkan/jkan-sample', dir, { fillMissing: true });
    const file = path.join(dir, 'datasets/open-data-philly/index.md');
    const before = fs.readFileSync(file, 'utf8');
    const later = run('jkan/jkan-sample', dir, { fillMissing: true, today: '2026-03-15' });
    expect(later.unchanged).toEqual(['open-data-philly', 'sample-dataset']);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(before).toContain('modified: 2026-01-01');
  });

  it('does not list again a placeholder a person replaced, whether or not they took it off the list', () => {
    const dir = catalog('jkan-placeholders-edited');
    run('jkan/jkan-sample', dir, { fillMissing: true });
    const file = path.join(dir, 'datasets/open-data-philly/index.md');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace('modified: 2026-01-01', 'modified: 2025-10-02')
        .replace('email: contact-needed@example.org', 'email: opendata@phila.gov')
        .replace('    - modified\n', ''),
    );
    const report = run('jkan/jkan-sample', dir, { fillMissing: true, today: '2026-03-15' });
    expect(report.keptEdits).toEqual([
      { slug: 'open-data-philly', field: 'contactPoint' },
      { slug: 'open-data-philly', field: 'modified' },
    ]);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('modified: 2025-10-02');
    expect(text).toContain('email: opendata@phila.gov');
    // contactPoint was edited but left on the list: the import takes it off, as the person meant.
    expect(text).toMatch(/\n {2}placeholders:\n {4}- license\n---/);
  });

  it('never touches a dataset it did not create', () => {
    const dir = catalog('others');
    fs.cpSync('content/datasets/sf-street-trees-sample', path.join(dir, 'datasets/sf-street-trees-sample'), {
      recursive: true,
    });
    const before = fs.readFileSync(path.join(dir, 'datasets/sf-street-trees-sample/index.md'), 'utf8');
    run('consumerfinance', dir);
    expect(fs.readFileSync(path.join(dir, 'datasets/sf-street-trees-sample/index.md'), 'utf8')).toBe(before);
  });

  it('assigns every dataset to an existing organization with --organization, and writes nothing with --dry-run', () => {
    const dir = catalog('assign');
    const dry = run('consumerfinance', dir, { organization: 'city-of-portland', dryRun: true });
    expect(dry.created.length).toBe(11);
    expect(fs.readdirSync(path.join(dir, 'datasets'))).toEqual([]);
    run('consumerfinance', dir, { organization: 'city-of-portland' });
    expect(fs.readFileSync(path.join(dir, 'datasets/consumer-complaint-database/index.md'), 'utf8')).toContain(
      'organization: city-of-portland',
    );
    expect(fs.existsSync(path.join(dir, 'organizations/consumer-financial-protection-bureau.yaml'))).toBe(false);
  });
});
