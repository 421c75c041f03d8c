// Golden-file tests of applyImport() fed by each reader on real catalogs (what `npm run import` writes), and its
// promises: nothing dropped silently, a second run changes nothing, a person's edit survives.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyImport, type ApplyOptions, type ImportReport } from '../../../../src/lib/import/apply.ts';
import { readDcatUs } from '../../../../src/lib/import/dcat-us.ts';
import { nodeValidateEffects, validateCatalog } from '../../../../src/lib/validate/validate.ts';
import {
  emptyCatalog,
  importCase,
  importCases as names,
  importFixtures as fixtures,
  workFolder,
} from '../../../helpers/import-cases.ts';

const work = workFolder();
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const catalog = (name: string) => emptyCatalog(work, name);
/** Golden files are what an import with --fill-missing writes: every dataset the source holds, placeholders marked. */
const run = (name: string, dir: string, extra: Partial<ApplyOptions> = {}): ImportReport =>
  importCase(name, dir, { fillMissing: true, ...extra });
const errorsIn = (dir: string) =>
  validateCatalog(dir, nodeValidateEffects(dir)).problems.filter((p) => p.severity === 'error');

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

describe('npm run import on real catalogs (dcat-us, ckan, datapackage, jkan)', () => {
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

  it.each(names)('%s with --fill-missing gives a catalog that passes npm run validate', (name) => {
    const dir = catalog(`${name}-filled`);
    const report = run(name, dir);
    expect(report.needsAttention).toEqual([]);
    expect(errorsIn(dir)).toEqual([]);
  });

  it.each(names)(
    '%s without --fill-missing writes only what the catalog accepts: validate finds 0 errors, and every dataset left out names what it lacks',
    (name) => {
      const dir = catalog(`${name}-unfilled`);
      const report = run(name, dir, { fillMissing: false });
      expect(report.read).toBe(
        report.created.length + report.updated.length + report.unchanged.length + report.skipped.length,
      );
      expect(errorsIn(dir)).toEqual([]);
      for (const n of report.needsAttention) {
        expect(n.missing.length).toBeGreaterThan(0);
        expect(fs.existsSync(path.join(dir, 'datasets', n.slug))).toBe(false);
      }
      const lacking = report.skipped.filter((s) => s.reason.startsWith('it lacks'));
      expect(lacking.length).toBe(report.needsAttention.length);
      for (const s of lacking) expect(s.reason).toContain('--fill-missing');
      const again = run(name, dir, { fillMissing: false, today: '2026-02-01' });
      expect(again.created).toEqual([]);
      expect(again.updated).toEqual([]);
      expect(again.unchanged.length).toBe(report.created.length);
    },
  );

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
    const report = run('jkan/jkan-sample', plain, { fillMissing: false });
    expect(report.needsAttention.map((n) => n.slug).sort()).toEqual(['open-data-philly', 'sample-dataset']);
    expect(fs.readdirSync(path.join(plain, 'datasets'))).toEqual([]);
    // The datasets that are written without it (52 of the FCC's 59) list none.
    const fcc = catalog('fcc-no-placeholders');
    expect(run('fcc', fcc, { fillMissing: false }).created.length).toBe(52);
    for (const slug of fs.readdirSync(path.join(fcc, 'datasets')))
      expect(fs.readFileSync(path.join(fcc, 'datasets', slug, 'index.md'), 'utf8')).not.toContain('placeholders');
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

  it.each([false, true])(
    'writes a record with the mistakes seen on real catalogs so that validate finds 0 errors (--fill-missing: %s)',
    (fillMissing) => {
      // OPM's first dataset (tests/fixtures/import/dcat-us/opm), made public, with those mistakes written in.
      const opm = JSON.parse(fs.readFileSync(path.join(fixtures, 'dcat-us/opm/input.json'), 'utf8')) as {
        dataset: Record<string, unknown>[];
      };
      const record = {
        ...opm.dataset[0],
        accessLevel: 'public',
        title: `  ${'Annual Verification and Validation of Federal Procurement Data System records '.repeat(3)}`,
        modified: '05/12/2021',
        issued: '2021-02-30',
        landingPage: 'https://www.opm.gov/policy-data-oversight/data analysis/',
        distribution: [
          { title: 'Chapter 3', downloadURL: 'https://www.opm.gov/ghrr4-4 ch3.pdf', mediaType: 'application/pdf' },
        ],
      };
      const dir = catalog(`messy-${fillMissing}`);
      const report = applyImport(readDcatUs({ dataset: [record] }, 'data.json'), {
        contentDir: dir,
        dryRun: false,
        fillMissing,
        today: '2026-01-01',
        fs,
      });
      expect(report.created.length).toBe(1);
      expect(report.repaired.map((r) => r.field).sort()).toEqual(
        ['landingPage', 'modified', 'resources[0].url', 'title'].sort(),
      );
      expect(report.unrepaired).toEqual([
        {
          slug: report.created[0],
          field: 'issued',
          message:
            '"2021-02-30" is not a real date (that day does not exist); write it as YYYY-MM-DD, for example 2024-02-29',
        },
      ]);
      expect(errorsIn(dir)).toEqual([]);
      const written = fs.readFileSync(path.join(dir, 'datasets', report.created[0]!, 'index.md'), 'utf8');
      expect(written).toContain('modified: 2021-05-12\n');
      expect(written).toContain('landingPage: https://www.opm.gov/policy-data-oversight/data%20analysis/\n');
      expect(written).toContain('    issued: 2021-02-30\n');
      expect(written).toContain('    modified: 05/12/2021\n');
    },
  );
});
